import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeMediaStoreContract } from "../../src/server/storage/media-store-contract";
import { serveMedia } from "../../src/server/storage/serve-media";
import { openS3TestStore, type S3TestStore } from "./s3-test-store";

for (const prefix of [undefined, "greenlight/test"]) {
  describeMediaStoreContract(`S3 media store${prefix ? ` under ${prefix}/` : ""}`, async () => {
    // Two keys a page, so every listing in the contract pages.
    const t = await openS3TestStore({ maxKeys: 2, store: { prefix } });
    const inBucket = prefix ? `${prefix}/` : "";
    return {
      store: t.store,
      async keys() {
        const keys = await t.keys();
        expect(keys.every((key) => key.startsWith(inBucket))).toBe(true);
        expect(t.pendingUploads()).toBe(0);
        return keys.map((key) => key.slice(inBucket.length));
      },
      close: t.close,
    };
  });
}

const MiB = 1024 * 1024;

/** `total` bytes in chunks of `chunk`, where byte i is i % 251, failing at `failAt` if given. */
function patterned(total: number, chunk: number, failAt?: number): Readable {
  const bytes = Buffer.alloc(total);
  for (let i = 0; i < total; i++) {
    bytes[i] = i % 251;
  }
  async function* generate() {
    for (let offset = 0; offset < total; offset += chunk) {
      if (failAt !== undefined && offset >= failAt) {
        throw new Error("provider connection reset");
      }
      yield bytes.subarray(offset, offset + chunk);
    }
  }
  return Readable.from(generate());
}

describe("S3 media store", () => {
  let t: S3TestStore;
  beforeEach(async () => {
    t = await openS3TestStore({ maxKeys: 2, store: { partSize: 5 * MiB } });
  });
  afterEach(async () => t.close());

  it("stores with S3's own ETag and Last-Modified, and the key's type", async () => {
    const stored = await t.store.put("shows/1/a.png", Buffer.from("pixels"), "image/png");
    const object = await t.object("shows/1/a.png");

    expect(stored.etag).toBe(object?.etag);
    expect(stored.modifiedAt).toEqual(object?.lastModified);
    expect(object?.contentType).toBe("image/png");
    expect(t.store.localPath("shows/1/a.png")).toBeNull();
  });

  it("downloads a local file once, then serves it from the cache", async () => {
    await t.store.put("shows/1/portraits/a.png", Buffer.from("portrait"), "image/png");
    const files = await Promise.all(
      [1, 2, 3].map(() => t.store.localFile("shows/1/portraits/a.png")),
    );
    const again = await t.store.localFile("shows/1/portraits/a.png");
    // A new process on the same machine finds the copy too.
    const restarted = await t.reopen().localFile("shows/1/portraits/a.png");

    expect(new Set([...files, again, restarted])).toEqual(
      new Set([path.join(t.cacheDir, "shows", "1", "portraits", "a.png")]),
    );
    expect(await fs.readFile(again)).toEqual(Buffer.from("portrait"));
    expect(t.proxy.count("GetObject")).toBe(1);
    expect((await fs.readdir(path.dirname(again))).filter((name) => name.endsWith(".tmp"))).toEqual(
      [],
    );
  });

  it("drops cached copies of what it deletes", async () => {
    await t.store.put("shows/1/a.png", Buffer.from("a"), "image/png");
    await t.store.put("shows/2/b.png", Buffer.from("b"), "image/png");
    await t.store.localFile("shows/1/a.png");
    await t.store.localFile("shows/2/b.png");
    await t.store.delete("shows/1/a.png");
    await t.store.deletePrefix("shows/2");

    await expect(t.store.localFile("shows/1/a.png")).rejects.toMatchObject({ code: "not_found" });
    await expect(t.store.localFile("shows/2/b.png")).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes a prefix over several ListObjectsV2 pages, never past the segment", async () => {
    for (let i = 0; i < 5; i++) {
      await t.store.put(`shows/4/clip-${i}.mp4`, Buffer.from(`${i}`), "video/mp4");
    }
    await t.store.put("shows/42/keep.mp4", Buffer.from("keep"), "video/mp4");
    await t.store.deletePrefix("shows/4");

    expect(await t.keys()).toEqual(["shows/42/keep.mp4"]);
    const listings = t.proxy.requests.filter((request) => request.operation === "ListObjectsV2");
    expect(listings).toHaveLength(3);
    expect(listings.every((request) => request.url.includes("prefix=shows%2F4%2F"))).toBe(true);
    expect(t.proxy.count("DeleteObjects")).toBe(3);
  });

  it("uploads a long stream in parts, holding one part at a time", async () => {
    const stored = await t.store.put("shows/1/trailer.mp4", patterned(12 * MiB, MiB), "video/mp4");

    expect(t.proxy.count("PutObject")).toBe(0);
    expect(t.proxy.count("UploadPart")).toBe(3);
    expect(stored.bytes).toBe(12 * MiB);
    expect(stored.etag).toBe((await t.object("shows/1/trailer.mp4"))?.etag);
    // Buffer.equals: a deep toEqual over 12 MiB takes minutes.
    const read = await buffer(t.store.read("shows/1/trailer.mp4"));
    expect(read.equals(await buffer(patterned(12 * MiB, MiB)))).toBe(true);
  });

  it("aborts the multipart upload when the stream fails, keeping the old object", async () => {
    await t.store.put("shows/1/trailer.mp4", Buffer.from("old"), "video/mp4");

    await expect(
      t.store.put("shows/1/trailer.mp4", patterned(12 * MiB, MiB, 7 * MiB), "video/mp4"),
    ).rejects.toThrow("provider connection reset");
    expect(t.proxy.count("AbortMultipartUpload")).toBe(1);
    expect(t.pendingUploads()).toBe(0);
    expect((await t.object("shows/1/trailer.mp4"))?.body).toEqual(Buffer.from("old"));
  });

  it("sends a short stream as one PutObject", async () => {
    await t.store.put("shows/1/clip.mp4", patterned(3 * MiB, MiB), "video/mp4");

    expect(t.proxy.count("PutObject")).toBe(1);
    expect(t.proxy.count("CreateMultipartUpload")).toBe(0);
  });

  it("backs serveMedia: ranges, validators and the whole file", async () => {
    const video = await buffer(patterned(1000, 1000));
    await t.store.put("shows/1/t.mp4", video, "video/mp4");
    const get = (headers: Record<string, string> = {}) =>
      serveMedia(t.store, "shows/1/t.mp4", new Request("http://localhost/x", { headers }));

    const partial = await get({ Range: "bytes=100-199" });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("Content-Range")).toBe("bytes 100-199/1000");
    expect(Buffer.from(await partial.arrayBuffer())).toEqual(video.subarray(100, 200));
    expect(t.proxy.requests.at(-1)?.headers.range).toBe("bytes=100-199");

    const etag = (await t.object("shows/1/t.mp4"))?.etag ?? "";
    expect((await get({ "If-None-Match": etag })).status).toBe(304);
    const whole = await get();
    expect(whole.headers.get("ETag")).toBe(etag);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(video);
    expect((await serveMedia(t.store, "shows/1/none.mp4", new Request("http://x/"))).status).toBe(
      404,
    );
  });
});
