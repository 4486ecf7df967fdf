import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import { createReplicateImageProvider } from "@/server/providers/replicate";
import type { ImageRequest, MediaRef } from "@/server/providers/types";
import { type ReplicateFake, replicateErrors, startReplicateFake } from "../fakes/replicate-fake";
import { expectProviderError, referenceImages } from "./provider-test-helpers";

let fake: ReplicateFake;
beforeEach(async () => {
  fake = await startReplicateFake({ apiToken: "r8_test" });
});
afterEach(async () => {
  await fake.close();
});

const posterRequest = (
  model: string,
  references: MediaRef[] = [],
  signal?: AbortSignal,
): ImageRequest => ({
  prompt: "Library poster: the sea wall at night, the drowned village glowing below.",
  references,
  size: { width: 800, height: 1200 },
  context: {
    purpose: "poster",
    blueprint: liveActionBlueprint,
    cast: [],
    grid: references[0] ?? null,
  },
  model,
  signal,
});

const images = () =>
  createReplicateImageProvider({
    apiToken: "r8_test",
    baseUrl: fake.url,
    pollIntervalMs: 5,
    maxPollIntervalMs: 20,
  });

const createInput = () => {
  const create = fake.requests.find((request) => request.route === "predictions.create");
  return (create?.json as { input?: Record<string, unknown> } | undefined)?.input ?? {};
};

describe("Replicate images", () => {
  it("Nano Banana Pro: references as data URIs, nearest aspect, polled to a PNG of the asked size", async () => {
    fake.planNextPrediction({ pollsUntilDone: 3 });
    const result = await images().generate(
      posterRequest("google/nano-banana-pro", await referenceImages(2)),
    );

    expect(createInput()).toMatchObject({
      aspect_ratio: "2:3",
      resolution: "2K",
      output_format: "png",
    });
    expect(createInput().image_input).toHaveLength(2);
    expect(fake.count("predictions.get")).toBe(4);
    const meta = await sharp(result.data).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([800, 1200, "png"]);
    expect(result.costUsd).toBeCloseTo(0.15);
  });

  it("Seedream 4.5 answers with a list of images; the first is used", async () => {
    const result = await images().generate(posterRequest("bytedance/seedream-4.5"));
    expect(createInput()).toMatchObject({ size: "2K", aspect_ratio: "2:3", max_images: 1 });
    expect(result.size).toEqual({ width: 800, height: 1200 });
  });

  it("FLUX 1.1 Pro gets a custom size in multiples of 32 within 1440", async () => {
    await images().generate(
      posterRequest("black-forest-labs/flux-1.1-pro", await referenceImages(1)),
    );
    expect(createInput()).toEqual({
      prompt: posterRequest("x").prompt,
      aspect_ratio: "custom",
      width: 960,
      height: 1440,
      output_format: "png",
    });
  });

  it("rides out one passing poll failure without creating a second prediction", async () => {
    fake.planNextPrediction({ pollsUntilDone: 2 });
    fake.script("predictions.get", replicateErrors.serverError(502));
    await images().generate(posterRequest("google/nano-banana-pro"));
    expect(fake.count("predictions.create")).toBe(1);
    expect(fake.count("predictions.get")).toBe(4);
  });

  it("a flagged prediction is a terminal moderation error", async () => {
    fake.planNextPrediction({
      pollsUntilDone: 1,
      outcome: { failed: "Content flagged by safety filter (E005)" },
    });
    const error = await expectProviderError(
      images().generate(posterRequest("google/nano-banana-pro")),
    );
    expect(error).toMatchObject({ code: "moderation", retryable: false });
    expect(error.requestId).toBe([...fake.predictions.keys()][0]);
  });

  it("an expired output is output_expired", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outputExpired: true });
    const error = await expectProviderError(
      images().generate(posterRequest("google/nano-banana-pro")),
    );
    expect(error.code).toBe("output_expired");
  });

  it("aborting while it runs cancels the prediction on Replicate", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1_000 });
    const controller = new AbortController();
    const reason = new Error("task canceled");
    const generation = images().generate(
      posterRequest("google/nano-banana-pro", [], controller.signal),
    );
    await expect.poll(() => fake.count("predictions.get")).toBeGreaterThan(1);
    controller.abort(reason);

    await expect(generation).rejects.toBe(reason);
    expect(fake.count("predictions.cancel")).toBe(1);
    expect([...fake.predictions.values()][0]?.json.status).toBe("canceled");
  });

  it("a video model is refused for an image", async () => {
    const error = await expectProviderError(images().generate(posterRequest("google/veo-3.1")));
    expect(error.userMessage).toMatch(/makes videos, not images/);
  });
});
