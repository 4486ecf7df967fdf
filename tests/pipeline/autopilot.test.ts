import fs from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import type { AssetDto } from "../../src/server/shows/assets";
import { createShow } from "../../src/server/shows/create-show";
import { blueprintSchema, dossierSchema } from "../../src/server/shows/documents";
import { getShowDetail } from "../../src/server/shows/show-views";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

const premise = "A retired lighthouse keeper in stop-motion claymation discovers the fog is alive";

describe("autopilot: premise to trailer with no request after creation", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  const fileOf = (asset: AssetDto | null) => {
    expect(asset).not.toBeNull();
    const path = t.container.media.localPath(asset!.url.replace("/api/media/", ""));
    expect(path && fs.existsSync(path)).toBeTruthy();
    return path!;
  };

  it("develops blueprint, cast, dossiers, portraits, grid, poster and trailer by itself", async () => {
    const show = await createShow(t.container.engine, {
      premise,
      settings: { characterCount: 3, autopilotThrough: "trailer" },
    });
    const { failed } = await driveShow(t.container.engine, show.id, { extras: false });
    expect(failed).toEqual([]);
    const detail = await getShowDetail(t.container.db, show.id);

    expect(blueprintSchema.parse(detail.blueprint).productionStyle.medium).toMatch(
      /clay|stop-motion/i,
    );
    expect(detail.characters).toHaveLength(3);
    for (const member of detail.characters) {
      dossierSchema.parse(member.dossier);
      const portrait = await sharp(fileOf(member.portrait)).metadata();
      expect([portrait.format, portrait.width, portrait.height]).toEqual(["png", 1024, 1024]);
    }
    const poster = await sharp(fileOf(detail.poster)).metadata();
    expect([poster.width, poster.height]).toEqual([1024, 1536]);
    expect((await sharp(fileOf(detail.grid)).metadata()).format).toBe("png");

    const trailer = await inspectVideo(fileOf(detail.trailer));
    expect(trailer.width).toBe(1280);
    expect(trailer.height).toBe(720);
    expect(trailer.durationSeconds).toBeGreaterThan(27);
    expect(trailer.durationSeconds).toBeLessThan(33);
    expect(detail.completion).toBe(1);
  });

  it("writes the same blueprint for the same premise", async () => {
    const a = await createShow(t.container.engine, {
      premise: "Two rival bakers run a night market on Mars",
      autopilot: false,
    });
    const b = await createShow(t.container.engine, {
      premise: "Two rival bakers run a night market on Mars",
      autopilot: false,
    });
    await Promise.all(
      [a, b].map((show) => driveShow(t.container.engine, show.id, { extras: false })),
    );
    const [first, second] = await Promise.all(
      [a, b].map((show) => getShowDetail(t.container.db, show.id)),
    );
    expect(first!.blueprint).toEqual(second!.blueprint);
    expect(first!.blueprint!.logline.toLowerCase()).toContain("night market");
  });
});
