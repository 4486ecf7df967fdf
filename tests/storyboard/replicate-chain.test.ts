import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import { getStoryboard, type StoryboardView } from "../../src/server/shows/storyboard-view";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import type { TestContainer } from "../helpers/test-container";
import { createPatientContainer, timedBoard, windowLevel } from "./storyboard-fixtures";

const apiToken = "r8_storyboard_chain";
const frameModel = "google/nano-banana-pro";
const speechModel = "minimax/speech-2.6-turbo";

type Input = Record<string, unknown>;

/**
 * A show whose pictures, speech and music are Replicate's (the fake, through the real client):
 * episode 1's frames on Nano Banana Pro with the portraits of who is in each shot as image inputs,
 * every line on MiniMax Speech in its cast voice, a MusicGen bed, and the cut.
 */
describe("episode 1's storyboard and animatic on Replicate (fake)", () => {
  let replicate: ReplicateFake;
  let t: TestContainer;
  let showId: string;
  let board: StoryboardView;
  /** Requests before the animatic's chain (the trailer's own frames, voice-over and bed). */
  let beforeAnimatic = 0;

  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken, defaultPlan: { pollsUntilDone: 2 } });
    t = await createPatientContainer({
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    const { engine, db } = t.container;
    const show = await createShow(engine, {
      premise: "A night-shift radio host in Lisbon takes calls from people who are not alive",
      settings: {
        characterCount: 2,
        autopilotThrough: "trailer",
        image: { provider: "replicate", model: frameModel },
        audio: { provider: "replicate", model: speechModel },
        music: { provider: "replicate", model: "meta/musicgen" },
      },
    });
    showId = show.id;
    // Through the trailer (its own frames, voice-over and bed) first, then the animatic's chain.
    const trailer = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    expect(trailer.failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    beforeAnimatic = replicate.requests.length;
    const { failed } = await driveShow(engine, showId, {
      extras: false,
      idleTimeoutMs: 60_000,
      animaticEpisode: 1,
    });
    expect(failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    const [episode] = (await db.query.episodes.findMany()).filter(
      (row) => row.showId === showId && row.number === 1,
    );
    board = await getStoryboard(db, showId, episode!.id);
  }, 600_000);
  afterAll(async () => {
    await t?.close();
    await replicate?.close();
  });

  const file = (url: string) =>
    t.container.media.localPath(url.replace(/^\/api\/media\//, "")) ?? "";
  const creates = (model: string) =>
    replicate.requests
      .slice(beforeAnimatic)
      .filter(
        (request) =>
          request.route === "predictions.create" &&
          request.path === `/v1/models/${model}/predictions`,
      );

  it("draws every frame on Nano Banana Pro with the shot's portraits as image inputs", async () => {
    const { db } = t.container;
    const rows = await db.select().from(assets).where(eq(assets.showId, showId));
    const portraits = new Map(
      rows.filter((row) => row.kind === "portrait").map((row) => [row.characterId, row]),
    );
    const asDataUri = async (storageKey: string) =>
      `data:image/png;base64,${(await readFile(file(`/api/media/${storageKey}`))).toString("base64")}`;
    const frameCreates = creates(frameModel).filter((request) =>
      board.shots.some((shot) =>
        String(((request.json as { input: Input }).input.prompt as string) ?? "").includes(
          shot.spec.action,
        ),
      ),
    );
    expect(frameCreates).toHaveLength(board.shots.length);
    let withPortraits = 0;
    for (const shot of board.shots) {
      expect(shot.frame, `shot ${shot.number}`).toMatchObject({
        provider: "replicate",
        model: frameModel,
      });
      const [request] = frameCreates.filter((candidate) =>
        String((candidate.json as { input: Input }).input.prompt).includes(shot.spec.action),
      );
      const input = (request!.json as { input: Input }).input;
      const expected = await Promise.all(
        shot.spec.characterIds
          .filter((id) => portraits.has(id))
          .map((id) => asDataUri(portraits.get(id)!.storageKey)),
      );
      expect(input.image_input, `shot ${shot.number} image inputs`).toEqual(expected);
      expect(input.aspect_ratio).toBe("16:9");
      withPortraits += expected.length > 0 ? 1 : 0;
    }
    expect(withPortraits).toBeGreaterThan(0);
  });

  it("speaks every line on MiniMax in the speaker's cast voice", async () => {
    const speech = creates(speechModel);
    const lines = board.shots.flatMap((shot) => shot.lines);
    expect(speech).toHaveLength(lines.length);
    const voiceOf = new Map(board.voices.map((entry) => [entry.characterId, entry.voice]));
    const cast = await loadCharacters(t.container.db, showId);
    expect(new Set(cast.map((member) => voiceOf.get(member.id)!.voiceId)).size).toBe(cast.length);
    for (const line of lines) {
      const sent = speech.filter(
        (request) => (request.json as { input: Input }).input.text === line.text,
      );
      expect(sent.length, line.text).toBeGreaterThanOrEqual(1);
      const input = (sent[0]!.json as { input: Input }).input;
      expect(input.voice_id).toBe(voiceOf.get(line.characterId)!.voiceId);
      expect(input.audio_format).toBe("wav");
      expect(line.take).toMatchObject({ provider: "replicate", model: speechModel });
      expect(line.take!.durationSeconds).toBeGreaterThan(0.3);
    }
  });

  it("scores on MusicGen and cuts the pieces into an animatic as long as its shots", async () => {
    const music = replicate.requests
      .slice(beforeAnimatic)
      .filter(
        (request) =>
          request.route === "predictions.create" &&
          (request.json as { version?: string }).version !== undefined,
      );
    expect(music).toHaveLength(1);
    expect(board.score).toMatchObject({ provider: "replicate", model: "meta/musicgen" });
    expect(board.animaticCurrent).toBe(true);
    const video = file(board.animatic!.url);
    const info = await inspectVideo(video);
    const timed = timedBoard(board);
    const total = timed.reduce((sum, shot) => sum + shot.durationSeconds, 0);
    expect(info.audioCodec).toBe("aac");
    expect(info.durationSeconds).toBeGreaterThan(total - 0.15);
    expect(info.durationSeconds).toBeLessThan(total + 0.15);
    for (const shot of timed) {
      for (const line of shot.lines) {
        expect(await windowLevel(video, line.startSeconds, line.durationSeconds)).toBeGreaterThan(
          -35,
        );
      }
    }
    const vtt = await readFile(file(board.subtitles.vtt!.url), "utf8");
    expect(vtt.split("\n").filter((line) => line.includes("-->"))).toHaveLength(
      board.shots.reduce((sum, shot) => sum + shot.lines.length, 0),
    );
  });
});
