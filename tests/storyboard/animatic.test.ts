import { readFile } from "node:fs/promises";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeShots } from "../../src/server/cut/time-shots";
import { assets, episodes } from "../../src/server/db/schema";
import { parseOtio, trackFrames } from "../../src/server/exports/otio/test-otio";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import { createShow } from "../../src/server/shows/create-show";
import { chooseShotFrame, updateShot } from "../../src/server/shows/edit-shots";
import { coldOpenSeconds } from "../../src/server/shows/episode-script";
import { requestAnimatic } from "../../src/server/shows/request-animatic";
import { loadBoards, packageFiles } from "../../src/server/shows/show-package";
import { getShowDetail } from "../../src/server/shows/show-views";
import { getStoryboard, type StoryboardView } from "../../src/server/shows/storyboard-view";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { windowLevel } from "./storyboard-fixtures";

describe("episode 1's storyboard and animatic, offline", () => {
  let t: TestContainer;
  let showId: string;
  let episodeId: string;
  let board: StoryboardView;

  beforeAll(async () => {
    t = await createTestContainer();
    const { engine, db } = t.container;
    const show = await createShow(engine, {
      premise: "A retired safecracker and her nephew run a night market noodle stall in Taipei",
      autopilot: true,
      settings: { characterCount: 3, autopilotThrough: "trailer" },
    });
    showId = show.id;
    await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
    await engine.request({ showId, kind: "episodes", title: "Season", source: "test" });
    await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
    const [first] = await db
      .select()
      .from(episodes)
      .where(and(eq(episodes.showId, showId), eq(episodes.number, 1)));
    episodeId = first!.id;
    await requestAnimatic(engine, showId, episodeId);
    const { failed } = await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    board = await getStoryboard(db, showId, episodeId);
  }, 400_000);
  afterAll(async () => t?.close());

  const file = (url: string) =>
    t.container.media.localPath(url.replace(/^\/api\/media\//, "")) ?? "";

  it("breaks the cold open into 8–14 shots of 45–90 s, each drawn and every line voiced", () => {
    expect(board.shots.length).toBeGreaterThanOrEqual(8);
    expect(board.shots.length).toBeLessThanOrEqual(14);
    expect(board.plannedSeconds).toBeGreaterThanOrEqual(coldOpenSeconds.min);
    expect(board.plannedSeconds).toBeLessThanOrEqual(coldOpenSeconds.max);
    for (const shot of board.shots) {
      expect(shot.frame, `shot ${shot.number} frame`).not.toBeNull();
      expect(shot.frameCurrent).toBe(true);
      for (const line of shot.lines) {
        expect(line.take, `shot ${shot.number} ${line.lineId}`).not.toBeNull();
        expect(line.take!.durationSeconds).toBeGreaterThan(0.3);
      }
    }
    expect(board.shots.some((shot) => shot.lines.length > 0)).toBe(true);
    expect(board.score).not.toBeNull();
    expect(board.animatic).not.toBeNull();
    expect(board.animaticCurrent).toBe(true);
    expect(board.animaticWanted).toBe(false);
  });

  it("draws the characters each shot names, from their portraits", async () => {
    const { db } = t.container;
    const portraits = new Map(
      (await db.select().from(assets).where(eq(assets.showId, showId)))
        .filter((row) => row.kind === "portrait")
        .map((row) => [row.characterId, row.id]),
    );
    for (const shot of board.shots) {
      const [frame] = await db.select().from(assets).where(eq(assets.id, shot.frame!.id));
      const expected = shot.spec.characterIds.map((id) => portraits.get(id)).filter(Boolean);
      expect(frame!.sourceAssetIds ?? [], `shot ${shot.number}`).toEqual(
        expect.arrayContaining(expected),
      );
    }
  });

  it("cuts an MP4 as long as its shots, speech where the script has lines, a caption per line", async () => {
    const video = file(board.animatic!.url);
    const info = await inspectVideo(video);
    const timed = timeShots(
      board.shots.map((shot) => ({
        id: shot.id,
        plannedSeconds: shot.spec.durationSeconds,
        lines: shot.lines.map((line) => ({
          id: line.lineId,
          durationSeconds: line.take!.durationSeconds ?? 0,
        })),
      })),
    );
    const total = timed.reduce((sum, shot) => sum + shot.durationSeconds, 0);
    expect(info.audioCodec).toBe("aac");
    expect(info.durationSeconds).toBeGreaterThan(total - 0.15);
    expect(info.durationSeconds).toBeLessThan(total + 0.15);
    expect(board.animatic!.durationSeconds).toBeCloseTo(info.durationSeconds, 0);

    const spoken: number[] = [];
    const quiet: number[] = [];
    for (const shot of timed) {
      for (const line of shot.lines) {
        spoken.push(await windowLevel(video, line.startSeconds, line.durationSeconds));
      }
      if (shot.lines.length === 0) {
        quiet.push(await windowLevel(video, shot.startSeconds, shot.durationSeconds));
      }
    }
    // Every line is heard, above the music bed.
    for (const level of spoken) {
      expect(level).toBeGreaterThan(-35);
    }
    if (quiet.length > 0) {
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      expect(mean(spoken)).toBeGreaterThan(mean(quiet));
    }

    const vtt = await readFile(file(board.subtitles.vtt!.url), "utf8");
    const cues = vtt.split("\n").filter((line) => line.includes("-->"));
    const lines = board.shots.reduce((sum, shot) => sum + shot.lines.length, 0);
    expect(cues).toHaveLength(lines);
    expect(board.subtitles.srt).not.toBeNull();
    // A caption track loads only as text/vtt.
    expect(board.subtitles.vtt!.mime).toMatch(/^text\/vtt/);
  });

  it("exports the cut as an OpenTimelineIO timeline whose clips are the package's files", async () => {
    const { db, media } = t.container;
    expect(board.timeline).not.toBeNull();
    const timeline = parseOtio(await readFile(file(board.timeline!.url), "utf8"));
    const [video, ...audio] = timeline.tracks.children;
    expect(video!.kind).toBe("Video");
    const clips = video!.children.filter((item) => item.OTIO_SCHEMA === "Clip.1");
    expect(clips).toHaveLength(board.shots.length);
    const fps = 24;
    const info = await inspectVideo(file(board.animatic!.url));
    expect(trackFrames(video!.children) / fps).toBeCloseTo(info.durationSeconds, 0);
    const voiceClips = audio
      .filter((track) => track.name !== "Music")
      .flatMap((track) => track.children.filter((item) => item.OTIO_SCHEMA === "Clip.1"));
    expect(voiceClips).toHaveLength(board.shots.reduce((sum, shot) => sum + shot.lines.length, 0));

    // Every clip points at a file the package holds, next to the .otio in the episode's folder.
    const detail = await getShowDetail(db, showId);
    const episode = detail.episodes.find((candidate) => candidate.id === episodeId)!;
    const files = packageFiles(detail, await loadBoards(db, detail)).map((entry) => entry.path);
    const otioPath = files.find((path) => path.endsWith("animatic.otio"))!;
    expect(otioPath).toBeDefined();
    const folder = otioPath.slice(0, otioPath.lastIndexOf("/") + 1);
    const targets = [video!, ...audio].flatMap((track) =>
      track.children.flatMap((item) =>
        item.OTIO_SCHEMA === "Clip.1" && item.media_reference.OTIO_SCHEMA === "ExternalReference.1"
          ? [decodeURIComponent(item.media_reference.target_url)]
          : [],
      ),
    );
    expect(targets.length).toBeGreaterThan(board.shots.length);
    for (const target of targets) {
      expect(files).toContain(`${folder}${target}`);
    }
    expect(episode.timeline?.id).toBe(board.timeline!.id);
    void media;
  });

  it("re-cuts after an edit, regenerating only what the edit changed", async () => {
    const { db, engine } = t.container;
    // An edited frame outdates the cut as well as the frame, before anything is redrawn.
    const framed = board.shots[0]!;
    await updateShot(db, showId, framed.id, {
      action: "The shutter rattles up on an empty street.",
    });
    const edited = await getStoryboard(db, showId, episodeId);
    expect(edited.shots.find((shot) => shot.id === framed.id)!.frameCurrent).toBe(false);
    expect(edited.animaticCurrent).toBe(false);
    await updateShot(db, showId, framed.id, { action: framed.spec.action });
    expect(
      (await getStoryboard(db, showId, episodeId)).shots.find((shot) => shot.id === framed.id)!
        .frameCurrent,
    ).toBe(true);
    const spoken = board.shots.find((shot) => shot.spec.dialogue.length > 0)!;
    const [first, ...rest] = spoken.spec.dialogue;
    await updateShot(db, showId, spoken.id, {
      dialogue: [
        { ...first!, line: "Keep the lid on it. Nobody leaves before midnight." },
        ...rest,
      ],
    });
    const before = await engine.list({ status: "all", showId, limit: 500 });
    await requestAnimatic(engine, showId, episodeId);
    await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    const after = await engine.list({ status: "all", showId, limit: 500 });
    const seen = new Set(before.map((task) => task.id));
    const made = after.filter((task) => !seen.has(task.id)).map((task) => task.kind);
    expect(made.sort()).toEqual(["episode_animatic", "voice_line"]);
    const recut = await getStoryboard(db, showId, episodeId);
    expect(recut.animaticCurrent).toBe(true);
    expect(recut.animatic!.id).not.toBe(board.animatic!.id);
  }, 120_000);

  it("keeps every frame a shot was drawn with, and puts an earlier one back", async () => {
    const { db, engine } = t.container;
    const shot = (await getStoryboard(db, showId, episodeId)).shots[1]!;
    const first = shot.frame!;
    await engine.request({ showId, kind: "storyboard_frame", target: shot.id, source: "test" });
    await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    const redrawn = (await getStoryboard(db, showId, episodeId)).shots[1]!;
    expect(redrawn.frameVersions.map((version) => version.id)).toEqual([
      redrawn.frame!.id,
      first.id,
    ]);
    await chooseShotFrame(db, showId, shot.id, { assetId: first.id });
    expect((await getStoryboard(db, showId, episodeId)).shots[1]!.frame!.id).toBe(first.id);
    // Only this shot's frames: a take or another shot's frame is refused, naming the field.
    const take = board.shots.flatMap((candidate) => candidate.lines)[0]!.take!;
    await expect(chooseShotFrame(db, showId, shot.id, { assetId: take.id })).rejects.toMatchObject({
      code: "invalid_input",
      field: "assetId",
    });
  }, 120_000);
});
