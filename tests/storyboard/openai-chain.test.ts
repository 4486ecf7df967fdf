import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assets } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { inspectVideo } from "../../src/server/providers/offline/video/inspect-video";
import { toStrictJsonSchema } from "../../src/server/providers/openai";
import { createShow } from "../../src/server/shows/create-show";
import { blueprintSchema } from "../../src/server/shows/documents";
import { updateShot } from "../../src/server/shows/edit-shots";
import { requestAnimatic } from "../../src/server/shows/request-animatic";
import { loadCharacters } from "../../src/server/shows/show-records";
import { getStoryboard, type StoryboardView } from "../../src/server/shows/storyboard-view";
import { updateCharacter } from "../../src/server/shows/update-show";
import { toneWav } from "../fakes/fixture-media";
import { sampleFromJsonSchema } from "../fakes/json-schema-sample";
import { type OpenAIFake, openAISpeechVoices, startOpenAIFake } from "../fakes/openai-fake";
import type { TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";
import {
  createPatientContainer,
  episodeOne,
  realisticScript,
  timedBoard,
  windowLevel,
} from "./storyboard-fixtures";

const apiKey = "sk-greenlight-storyboard";

const seed = (name: string, role: string) => ({
  name,
  role,
  summary: `${name} keeps the station on air`,
  vibe: "tired, kind",
  keyVisualTrait: "a red scarf",
});

type Form = Record<string, Array<string | { filename: string; type: string; size: number }>>;

/**
 * A show whose writing, pictures and speech are all OpenAI's (the fake, through the real SDK):
 * episode 1's script → frames drawn with the portraits of who is in them → every line spoken by
 * gpt-4o-mini-tts in its cast voice → the cut. Music stays offline (OpenAI makes none).
 */
describe("episode 1's storyboard and animatic on OpenAI (fake)", () => {
  let openai: OpenAIFake;
  let t: TestContainer;
  let showId: string;
  let board: StoryboardView;
  let names: Map<string, string>;
  let episodeId: string;
  /** Requests before the animatic's chain (the trailer's own frames and voice-over came first). */
  let beforeAnimatic = 0;

  beforeAll(async () => {
    openai = await startOpenAIFake({ apiKey });
    t = await createPatientContainer({
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: openai.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    const { engine, db } = t.container;
    openai.script(
      "responses",
      { document: sampleFromJsonSchema(toStrictJsonSchema(blueprintSchema, "blueprint")) },
      { document: { characters: [seed("Inês", "the host"), seed("Tomás", "the engineer")] } },
    );
    const show = await createShow(engine, {
      premise: "A night-shift radio host in Lisbon takes calls from people who are not alive",
      settings: {
        characterCount: 2,
        autopilotThrough: "trailer",
        text: { provider: "openai", model: "gpt-5-mini" },
        image: { provider: "openai", model: "gpt-image-1" },
        audio: { provider: "openai", model: "gpt-4o-mini-tts" },
      },
    });
    showId = show.id;
    const setup = await driveShow(engine, showId, {
      extras: false,
      idleTimeoutMs: 60_000,
      animaticEpisode: undefined,
    });
    expect(setup.failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    await engine.request({ showId, kind: "episodes", title: "Season", source: "test" });
    await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    const cast = await loadCharacters(db, showId);
    names = new Map(cast.map((member) => [member.id, member.name]));
    const [first, second] = cast;
    openai.script("responses", { document: realisticScript(first!.id, second!.id) });
    const episode = await episodeOne(engine, showId);
    episodeId = episode.id;
    beforeAnimatic = openai.requests.length;
    await requestAnimatic(engine, showId, episode.id);
    const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    expect(failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    board = await getStoryboard(db, showId, episode.id);
  }, 400_000);
  afterAll(async () => {
    await t?.close();
    await openai?.close();
  });

  const file = (url: string) =>
    t.container.media.localPath(url.replace(/^\/api\/media\//, "")) ?? "";

  it("makes each piece once: one task per frame, line and score, none retried", async () => {
    const { engine } = t.container;
    const made = await engine.list({ status: "all", showId, limit: 500 });
    const pieces = made.filter((task) =>
      ["storyboard_frame", "voice_line", "score", "episode_animatic"].includes(task.kind),
    );
    const repeated = await Promise.all(
      pieces
        .filter(
          (task) =>
            task.attempt > 1 ||
            pieces.some(
              (other) =>
                other.id !== task.id && other.kind === task.kind && other.target === task.target,
            ),
        )
        .map(async (task) => {
          const detail = await engine.get(task.id);
          return `${task.kind} ${task.target} v${task.version} a${task.attempt} ${task.status}: ${detail.events.map((event) => `${event.type} ${event.message}`).join(" | ")}`;
        }),
    );
    expect(repeated).toEqual([]);
  });

  it("writes the cold open through the Responses API with the episode_script schema", () => {
    const scripts = openai.requests.filter(
      (request) =>
        request.route === "responses" &&
        (request.json as { text?: { format?: { name?: string } } }).text?.format?.name ===
          "episode_script",
    );
    expect(scripts).toHaveLength(1);
    expect(board.shots).toHaveLength(9);
    expect(board.plannedSeconds).toBe(52);
  });

  it("draws every frame on gpt-image-1 with the portraits of the shot's characters", async () => {
    const { db } = t.container;
    const rows = await db.select().from(assets).where(eq(assets.showId, showId));
    const portraits = new Map(
      rows.filter((row) => row.kind === "portrait").map((row) => [row.characterId, row]),
    );
    const imageRequests = openai.requests.filter(
      (request) => request.route === "images.edits" || request.route === "images.generations",
    );
    const promptOf = (request: (typeof imageRequests)[number]) =>
      String(
        (request.form as Form | undefined)?.prompt?.[0] ??
          (request.json as { prompt?: string } | undefined)?.prompt ??
          "",
      );
    for (const shot of board.shots) {
      expect(shot.frame, `shot ${shot.number}`).toMatchObject({
        provider: "openai",
        model: "gpt-image-1",
      });
      const sent = imageRequests.filter((request) => promptOf(request).includes(shot.spec.action));
      expect(sent, `one image request for shot ${shot.number}`).toHaveLength(1);
      const request = sent[0]!;
      const inShot = shot.spec.characterIds.filter((id) => portraits.has(id));
      if (inShot.length === 0) {
        expect(request.route).toBe("images.generations");
        continue;
      }
      // Each portrait went up as an image, so the model draws the same faces.
      expect(request.route).toBe("images.edits");
      const uploads = ((request.form as Form)["image[]"] ?? []) as { size: number }[];
      expect(uploads.length, `shot ${shot.number} references`).toBe(inShot.length);
      const portraitBytes = await Promise.all(
        inShot.map(
          async (id) =>
            (await readFile(file(`/api/media/${portraits.get(id)!.storageKey}`))).length,
        ),
      );
      expect(uploads.map((upload) => upload.size).sort()).toEqual(portraitBytes.sort());
      for (const id of inShot) {
        expect(promptOf(request)).toContain(names.get(id)!);
      }
    }
  });

  it("speaks every line on gpt-4o-mini-tts in its speaker's voice, delivery as instructions", () => {
    const speech = openai.requests
      .slice(beforeAnimatic)
      .filter((request) => request.route === "audio.speech");
    const lines = board.shots.flatMap((shot) => shot.lines);
    expect(speech).toHaveLength(lines.length);
    const voiceOf = new Map(board.voices.map((entry) => [entry.characterId, entry.voice]));
    for (const line of lines) {
      const sent = speech.filter(
        (request) => (request.json as { input: string }).input === line.text,
      );
      expect(sent, line.text).toHaveLength(1);
      const body = sent[0]!.json as { model: string; voice: string; instructions?: string };
      expect(body.model).toBe("gpt-4o-mini-tts");
      expect(body.voice).toBe(voiceOf.get(line.characterId)!.voiceId);
      if (line.delivery) {
        expect(body.instructions).toContain(line.delivery);
      }
      expect(line.take).toMatchObject({ provider: "openai", model: "gpt-4o-mini-tts" });
    }
    // Two characters do not share a voice.
    const [first, second] = board.voices;
    expect(first!.voice.voiceId).not.toBe(second!.voice.voiceId);
  });

  it("cuts the takes onto their shots: as long as the shots, speech where the lines are, a cue each", async () => {
    expect(board.animaticCurrent).toBe(true);
    const video = file(board.animatic!.url);
    const info = await inspectVideo(video);
    const timed = timedBoard(board);
    const total = timed.reduce((sum, shot) => sum + shot.durationSeconds, 0);
    expect(info.durationSeconds).toBeGreaterThan(total - 0.15);
    expect(info.durationSeconds).toBeLessThan(total + 0.15);
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
    // Every line is heard, and over the bed: the music ducks under speech.
    for (const level of spoken) {
      expect(level).toBeGreaterThan(-35);
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(quiet.length).toBeGreaterThan(0);
    expect(mean(spoken)).toBeGreaterThan(mean(quiet));
    const vtt = await readFile(file(board.subtitles.vtt!.url), "utf8");
    const cues = vtt.split("\n").filter((line) => line.includes("-->"));
    expect(cues).toHaveLength(board.shots.reduce((sum, shot) => sum + shot.lines.length, 0));
  });

  it("never cuts a take made for words edited while it was spoken; the next cut revoices them", async () => {
    const { db, engine } = t.container;
    const shot = board.shots.find((candidate) => candidate.spec.dialogue.length > 0)!;
    const [line, ...rest] = shot.spec.dialogue;
    const target = `${shot.id}:${line!.id}`;
    const say = (words: string) =>
      updateShot(db, showId, shot.id, { dialogue: [{ ...line!, line: words }, ...rest] });
    // Each new take is held on the wire for a while, so the edit lands while it is spoken.
    const held = () => ({
      raw: {
        status: 200,
        headers: { "content-type": "audio/wav" },
        body: toneWav(2, { streamedHeader: true }),
        delayMs: 4_000,
      },
    });
    openai.script("audio.speech", held(), held());
    const spokenBefore = openai.count("audio.speech");

    await say("Who gave you this number?");
    const { requested } = await requestAnimatic(engine, showId, episodeId);
    const first = requested.find((task) => task.kind === "voice_line" && task.target === target)!;
    expect(first).toBeDefined();
    await waitFor(async () => openai.count("audio.speech") > spokenBefore || undefined, 60_000);
    await say("Hang up. Please.");
    await waitForStatus(engine, first.id, "succeeded", 60_000);

    // The old words' take landed, but the board does not take it for the new words.
    const between = await getStoryboard(db, showId, episodeId);
    const stale = between.shots
      .find((candidate) => candidate.id === shot.id)!
      .lines.find((candidate) => candidate.lineId === line!.id)!;
    expect(stale.text).toBe("Hang up. Please.");
    expect(stale.take).toBeNull();
    expect(between.animaticCurrent).toBe(false);

    const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    expect(failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    const recut = await getStoryboard(db, showId, episodeId);
    const voiced = recut.shots
      .find((candidate) => candidate.id === shot.id)!
      .lines.find((candidate) => candidate.lineId === line!.id)!;
    expect(voiced.take).not.toBeNull();
    const inputs = openai.requests
      .filter((request) => request.route === "audio.speech")
      .slice(spokenBefore)
      .map((request) => (request.json as { input: string }).input);
    expect(inputs).toEqual(["Who gave you this number?", "Hang up. Please."]);
    expect(recut.animaticCurrent).toBe(true);
    const vtt = await readFile(file(recut.subtitles.vtt!.url), "utf8");
    expect(vtt).toContain("Hang up. Please.");
    expect(vtt).not.toContain("Who gave you this number?");
  }, 300_000);

  it("keeps speaking in OpenAI voices when a character's chosen voice is an offline one", async () => {
    const { db, engine } = t.container;
    const [first] = await loadCharacters(db, showId);
    // Picked while the show spoke offline; OpenAI answers 400 for a voice it does not have.
    await updateCharacter(db, showId, first!.id, {
      voice: { voiceId: "en-us+f3", pitch: 55, rate: 170, notes: "" },
    });
    await requestAnimatic(engine, showId, episodeId);
    const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    expect(failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);
    const after = await getStoryboard(db, showId, episodeId);
    const voice = after.voices.find((entry) => entry.characterId === first!.id)!;
    expect(openAISpeechVoices).toContain(voice.voice.voiceId);
    expect(voice.chosen).toBe(false);
    expect(after.animaticCurrent).toBe(true);
  }, 300_000);
});
