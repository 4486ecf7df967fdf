import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets, shots, tasks } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import type { PlannedShot } from "../../src/server/pipeline/storyboard/storyboard-plan";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import { createShow } from "../../src/server/shows/create-show";
import { updateShot } from "../../src/server/shows/edit-shots";
import { requestTrailerCut } from "../../src/server/shows/request-trailer-cut";
import { setTrailerShape } from "../../src/server/shows/set-trailer-shape";
import { lineTarget, narrationLineId } from "../../src/server/shows/shot-records";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import type { TestContainer } from "../helpers/test-container";
import { createPatientContainer } from "../storyboard/storyboard-fixtures";
import {
  clipCreates,
  clipModel,
  inputOf,
  modelMaxSeconds,
  storedTrailer,
} from "./replicate-trailer-fixtures";

const apiToken = "r8_trailer_cut";
const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The Done-when of issue 13 against the Replicate fake (through the real client): a trailer whose
 * video model is Veo 3.1 is cut from one paid image-to-video clip per picture shot, and a re-cut
 * pays only for what an edit changed — nothing for a new voice-over line, one clip for a new
 * picture, every clip again for a new shape. Text, frames and voices stay offline to keep it fast.
 */
describe("the trailer cut from Replicate clips (fake)", () => {
  let replicate: ReplicateFake;
  let t: TestContainer;
  let showId: string;

  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken, defaultPlan: { pollsUntilDone: 2 } });
    t = await createPatientContainer({
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    const show = await createShow(t.container.engine, {
      premise: "A ferry captain on the Tagus finds the same stranger aboard every crossing",
      autopilot: true,
      settings: {
        characterCount: 2,
        autopilotThrough: "trailer",
        video: { provider: "replicate", model: clipModel },
        // The user confirmed the paid estimate: autopilot makes the trailer's clips.
        paidVideosConfirmed: true,
      },
    });
    showId = show.id;
    const { failed } = await driveShow(t.container.engine, showId, {
      extras: false,
      idleTimeoutMs: 90_000,
    });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
  }, 600_000);
  afterAll(async () => {
    await t?.close();
    await replicate?.close();
  });

  const plan = async () => (await loadTrailerPlan(t.container.db, showId)).plan;
  const pictures = async () => (await plan()).shots.filter((shot) => !shot.isCard);
  const trailer = () => storedTrailer(t.container.db, t.container.media, showId);

  /** Every picture shot of the cut is its clip in the timeline; a title card is our own card. */
  async function expectCutFromClips() {
    const { plan: current } = await loadTrailerPlan(t.container.db, showId);
    expect(current.animaticCurrent).toBe(true);
    const { pictureOf } = await trailer();
    current.shots.forEach((shot, index) => {
      const media = pictureOf.get(`Shot ${index + 1}`);
      const name = `trailer/shot-${pad(index + 1)}`;
      expect(media, `shot ${index + 1}`).toBe(
        shot.isCard ? `${name}-card.png` : `${name}-clip.mp4`,
      );
      expect(shot.isCard || shot.clipCurrent, `shot ${index + 1}'s clip is current`).toBe(true);
    });
    expect(pictureOf.get("End card")).toBe("trailer/end-card.png");
  }

  /**
   * Makes an edit, asks for a re-cut as the console's "Cut trailer" does, and waits for it: what
   * the re-cut asked Replicate for and which tasks it ran.
   */
  async function recut(edit: () => Promise<unknown>) {
    const { db, engine } = t.container;
    const createsBefore = clipCreates(replicate).length;
    const tasksBefore = new Set((await db.select({ id: tasks.id }).from(tasks)).map((r) => r.id));
    const trailerBefore = (await trailer()).video.id;
    await edit();
    await requestTrailerCut(engine, showId);
    const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 90_000 });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    const ran = (await db.select().from(tasks).where(eq(tasks.showId, showId))).filter(
      (row) => !tasksBefore.has(row.id),
    );
    const kinds = (kind: string) => ran.filter((row) => row.kind === kind);
    expect(kinds("trailer").map((row) => row.status)).toEqual(["succeeded"]);
    expect((await trailer()).video.id).not.toBe(trailerBefore);
    return { creates: clipCreates(replicate).slice(createsBefore), kinds };
  }

  const shotFor = (request: Parameters<typeof inputOf>[0], candidates: PlannedShot[]) =>
    candidates.filter((shot) => inputOf(request).prompt.includes(shot.spec.action));

  it("makes one clip per picture shot within the model's length, none for a card, and cuts them", async () => {
    const current = await plan();
    const picturesNow = current.shots.filter((shot) => !shot.isCard);
    expect(current.shots.some((shot) => shot.isCard)).toBe(true);
    expect(picturesNow.length).toBeGreaterThanOrEqual(5);
    // Each create names its shot's action; no two shots share one, so each maps to one shot.
    expect(new Set(picturesNow.map((shot) => shot.spec.action)).size).toBe(picturesNow.length);
    const creates = clipCreates(replicate);
    expect(creates).toHaveLength(picturesNow.length);
    const maxSeconds = modelMaxSeconds();
    expect(maxSeconds).toBe(8);
    for (const shot of picturesNow) {
      const mine = creates.filter((request) => shotFor(request, [shot]).length === 1);
      expect(mine, `creates for "${shot.spec.action}"`).toHaveLength(1);
      const input = inputOf(mine[0]!);
      expect(input.duration).toBeLessThanOrEqual(maxSeconds);
      // Long enough for its shot (shots run 2–8 s): no picture is held on a frozen last frame.
      expect(input.duration).toBeGreaterThanOrEqual(shot.spec.durationSeconds);
      expect(input.aspect_ratio).toBe("16:9");
      // Image-to-video: the shot's frame is the start frame.
      expect(String(input.image)).toMatch(/^data:image\/(png|jpeg);base64,/);
      expect(shot.clip?.durationSeconds).toBeLessThanOrEqual(maxSeconds);
    }
    const { db } = t.container;
    const clipRows = await db
      .select()
      .from(assets)
      .where(and(eq(assets.showId, showId), eq(assets.kind, "shot_clip")));
    expect(clipRows).toHaveLength(picturesNow.length);
    expect(clipRows.every((row) => row.provider === "replicate" && row.model === clipModel)).toBe(
      true,
    );
    await expectCutFromClips();
    // The clips are held or trimmed to their shots: the cut lasts what the board plans.
    const { file, video } = await trailer();
    const probed = await inspectVideo(file);
    expect(Math.abs(probed.durationSeconds - current.plannedSeconds)).toBeLessThanOrEqual(0.5);
    expect([probed.width, probed.height]).toEqual([1280, 720]);
    expect(video.durationSeconds).toBeCloseTo(probed.durationSeconds, 0);
  });

  it("re-cuts a new voice-over line with one new take and no video call", async () => {
    const narrated = (await pictures()).find((shot) =>
      shot.lines.some((line) => line.lineId === narrationLineId),
    );
    expect(narrated, "a picture shot with voice-over").toBeDefined();
    const extras = narrated!.trailer;
    const text = "Some crossings never reach the other side.";
    const takesBefore = (
      await t.container.db
        .select({ id: assets.id })
        .from(assets)
        .where(and(eq(assets.showId, showId), eq(assets.kind, "voice_line")))
    ).length;
    const { creates, kinds } = await recut(() =>
      updateShot(t.container.db, showId, narrated!.row.id, { narration: text }),
    );
    expect(creates).toHaveLength(0);
    expect(kinds("shot_clip")).toHaveLength(0);
    expect(kinds("storyboard_frame")).toHaveLength(0);
    expect(kinds("voice_line").map((row) => [row.target, row.status])).toEqual([
      [lineTarget(narrated!.row.id, narrationLineId), "succeeded"],
    ]);
    const takesAfter = await t.container.db
      .select({ id: assets.id })
      .from(assets)
      .where(and(eq(assets.showId, showId), eq(assets.kind, "voice_line")));
    expect(takesAfter).toHaveLength(takesBefore + 1);
    // The edit kept what makes it a trailer shot, and the cut speaks the new line.
    const [stored] = await t.container.db
      .select()
      .from(shots)
      .where(eq(shots.id, narrated!.row.id));
    expect(stored!.spec).toMatchObject({ ...extras, narration: text });
    const after = (await pictures()).find((shot) => shot.row.id === narrated!.row.id)!;
    expect(after.lines.find((line) => line.lineId === narrationLineId)?.text).toBe(text);
    await expectCutFromClips();
  });

  it("re-cuts a replaced picture with exactly one new clip, of the new frame", async () => {
    const before = await pictures();
    const target = before.at(-1)!;
    const action = "The stranger steps off the ferry and the gangway is empty behind him.";
    const { creates, kinds } = await recut(() =>
      updateShot(t.container.db, showId, target.row.id, { action }),
    );
    expect(creates).toHaveLength(1);
    expect(inputOf(creates[0]!).prompt).toContain(action);
    expect(kinds("storyboard_frame").map((row) => row.target)).toEqual([target.row.id]);
    expect(kinds("shot_clip").map((row) => row.target)).toEqual([target.row.id]);
    expect(kinds("voice_line")).toHaveLength(0);
    const after = (await pictures()).find((shot) => shot.row.id === target.row.id)!;
    expect(after.frame?.id).not.toBe(target.frame?.id);
    expect(after.clip?.id).not.toBe(target.clip?.id);
    // Every other shot kept its clip.
    for (const shot of before.filter((candidate) => candidate.row.id !== target.row.id)) {
      const now = (await pictures()).find((candidate) => candidate.row.id === shot.row.id)!;
      expect(now.clip?.id, shot.spec.action).toBe(shot.clip?.id);
    }
    await expectCutFromClips();
  });

  it("re-cuts in 9:16 with a new clip per picture shot in that shape, and a 720×1280 cut", async () => {
    const picturesNow = await pictures();
    const { creates, kinds } = await recut(() =>
      setTrailerShape(t.container.engine, showId, { aspect: "9:16" }),
    );
    expect(creates).toHaveLength(picturesNow.length);
    expect(creates.map((request) => inputOf(request).aspect_ratio)).toEqual(
      picturesNow.map(() => "9:16"),
    );
    for (const shot of picturesNow) {
      expect(
        creates.filter((request) => shotFor(request, [shot]).length === 1),
        shot.spec.action,
      ).toHaveLength(1);
    }
    // Frames and takes do not depend on the shape: only the clips are made again.
    expect(kinds("storyboard_frame")).toHaveLength(0);
    expect(kinds("voice_line")).toHaveLength(0);
    await expectCutFromClips();
    const probed = await inspectVideo((await trailer()).file);
    expect([probed.width, probed.height]).toEqual([720, 1280]);
  });
});
