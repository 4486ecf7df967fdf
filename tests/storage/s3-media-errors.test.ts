import { createHash } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { buffer } from "node:stream/consumers";
import { AwsV4Signer } from "aws4fetch";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { S3StorageError } from "../../src/server/storage/s3-errors";
import { errorReply, s3Errors } from "../fakes/s3-fake-bodies";
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

describe("S3 media store errors", () => {
  it("names the operation, bucket, key and variable to check when the secret is wrong", async () => {
    const secret = "not-the-secret-at-all";
    const store = t.reopen({ secretAccessKey: secret });
    const put = await failure(store.put("shows/1/a.png", png, "image/png"));

    expect(put).toMatchObject({ code: "storage_access", retryable: false, status: 403 });
    expect(put.message).toBe(
      "S3 PutObject s3://media/shows/1/a.png failed: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method. (HTTP 403); check S3_SECRET_ACCESS_KEY",
    );
    expect(put.message).not.toContain(secret);
    // A refused HEAD is no missing file, and a refused GET is no empty one.
    await t.store.put("shows/1/a.png", png, "image/png");
    expect((await failure(store.stat("shows/1/a.png"))).message).toMatch(
      /HeadObject s3:\/\/media\/shows\/1\/a.png failed: HTTP 403; check S3_ACCESS_KEY_ID/,
    );
    expect((await failure(buffer(store.read("shows/1/a.png")))).s3Code).toBe(
      "SignatureDoesNotMatch",
    );
  });

  it("says which variable to check for an unknown key id, region or bucket", async () => {
    const unknownKey = await failure(
      t.reopen({ accessKeyId: "AKIAUNKNOWN" }).put("a.png", png, "image/png"),
    );
    const region = await failure(t.reopen({ region: "eu-west-3" }).put("a.png", png, "image/png"));
    const bucket = t.reopen({ bucket: "missing" });

    expect(unknownKey.message).toMatch(/InvalidAccessKeyId.*check S3_ACCESS_KEY_ID$/);
    expect(region.message).toMatch(/AuthorizationHeaderMalformed.*check S3_REGION$/);
    expect((await failure(bucket.put("a.png", png, "image/png"))).message).toMatch(
      /NoSuchBucket.*check S3_BUCKET$/,
    );
    expect((await failure(buffer(bucket.read("a.png")))).code).toBe("storage_access");
  });

  it("retries a 5xx, and marks it retryable once its own retries are spent", async () => {
    const internal = errorReply("PUT", s3Errors.internalError, "/media/a.png");
    t.fake.script.push("PutObject", [internal]);
    const error = await failure(t.store.put("a.png", png, "image/png"));

    expect(error).toMatchObject({ code: "storage_unavailable", retryable: true, status: 500 });
    expect(error.message).toMatch(/^S3 PutObject s3:\/\/media\/a.png failed: InternalError/);

    t.fake.script.push("PutObject", [internal, internal]);
    await t.reopen({ retries: 2 }).put("a.png", png, "image/png");
    expect(t.fake.object("a.png")?.body).toEqual(png);
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

    t.fake.script.push("PutObject", [{ status: 200, drop: true }]);
    await t.reopen({ retries: 1 }).put("b.png", png, "image/png");
    expect(t.fake.object("b.png")?.body).toEqual(png);
  });

  it("fails deletePrefix on a key S3 would not delete", async () => {
    await t.store.put("shows/4/a.png", png, "image/png");
    await t.store.put("shows/4/b.png", png, "image/png");
    t.fake.protect("shows/4/b.png");
    const error = await failure(t.store.deletePrefix("shows/4"));

    expect(error.message).toMatch(
      /DeleteObjects s3:\/\/media\/shows\/4\/b.png failed: AccessDenied/,
    );
    expect(t.fake.keys()).toEqual(["shows/4/b.png"]);
  });
});

describe("the S3 fake checks requests as S3 does", () => {
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

  async function signed(
    url: string,
    init: { method: string; headers?: Record<string, string>; body?: string },
  ) {
    const signer = new AwsV4Signer({
      url,
      ...init,
      accessKeyId: t.fake.accessKeyId,
      secretAccessKey: t.fake.secretAccessKey,
      region: t.fake.region,
      service: "s3",
    });
    const { headers } = await signer.sign();
    return Object.fromEntries(headers.entries());
  }

  const codeOf = async (response: Response) =>
    /<Code>([^<]+)<\/Code>/.exec(await response.text())?.[1];

  it("refuses unsigned requests, unsigned x-amz headers and a body that does not match its hash", async () => {
    const url = `${t.fake.url}/media/a.txt`;
    const anonymous = await fetch(url);
    const headers = await signed(url, { method: "GET" });
    const extraHeader = await fetch(url, { headers: { ...headers, "x-amz-meta-late": "1" } });
    const tampered = await fetch(url, {
      method: "PUT",
      headers: await signed(url, {
        method: "PUT",
        headers: { "x-amz-content-sha256": sha256("what was signed") },
        body: "what was signed",
      }),
      body: "what was sent",
    });

    expect([anonymous.status, await codeOf(anonymous)]).toEqual([403, "AccessDenied"]);
    expect([extraHeader.status, await codeOf(extraHeader)]).toEqual([403, "AccessDenied"]);
    expect([tampered.status, await codeOf(tampered)]).toEqual([400, "XAmzContentSHA256Mismatch"]);
  });

  it("serves virtual-hosted requests, with the bucket in the Host", async () => {
    await t.store.put("shows/1/a.txt", Buffer.from("hello"), "text/plain");
    const port = new URL(t.fake.url).port;
    const headers = await signed(`http://media.s3.fake.test:${port}/shows/1/a.txt`, {
      method: "GET",
    });
    const body = await new Promise<string>((resolve, reject) => {
      // Sent to the fake's address whatever the name: no DNS in tests.
      const request = httpRequest(
        {
          host: "127.0.0.1",
          port,
          path: "/shows/1/a.txt",
          headers: { ...headers, host: `media.s3.fake.test:${port}` },
        },
        (response) => {
          expect(response.statusCode).toBe(200);
          response.setEncoding("utf8");
          let text = "";
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve(text));
        },
      );
      request.on("error", reject);
      request.end();
    });

    expect(body).toBe("hello");
  });
});
