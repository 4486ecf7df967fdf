import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  cast,
  liveActionBlueprint,
  writeFixturePortraits,
} from "@/server/providers/offline/image/test-fixtures";
import { createOpenAIImageProvider } from "@/server/providers/openai";
import { createReplicateImageProvider } from "@/server/providers/replicate";
import type { ImageRequest, MediaRef } from "@/server/providers/types";
import { type OpenAIFake, startOpenAIFake } from "../fakes/openai-fake";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";

/**
 * A storyboard frame on a paid image model: the shot's characters go as their portraits, so the
 * model draws the same faces, and the frame comes back 16:9 at the size the board asked for.
 */

let directory: string;
let portraits: MediaRef[];

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "greenlight-frame-refs-"));
  portraits = (await writeFixturePortraits(directory, 128))
    .slice(0, 2)
    .map((portrait) => ({ path: portrait.path, mime: "image/png" }));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const frameRequest = (model: string): ImageRequest => ({
  prompt:
    "A storyboard frame from The Salt Archive. EXT. SEA WALL - NIGHT. Over-the-shoulder shot, camera static: Maren hands Tobias the ledger.",
  references: portraits,
  size: { width: 1280, height: 720 },
  context: {
    purpose: "storyboard_frame",
    blueprint: liveActionBlueprint,
    shot: {
      scene: { interior: false, location: "Sea wall", timeOfDay: "night" },
      durationSeconds: 4,
      framing: "over-the-shoulder",
      cameraMove: "static",
      characterIds: ["maren", "tobias"],
      action: "Maren hands Tobias the ledger.",
      dialogue: [],
      narration: "",
      soundCue: "",
    },
    cast: [0, 1].map((position) => ({
      id: position === 0 ? "maren" : "tobias",
      name: cast[position]!.name,
      position,
      dossier: cast[position]!,
      portrait: portraits[position]!,
    })),
  },
  model,
});

async function sizeOf(data: Buffer) {
  const { width, height, format } = await sharp(data).metadata();
  return { width, height, format };
}

describe("storyboard frames on OpenAI", () => {
  let fake: OpenAIFake;
  beforeEach(async () => {
    fake = await startOpenAIFake({ apiKey: "sk-test-frames" });
  });
  afterEach(async () => {
    await fake.close();
  });

  it("edits with both portraits uploaded, landscape, and crops to 1280×720", async () => {
    const images = createOpenAIImageProvider({ apiKey: "sk-test-frames", baseURL: fake.url });
    const result = await images.generate(frameRequest("gpt-image-1"));

    expect(fake.count("images.edits")).toBe(1);
    const form = fake.requests[0]?.form ?? {};
    expect(form["image[]"]).toMatchObject([
      { filename: "portrait-0.png", type: "image/png" },
      { filename: "portrait-1.png", type: "image/png" },
    ]);
    expect(form.size).toEqual(["1536x1024"]);
    expect(form.input_fidelity).toEqual(["high"]);
    expect(await sizeOf(result.data)).toEqual({ width: 1280, height: 720, format: "png" });
  });
});

describe("storyboard frames on Replicate", () => {
  let fake: ReplicateFake;
  beforeEach(async () => {
    fake = await startReplicateFake({ apiToken: "r8_test" });
  });
  afterEach(async () => {
    await fake.close();
  });

  const images = () =>
    createReplicateImageProvider({
      apiToken: "r8_test",
      baseUrl: fake.url,
      pollIntervalMs: 5,
      maxPollIntervalMs: 20,
    });
  const createInput = () =>
    (
      fake.requests.find((request) => request.route === "predictions.create")?.json as
        | { input?: Record<string, unknown> }
        | undefined
    )?.input ?? {};

  it.each(["google/nano-banana-pro", "bytedance/seedream-4.5"])(
    "%s gets both portraits as image inputs at 16:9",
    async (model) => {
      const result = await images().generate(frameRequest(model));

      const input = createInput();
      expect(input.aspect_ratio).toBe("16:9");
      expect(input.image_input).toHaveLength(2);
      for (const uri of input.image_input as string[]) {
        expect(uri).toMatch(/^data:image\/(png|jpeg);base64,/);
      }
      expect(await sizeOf(result.data)).toEqual({ width: 1280, height: 720, format: "png" });
    },
  );

  it("the paid-job path (submit, then download) sends the same references", async () => {
    const { jobs } = images();
    const { jobId } = await jobs!.submit(frameRequest("google/nano-banana-pro"));
    await fake.finish(jobId);
    const frame = await jobs!.download(jobId, frameRequest("google/nano-banana-pro"));

    expect(createInput().image_input).toHaveLength(2);
    expect(await sizeOf(frame.data)).toEqual({ width: 1280, height: 720, format: "png" });
  });
});
