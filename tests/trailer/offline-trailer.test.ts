import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  frameAt,
  loudnessOf,
  meanDifference,
  sceneChanges,
} from "../../src/server/cut/test-probes";
import { assets, shows } from "../../src/server/db/schema";
import { parseOtio, trackFrames } from "../../src/server/exports/otio/test-otio";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import { endCardSeconds } from "../../src/server/shows/trailer-script";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/** The Done-when of issue 13, offline: what every new user's first trailer is. */
describe("the offline trailer, cut from its board", () => {
  let t: TestContainer;
  let showId: string;
  let dir: string;
  let video: string;
  let trailer: typeof assets.$inferSelect;
  let plan: Awaited<ReturnType<typeof loadTrailerPlan>>["plan"];

  beforeAll(async () => {
    t = await createTestContainer();
    dir = await mkdtemp(path.join(tmpdir(), "greenlight-trailer-test-"));
    const { engine, db } = t.container;
    const show = await createShow(engine, {
      premise: "A retired lighthouse keeper discovers the fog rolling over her island is alive",
      autopilot: true,
      settings: { characterCount: 4, autopilotThrough: "trailer" },
    });
    showId = show.id;
    const { failed } = await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 90_000 });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    const [row] = await db.select().from(shows).where(eq(shows.id, showId));
    expect(row?.trailerAssetId).toBeTruthy();
    const [cut] = await db.select().from(assets).where(eq(assets.id, row!.trailerAssetId!));
    trailer = cut!;
    video = t.container.media.localPath(trailer!.storageKey) ?? "";
    plan = (await loadTrailerPlan(db, showId)).plan;
  }, 400_000);
  afterAll(async () => {
    await t?.close();
    if (dir) {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lasts what its script says, 30 s with the end card, and the board is current", async () => {
    const scriptSeconds =
      plan.shots.reduce((sum, shot) => sum + shot.spec.durationSeconds, 0) + endCardSeconds;
    expect(scriptSeconds).toBeCloseTo(30, 5);
    const probed = await inspectVideo(video);
    expect(Math.abs(probed.durationSeconds - scriptSeconds)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((trailer.durationSeconds ?? 0) - scriptSeconds)).toBeLessThanOrEqual(0.5);
    expect(plan.animaticCurrent).toBe(true);
    expect(plan.shots.length).toBeGreaterThanOrEqual(6);
  });

  it("has at least six distinct shots, a title card and voice-over with music at −16 LUFS", async () => {
    const changes = await sceneChanges(video, dir);
    expect(changes.length).toBeGreaterThanOrEqual(5);
    expect(plan.shots.some((shot) => shot.isCard)).toBe(true);
    expect(plan.shots.some((shot) => shot.lines.some((line) => line.lineId === "narration"))).toBe(
      true,
    );
    expect(plan.score.current).toBe(true);
    const loudness = await loudnessOf(video, dir);
    expect(Math.abs(loudness.integrated - -16)).toBeLessThanOrEqual(2);
  });

  it("shows every character not skipped, and ends on the end card that bills the whole cast", async () => {
    const { db } = t.container;
    const cast = (await loadCharacters(db, showId)).filter((member) => !member.skipped);
    const onScreen = new Set(plan.shots.flatMap((shot) => shot.spec.characterIds));
    expect(cast.every((member) => onScreen.has(member.id))).toBe(true);
    const cards = await db
      .select()
      .from(assets)
      .where(and(eq(assets.showId, showId), eq(assets.kind, "trailer_card")));
    const endCard = cards.find((card) => card.prompt === "End card");
    expect(endCard).toBeDefined();
    // The last second of the cut is the end card, as drawn.
    const probed = await inspectVideo(video);
    const last = await frameAt(video, dir, probed.durationSeconds - 0.5, 320);
    const drawn = await frameAt(
      t.container.media.localPath(endCard!.storageKey) ?? "",
      dir,
      0,
      320,
    );
    expect(meanDifference(last, drawn, 0, last.height)).toBeLessThan(12);
  });

  it("exports captions and an OpenTimelineIO timeline of the same length", async () => {
    const { db } = t.container;
    const all = await db.select().from(assets).where(eq(assets.showId, showId));
    const pieces = all.filter((row) => row.sourceAssetIds?.includes(trailer.id));
    const vtt = pieces.find((row) => row.mime.startsWith("text/vtt"));
    const srt = pieces.find((row) => row.mime.startsWith("application/x-subrip"));
    const otio = pieces.find((row) => row.kind === "timeline");
    expect([vtt?.kind, srt?.kind, otio?.kind]).toEqual(["subtitles", "subtitles", "timeline"]);
    const captions = await readFile(t.container.media.localPath(vtt!.storageKey) ?? "", "utf8");
    expect(captions.startsWith("WEBVTT")).toBe(true);
    const timeline = parseOtio(
      await readFile(t.container.media.localPath(otio!.storageKey) ?? "", "utf8"),
    );
    const [pictures] = timeline.tracks.children;
    const fps = 24;
    expect(
      Math.abs(trackFrames(pictures!.children) / fps - (trailer.durationSeconds ?? 0)),
    ).toBeLessThan(0.5);
  });
});
