import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import type { AssetDto } from "../../src/server/shows/assets";
import { createShow } from "../../src/server/shows/create-show";
import { deleteShow } from "../../src/server/shows/delete-show";
import { getShowDetail } from "../../src/server/shows/show-views";
import { serveMedia } from "../../src/server/storage/serve-media";
import { type S3Fake, startS3Fake } from "../fakes/s3-fake";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/** The scaled shape's media: the whole pipeline with MEDIA_STORE=s3, against the S3 fake. */
describe("a show made with media on S3", () => {
  let fake: S3Fake;
  let t: TestContainer;
  beforeAll(async () => {
    fake = await startS3Fake({ buckets: ["greenlight"], maxKeys: 3 });
    t = await createTestContainer({
      MEDIA_STORE: "s3",
      S3_BUCKET: "greenlight",
      S3_ENDPOINT: fake.url,
      S3_REGION: fake.region,
      S3_ACCESS_KEY_ID: fake.accessKeyId,
      S3_SECRET_ACCESS_KEY: fake.secretAccessKey,
      S3_PREFIX: "studio",
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const keyOf = (asset: AssetDto | null) => asset!.url.replace("/api/media/", "");

  it("stores every file in the bucket and hands providers downloaded references", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A lighthouse keeper's cat runs a radio station for lost ships",
      settings: { characterCount: 2 },
    });
    const { failed } = await driveShow(t.container.engine, show.id, { extras: false });
    expect(failed).toEqual([]);
    const detail = await getShowDetail(t.container.db, show.id);

    const keys = fake.keys("greenlight");
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
      fake.object(`studio/${trailerKey}`, "greenlight")!.body.subarray(0, 8),
    );

    await deleteShow(t.container, show.id);
    expect(fake.keys("greenlight").filter((key) => key.includes(show.id))).toEqual([]);
    expect(fs.existsSync(path.join(t.dataDir, "cache", "media", "shows", show.id))).toBe(false);
  });
});
