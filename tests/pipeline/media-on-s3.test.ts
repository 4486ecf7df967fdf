import fs from "node:fs";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import type { AssetDto } from "../../src/server/shows/assets";
import { createShow } from "../../src/server/shows/create-show";
import { deleteShow } from "../../src/server/shows/delete-show";
import { getShowDetail } from "../../src/server/shows/show-views";
import { serveMedia } from "../../src/server/storage/serve-media";
import { type S3FaultProxy, startS3FaultProxy } from "../helpers/s3-fault-proxy";
import { type S3rverInstance, startS3rver } from "../helpers/s3rver";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/** The scaled shape's media: the whole pipeline with MEDIA_STORE=s3, against s3rver. */
describe("a show made with media on S3", () => {
  let s3: S3rverInstance;
  let proxy: S3FaultProxy;
  let direct: S3Client;
  let t: TestContainer;
  beforeAll(async () => {
    s3 = await startS3rver({ bucket: "greenlight" });
    // Three keys a listing page, so deleting a show pages.
    proxy = await startS3FaultProxy(s3.endpoint, { maxKeys: 3 });
    direct = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    t = await createTestContainer({
      MEDIA_STORE: "s3",
      S3_BUCKET: s3.bucket,
      S3_ENDPOINT: proxy.endpoint,
      S3_REGION: s3.region,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      S3_PREFIX: "studio",
    });
  });
  afterAll(async () => {
    await t.close();
    direct.destroy();
    await proxy.close();
    await s3.close();
  });

  const bucketKeys = async () =>
    ((await direct.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map(
      (object) => object.Key ?? "",
    );
  const bucketBytes = async (key: string) => {
    const got = await direct.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    return Buffer.from((await got.Body?.transformToByteArray()) ?? []);
  };

  const keyOf = (asset: AssetDto | null) => asset!.url.replace("/api/media/", "");

  it("stores every file in the bucket and hands providers downloaded references", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A lighthouse keeper's cat runs a radio station for lost ships",
      // The trailer is the last file this test reads; the season would only add minutes.
      settings: { characterCount: 2, autopilotThrough: "trailer" },
    });
    const { failed } = await driveShow(t.container.engine, show.id, { extras: false });
    expect(failed).toEqual([]);
    const detail = await getShowDetail(t.container.db, show.id);

    const keys = await bucketKeys();
    for (const asset of [
      detail.poster,
      detail.grid,
      detail.trailer,
      ...detail.characters.map((c) => c.portrait),
    ]) {
      expect(keys).toContain(`studio/${keyOf(asset)}`);
    }
    expect(fs.existsSync(path.join(t.dataDir, "media"))).toBe(false);
    // The grid and poster were composed from the portraits, so those were downloaded once each.
    for (const member of detail.characters) {
      const copy = path.join(t.dataDir, "cache", "media", keyOf(member.portrait));
      expect((await sharp(copy).metadata()).format).toBe("png");
    }
    expect(t.container.media.localPath(keyOf(detail.poster))).toBeNull();

    const trailerKey = keyOf(detail.trailer);
    const served = await serveMedia(
      t.container.media,
      trailerKey,
      new Request(`http://localhost${detail.trailer!.url}`, { headers: { Range: "bytes=0-7" } }),
    );
    expect(served.status).toBe(206);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(
      (await bucketBytes(`studio/${trailerKey}`)).subarray(0, 8),
    );

    await deleteShow(t.container, show.id);
    expect((await bucketKeys()).filter((key) => key.includes(show.id))).toEqual([]);
    expect(proxy.count("ListObjectsV2")).toBeGreaterThan(1);
    expect(fs.existsSync(path.join(t.dataDir, "cache", "media", "shows", show.id))).toBe(false);
  });
});
