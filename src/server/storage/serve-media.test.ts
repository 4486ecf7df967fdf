import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLocalMediaStore } from "./local-media-store";
import type { MediaStore } from "./media-store";
import { parseRange, serveMedia } from "./serve-media";

const key = "shows/1/trailer/t.mp4";
// 1,000 bytes where byte i is i % 251, so any slice is recognisable.
const video = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

let tempDir: string;
let store: MediaStore;

beforeEach(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-serve-"));
  store = createLocalMediaStore(path.join(tempDir, "media"));
  await store.put(key, video, "video/mp4");
});

afterEach(async () => {
  await fs.rm(tempDir, { recursive: true, force: true });
});

function get(headers: Record<string, string> = {}, method = "GET"): Request {
  return new Request(`http://localhost/api/media/${key}`, { method, headers });
}

async function bodyOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("serveMedia", () => {
  it("serves the whole file with type, length and immutable caching", async () => {
    const response = await serveMedia(store, key, get());

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("video/mp4");
    expect(response.headers.get("Content-Length")).toBe("1000");
    expect(response.headers.get("Accept-Ranges")).toBe("bytes");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("ETag")).toBe((await store.stat(key))?.etag);
    expect(await bodyOf(response)).toEqual(video);
  });

  it.each([
    ["bytes=0-99", 0, 99],
    ["bytes=100-", 100, 999],
    ["bytes=-50", 950, 999],
    ["bytes=990-5000", 990, 999],
    ["bytes=-5000", 0, 999],
    ["bytes=999-999", 999, 999],
  ])("answers %s with 206 and exactly those bytes", async (range, start, end) => {
    const response = await serveMedia(store, key, get({ Range: range }));

    expect(response.status).toBe(206);
    expect(response.headers.get("Content-Range")).toBe(`bytes ${start}-${end}/1000`);
    expect(response.headers.get("Content-Length")).toBe(String(end - start + 1));
    expect(await bodyOf(response)).toEqual(video.subarray(start, end + 1));
  });

  it("reads only the requested range from the store", async () => {
    const read = vi.spyOn(store, "read");
    await bodyOf(await serveMedia(store, key, get({ Range: "bytes=100-199" })));

    expect(read).toHaveBeenCalledWith(key, { start: 100, end: 199 });
  });

  it("streams the body and closes the file when the client goes away", async () => {
    const read = vi.spyOn(store, "read");
    const response = await serveMedia(store, key, get());
    const reader = response.body?.getReader();
    await reader?.read();
    await reader?.cancel();

    expect(read.mock.results[0]?.value.destroyed).toBe(true);
  });

  it.each(["bytes=1000-", "bytes=5000-6000", "bytes=-0"])(
    "answers unsatisfiable %s with 416",
    async (range) => {
      const response = await serveMedia(store, key, get({ Range: range }));

      expect(response.status).toBe(416);
      expect(response.headers.get("Content-Range")).toBe("bytes */1000");
    },
  );

  it.each(["bytes=0-1,5-9", "items=0-5", "bytes=9-2", "bytes=abc", "bytes=-"])(
    "ignores a range it does not serve (%s) and sends the whole file",
    async (range) => {
      const response = await serveMedia(store, key, get({ Range: range }));

      expect(response.status).toBe(200);
      expect(await bodyOf(response)).toEqual(video);
    },
  );

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const etag = (await store.stat(key))?.etag ?? "";
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = await serveMedia(store, key, get({ "If-None-Match": header }));

      expect(response.status).toBe(304);
      expect(response.headers.get("ETag")).toBe(etag);
      expect(response.body).toBeNull();
    }
    const changed = await serveMedia(store, key, get({ "If-None-Match": '"other"' }));
    expect(changed.status).toBe(200);
  });

  it("honours If-Range: a current ETag keeps the range, a stale one gets the whole file", async () => {
    const etag = (await store.stat(key))?.etag ?? "";
    const current = await serveMedia(store, key, get({ Range: "bytes=0-9", "If-Range": etag }));
    const stale = await serveMedia(store, key, get({ Range: "bytes=0-9", "If-Range": '"old"' }));

    expect(current.status).toBe(206);
    expect(stale.status).toBe(200);
    expect(await bodyOf(stale)).toEqual(video);
  });

  it("answers HEAD with the headers and no body", async () => {
    const read = vi.spyOn(store, "read");
    const response = await serveMedia(store, key, get({}, "HEAD"));
    const partial = await serveMedia(store, key, get({ Range: "bytes=0-9" }, "HEAD"));

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Length")).toBe("1000");
    expect(response.headers.get("Content-Type")).toBe("video/mp4");
    expect(response.body).toBeNull();
    expect(partial.status).toBe(206);
    expect(partial.headers.get("Content-Range")).toBe("bytes 0-9/1000");
    expect(partial.body).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    "shows/1/missing.mp4",
    "../etc/passwd",
    decodeURIComponent("%2e%2e/%2e%2e/etc/passwd"),
    "%2e%2e/etc/passwd",
    "/etc/passwd",
    "a//b",
  ])("answers %j with 404", async (badKey) => {
    const response = await serveMedia(store, badKey, get());

    expect(response.status).toBe(404);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers a symlink out of the root with 404", async () => {
    const outside = path.join(tempDir, "outside");
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, "secret.txt"), "secret");
    await fs.symlink(outside, path.join(tempDir, "media", "escape"), "dir");

    expect((await serveMedia(store, "escape/secret.txt", get())).status).toBe(404);
  });

  it("refuses methods other than GET and HEAD", async () => {
    const response = await serveMedia(store, key, get({}, "DELETE"));

    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
  });
});

describe("parseRange", () => {
  it("treats every range on an empty file as unsatisfiable", () => {
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-1", 0)).toEqual({ kind: "unsatisfiable" });
  });

  it("serves the whole file when there is no Range header", () => {
    expect(parseRange(null, 10)).toEqual({ kind: "full" });
  });
});
