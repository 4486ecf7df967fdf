import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cast, liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import {
  createReplicateModelRegistry,
  createReplicateVideoProvider,
  modelFromMapping,
} from "@/server/providers/replicate";
import type { MediaRef, VideoRequest } from "@/server/providers/types";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { expectProviderError, referenceImages } from "./provider-test-helpers";

let fake: ReplicateFake;
beforeEach(async () => {
  fake = await startReplicateFake();
});
afterEach(async () => {
  await fake.close();
});

const clipRequest = (
  model: string,
  references: MediaRef[],
  overrides: Partial<VideoRequest> = {},
): VideoRequest => ({
  prompt: "The archivist opens the flooded ledger.",
  references,
  durationSeconds: 7,
  aspect: "9:16",
  resolution: "1080p",
  audio: true,
  context: {
    purpose: "episode_clip",
    blueprint: liveActionBlueprint,
    episode: { number: 1, title: "Low Tide", logline: cast[0]!.showcaseScene },
    still: references[0] ?? { path: "/missing.png", mime: "image/png" },
  },
  model,
  ...overrides,
});

const sentInput = () =>
  (fake.requests.at(-1)?.json as { input?: Record<string, unknown> } | undefined)?.input ?? {};

describe("the Replicate model registry", () => {
  it("Veo 3.1 animates an episode still as its start frame at the nearest duration", async () => {
    const provider = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url });
    await provider.submit(clipRequest("google/veo-3.1", await referenceImages(1)));
    const input = sentInput();
    expect(input).toMatchObject({ aspect_ratio: "9:16", duration: 8, resolution: "1080p" });
    expect(String(input.image)).toMatch(/^data:image\/png;base64,/);
    expect(input.reference_images).toBeUndefined();
  });

  it("Kling 3 picks its pro tier for 1080p and keeps the duration in 3–15 s", async () => {
    const provider = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url });
    const job = await provider.submit(
      clipRequest("kwaivgi/kling-v3-video", await referenceImages(1), { durationSeconds: 20 }),
    );
    expect(fake.requests.at(-1)?.path).toBe("/v1/models/kwaivgi/kling-v3-video/predictions");
    expect(sentInput()).toMatchObject({
      mode: "pro",
      aspect_ratio: "9:16",
      duration: 15,
      generate_audio: true,
    });
    expect(typeof sentInput().start_image).toBe("string");
    // $0.224 a second at pro, 1.5x with audio.
    expect(job.costUsd).toBeCloseTo(5.04);
  });

  it("Kling 2.1 needs a start image and says so before paying for anything", async () => {
    const provider = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url });
    const error = await expectProviderError(provider.submit(clipRequest("kwaivgi/kling-v2.1", [])));
    expect(error.userMessage).toMatch(/start image/);
    expect(fake.requests).toHaveLength(0);
  });

  it("a pinned version is created through /v1/predictions with its version id", async () => {
    const version = "a".repeat(64);
    const provider = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url });
    await provider.submit(clipRequest(`google/veo-3.1:${version}`, []));
    expect(fake.requests.at(-1)?.path).toBe("/v1/predictions");
    expect(fake.requests.at(-1)?.json).toMatchObject({ version });
  });

  it("runs a configured model through its input mapping", async () => {
    const models = createReplicateModelRegistry();
    models.registerModel(
      modelFromMapping({
        id: "acme/clipper",
        label: "Clipper",
        kind: "video",
        inputs: {
          image: "first_frame",
          duration: "seconds",
          durations: [5, 10],
          aspectRatio: "ratio",
        },
        fixed: { fps: 24 },
      }),
    );
    const provider = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url, models });
    const { jobId } = await provider.submit(clipRequest("acme/clipper", await referenceImages(2)));

    expect(fake.requests.at(-1)?.path).toBe("/v1/models/acme/clipper/predictions");
    const input = sentInput();
    expect(input).toMatchObject({
      prompt: "The archivist opens the flooded ledger.",
      seconds: 5,
      ratio: "9:16",
      fps: 24,
    });
    expect(typeof input.first_frame).toBe("string");
    expect((await provider.status(jobId)).stage).toBe("Clipper · processing 50%");
  });

  it("rejects a mapping with an input name that is not one", () => {
    expect(() =>
      modelFromMapping({
        id: "acme/x",
        label: "X",
        kind: "image",
        inputs: { prompt: "no spaces allowed" },
      }),
    ).toThrow();
  });
});
