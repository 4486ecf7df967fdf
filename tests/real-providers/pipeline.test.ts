import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { toStrictJsonSchema } from "../../src/server/providers/openai";
import { createShow } from "../../src/server/shows/create-show";
import { blueprintSchema } from "../../src/server/shows/documents";
import { getShowDetail } from "../../src/server/shows/show-views";
import { sampleFromJsonSchema } from "../fakes/json-schema-sample";
import { type OpenAIFake, startOpenAIFake } from "../fakes/openai-fake";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import type { TestContainer } from "../helpers/test-container";
import { createPatientContainer } from "../storyboard/storyboard-fixtures";

const apiKey = "sk-greenlight-e2e";
const apiToken = "r8_greenlight_e2e";

const seed = (name: string, role: string) => ({
  name,
  role,
  summary: `${name} keeps the station on air`,
  vibe: "tired, kind",
  keyVisualTrait: "a red scarf",
});

describe("autopilot on real adapters: OpenAI text and images, Replicate video (fakes)", () => {
  let openai: OpenAIFake;
  let replicate: ReplicateFake;
  let t: TestContainer;
  beforeAll(async () => {
    [openai, replicate] = await Promise.all([
      startOpenAIFake({ apiKey }),
      startReplicateFake({ apiToken, defaultPlan: { pollsUntilDone: 3 } }),
    ]);
    // A patient worker: the test counts every paid request, and a loaded machine must not have a
    // busy worker declared lost and a piece made twice.
    t = await createPatientContainer({
      OPENAI_API_KEY: apiKey,
      OPENAI_BASE_URL: openai.url,
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([openai?.close(), replicate?.close()]);
  });

  it("takes a premise to a trailer cut from paid clips and records what every step cost", async () => {
    const { engine, db, media } = t.container;
    // The fake answers any schema with its smallest sample, which is a cast of one; script two.
    openai.script(
      "responses",
      { document: sampleFromJsonSchema(toStrictJsonSchema(blueprintSchema, "blueprint")) },
      { document: { characters: [seed("Inês", "the host"), seed("Tomás", "the engineer")] } },
    );
    const show = await createShow(engine, {
      premise: "A night-shift radio host in Lisbon takes calls from people who are not alive",
      settings: {
        characterCount: 2,
        // This test follows the chain to the trailer; the season after it is tested offline.
        autopilotThrough: "trailer",
        text: { provider: "openai", model: "gpt-6.1-terra" },
        image: { provider: "openai", model: "gpt-image-2.6-sunburst" },
        video: { provider: "replicate", model: "google/veo-3.1" },
        // The user confirmed the paid estimate: autopilot makes the trailer's clips.
        paidVideosConfirmed: true,
      },
    });
    const { failed } = await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 30_000 });
    expect(failed.map((task) => `${task.kind}: ${task.error?.message}`)).toEqual([]);

    const detail = await getShowDetail(db, show.id);
    const { plan } = await loadTrailerPlan(db, show.id);
    const pictures = plan.shots.filter((shot) => !shot.isCard);
    expect(pictures.length).toBeGreaterThan(0);
    // The trailer is cut here from the board: a clip per picture shot, the end card, 30 s.
    expect(detail.trailer).toMatchObject({
      kind: "trailer",
      provider: "greenlight",
      mime: "video/mp4",
      costUsd: 0,
      width: 1280,
      height: 720,
    });
    expect(Math.abs((detail.trailer?.durationSeconds ?? 0) - 30)).toBeLessThanOrEqual(0.5);
    const file = media.localPath(detail.trailer!.url.replace("/api/media/", ""));
    expect(fs.readFileSync(file!).subarray(4, 8).toString("ascii")).toBe("ftyp");
    for (const member of detail.characters) {
      expect(member.portrait).toMatchObject({
        provider: "openai",
        model: "gpt-image-2.6-sunburst",
      });
    }
    expect(detail.poster).toMatchObject({ provider: "openai", model: "gpt-image-2.6-sunburst" });
    for (const shot of pictures) {
      expect(shot.clipCurrent, `shot ${shot.row.position + 1} has its clip`).toBe(true);
    }

    // Text went through the Responses API (the trailer's script too), images through generate
    // and edit (portraits, poster, a frame per picture shot), video as one job per picture shot.
    expect(openai.count("responses")).toBe(5);
    expect(openai.count("images.generations") + openai.count("images.edits")).toBe(
      3 + pictures.length,
    );
    expect(replicate.count("predictions.create")).toBe(pictures.length);
    const create = replicate.requests.find((request) => request.route === "predictions.create");
    expect(create?.path).toBe("/v1/models/google/veo-3.1/predictions");

    const tasks = await engine.list({ status: "all", showId: show.id, limit: 200 });
    // Grids, the score and voice (offline here) and the cut itself cost nothing.
    const free = new Set(["portrait_grid", "score", "voice_line", "trailer"]);
    const paid = tasks.filter((task) => !free.has(task.kind));
    expect(paid.map((task) => task.kind).sort()).toEqual(
      [
        "blueprint",
        "characters",
        "dossier",
        "dossier",
        "portrait",
        "portrait",
        "poster",
        "trailer_script",
        ...pictures.map(() => "storyboard_frame"),
        ...pictures.map(() => "shot_clip"),
      ].sort(),
    );
    for (const task of paid) {
      expect(task.costUsd, `${task.kind} cost`).toBeGreaterThan(0);
    }
    const total = tasks.reduce((sum, task) => sum + (task.costUsd ?? 0), 0);
    expect(detail.costUsd).toBeCloseTo(total, 6);
  });
});
