import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { S3StorageError } from "../../src/server/storage/s3-errors";
import { openS3TestStore, type S3TestStore } from "./s3-test-store";

let t: S3TestStore;
beforeEach(async () => {
  t = await openS3TestStore();
});
afterEach(async () => t.close());

const png = Buffer.from("pixels");

async function failure(promise: Promise<unknown>): Promise<S3StorageError> {
  const error = await promise.then(
    () => expect.unreachable("should have failed"),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(S3StorageError);
  return error as S3StorageError;
}

// s3rver does not check SigV4 signatures, so a wrong secret is S3's answer replayed by the proxy.
const signatureMismatch = {
  status: 403,
  code: "SignatureDoesNotMatch",
  message: "The request signature we calculated does not match the signature you provided.",
};

describe("S3 media store errors", () => {
  it("names the operation, bucket, key and variable to check when the secret is wrong", async () => {
    const secret = "not-the-secret-at-all";
    const store = t.reopen({ secretAccessKey: secret });
    t.proxy.fail("PutObject", signatureMismatch);
    const put = await failure(store.put("shows/1/a.png", png, "image/png"));

    expect(put).toMatchObject({ code: "storage_access", retryable: false, status: 403 });
    expect(put.message).toBe(
      "S3 PutObject s3://media/shows/1/a.png failed: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. (HTTP 403); check S3_SECRET_ACCESS_KEY",
    );
    expect(put.message).not.toContain(secret);
    // A refused HEAD (no body, so no code) is no missing file, and a refused GET is no empty one.
    await t.store.put("shows/1/a.png", png, "image/png");
    t.proxy.fail("HeadObject", signatureMismatch);
    t.proxy.fail("GetObject", signatureMismatch);
    expect((await failure(store.stat("shows/1/a.png"))).message).toMatch(
      /HeadObject s3:\/\/media\/shows\/1\/a.png failed: HTTP 403; check S3_ACCESS_KEY_ID/,
    );
    expect((await failure(buffer(store.read("shows/1/a.png")))).s3Code).toBe(
      "SignatureDoesNotMatch",
    );
  });

  it("says which variable to check for an unknown key id or bucket", async () => {
    const unknownKey = await failure(
      t.reopen({ accessKeyId: "AKIAUNKNOWN" }).put("a.png", png, "image/png"),
    );
    const bucket = t.reopen({ bucket: "missing" });

    expect(unknownKey).toMatchObject({ code: "storage_access", status: 403 });
    expect(unknownKey.message).toMatch(/InvalidAccessKeyId.*check S3_ACCESS_KEY_ID$/);
    expect((await failure(bucket.put("a.png", png, "image/png"))).message).toMatch(
      /^S3 PutObject s3:\/\/missing\/a.png failed: NoSuchBucket.*check S3_BUCKET$/,
    );
    expect((await failure(buffer(bucket.read("a.png")))).code).toBe("storage_access");
  });

  it("retries SlowDown, and marks it retryable once its own retries are spent", async () => {
    const slowDown = { status: 503, code: "SlowDown", message: "Please reduce your request rate." };
    t.proxy.fail("PutObject", slowDown);
    const error = await failure(t.store.put("a.png", png, "image/png"));

    expect(error).toMatchObject({ code: "storage_unavailable", retryable: true, status: 503 });
    expect(error.message).toMatch(/^S3 PutObject s3:\/\/media\/a.png failed: SlowDown/);

    t.proxy.fail("PutObject", slowDown, 2);
    await t.reopen({ retries: 2 }).put("a.png", png, "image/png");
    expect((await t.object("a.png"))?.body).toEqual(png);
  });

  it("retries a dropped connection; an unreachable endpoint is retryable, naming the host", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const store = t.reopen({ endpoint: `http://127.0.0.1:${port}` });
    const error = await failure(store.put("a.png", png, "image/png"));

    expect(error).toMatchObject({ code: "storage_unavailable", retryable: true });
    expect(error.message).toMatch(
      /^S3 PutObject s3:\/\/media\/a.png failed: could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/,
    );

    t.proxy.fail("PutObject", "drop");
    expect(await failure(t.store.put("b.png", png, "image/png"))).toMatchObject({
      code: "storage_unavailable",
      retryable: true,
    });
    t.proxy.fail("PutObject", "drop");
    await t.reopen({ retries: 1 }).put("b.png", png, "image/png");
    expect((await t.object("b.png"))?.body).toEqual(png);
  });

  it("passes a failing source stream's own error through, even one with a network code", async () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    async function* failing() {
      yield Buffer.from("half");
      throw reset;
    }

    await expect(t.store.put("c.mp4", Readable.from(failing()), "video/mp4")).rejects.toBe(reset);
  });

  it("fails deletePrefix on a key S3 would not delete", async () => {
    await t.store.put("shows/4/a.png", png, "image/png");
    await t.store.put("shows/4/b.png", png, "image/png");
    // Quiet DeleteObjects reports a key it could not delete inside a 200.
    t.proxy.fail("DeleteObjects", {
      status: 200,
      body: "<DeleteResult><Error><Key>shows/4/b.png</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error></DeleteResult>",
    });
    const error = await failure(t.store.deletePrefix("shows/4"));

    expect(error).toMatchObject({ code: "storage_access", retryable: false });
    expect(error.message).toMatch(
      /^S3 DeleteObjects s3:\/\/media\/shows\/4\/b.png failed: AccessDenied: Access Denied; check/,
    );
  });
});
