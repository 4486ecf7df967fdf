import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import {
  type ConfiguredMedia,
  createConfiguredMedia,
} from "../../src/server/storage/configured-media-store";
import { serveMedia } from "../../src/server/storage/serve-media";
import { type S3rverInstance, startS3rver } from "../helpers/s3rver";

/** MEDIA_DELIVERY=presigned: the app checks the key, then sends the browser to the bucket. */
describe("presigned media delivery", () => {
  let s3: S3rverInstance;
  let dataDir: string;
  let configured: ConfiguredMedia;
  beforeEach(async () => {
    s3 = await startS3rver();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-presigned-"));
    configured = createConfiguredMedia(
      parseEnv({
        DATA_DIR: dataDir,
        MEDIA_STORE: "s3",
        MEDIA_DELIVERY: "presigned",
        S3_BUCKET: s3.bucket,
        S3_ENDPOINT: s3.endpoint,
        S3_REGION: s3.region,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        S3_PREFIX: "studio",
      }),
    );
  });
  afterEach(async () => {
    await s3.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const get = (key: string, init: RequestInit = {}) =>
    serveMedia(configured.media, key, new Request(`http://localhost/api/media/${key}`, init), {
      redirect: configured.mediaRedirect,
    });

  it("redirects a GET to a presigned bucket URL that serves the bytes and ranges", async () => {
    const video = Buffer.from("0123456789abcdef");
    await configured.media.put("shows/1/trailer.mp4", video, "video/mp4");

    const redirect = await get("shows/1/trailer.mp4");
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("Cache-Control")).toBe("private, no-store");
    const location = redirect.headers.get("Location") ?? "";
    expect(location.startsWith(`${s3.endpoint}/${s3.bucket}/studio/shows/1/trailer.mp4?`)).toBe(
      true,
    );
    expect(new URL(location).searchParams.get("X-Amz-Expires")).toBe("600");
    expect(location).not.toContain(s3.secretAccessKey.toLowerCase());

    const whole = await fetch(location);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(video);
    const part = await fetch(location, { headers: { Range: "bytes=4-7" } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe("4567");
  });

  it("still answers missing and unsafe keys itself, and HEAD without a redirect", async () => {
    await configured.media.put("shows/1/a.png", Buffer.from("pixels"), "image/png");

    expect((await get("shows/1/missing.png")).status).toBe(404);
    expect((await get("shows/%2e%2e/secret.png")).status).toBe(404);
    const head = await get("shows/1/a.png", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Length")).toBe("6");
  });

  it("is off by default: the app streams", async () => {
    const streamed = createConfiguredMedia(
      parseEnv({
        DATA_DIR: dataDir,
        MEDIA_STORE: "s3",
        S3_BUCKET: s3.bucket,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      }),
    );
    expect(streamed.mediaRedirect).toBeNull();
  });
});
