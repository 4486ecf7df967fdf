import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cast, liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import { createReplicateVideoProvider } from "@/server/providers/replicate";
import type { MediaRef, VideoRequest } from "@/server/providers/types";
import { type ReplicateFake, replicateErrors, startReplicateFake } from "../fakes/replicate-fake";
import { closedPortUrl, expectProviderError, referenceImages } from "./provider-test-helpers";

const apiToken = "r8_test_greenlight";
let fake: ReplicateFake;

beforeEach(async () => {
  fake = await startReplicateFake({ apiToken });
});
afterEach(async () => {
  await fake.close();
});

const characterRequest = (references: MediaRef[] = [], model = "google/veo-3.1"): VideoRequest => ({
  prompt: "A storm over the drowned village; the archive lamps flicker on.",
  references,
  durationSeconds: 8,
  aspect: "16:9",
  resolution: "1080p",
  audio: true,
  context: {
    purpose: "character_video",
    blueprint: liveActionBlueprint,
    dossier: cast[0]!,
    portrait: references[0] ?? { path: "/nowhere/portrait.png", mime: "image/png" },
  },
  model,
});

const videos = (overrides: { apiToken?: string; baseUrl?: string; webhookUrl?: string } = {}) =>
  createReplicateVideoProvider({ apiToken, baseUrl: fake.url, ...overrides });

describe("Replicate video predictions", () => {
  it("submit creates one prediction with Veo's own input names and returns at once", async () => {
    const references = await referenceImages(2);
    const job = await videos().submit(characterRequest(references));

    expect(fake.count("predictions.create")).toBe(1);
    expect(fake.count("predictions.get")).toBe(0);
    const [create] = fake.requests;
    expect(create?.path).toBe("/v1/models/google/veo-3.1/predictions");
    expect(create?.headers.authorization).toBe(`Bearer ${apiToken}`);
    const input = (create?.json as { input?: Record<string, unknown> } | undefined)?.input ?? {};
    expect(input).toMatchObject({
      prompt: characterRequest().prompt,
      aspect_ratio: "16:9",
      duration: 8,
      resolution: "1080p",
      generate_audio: true,
    });
    expect(input.reference_images).toHaveLength(2);
    expect(String((input.reference_images as string[])[0])).toMatch(/^data:image\/png;base64,/);
    expect(job.jobId).toBe([...fake.predictions.keys()][0]);
    // Veo 3.1 with audio: $0.40 a second.
    expect(job.costUsd).toBeCloseTo(3.2);
  });

  it("reports a slow job's progress from its logs, naming the model, until it succeeds", async () => {
    fake.planNextPrediction({ pollsUntilDone: 4, logs: "tqdm" });
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());

    const seen = [];
    for (let poll = 0; poll < 4; poll += 1) {
      seen.push(await provider.status(jobId));
    }
    expect(seen.map((status) => status.stage)).toEqual([
      "Veo 3.1 · processing 25%",
      "Veo 3.1 · processing 50%",
      "Veo 3.1 · processing 75%",
      "Veo 3.1 · done",
    ]);
    expect(seen[1]).toMatchObject({ state: "processing", progress: 0.5 });
    expect(seen[3]?.state).toBe("succeeded");
  });

  it("reads plain percentages too, and says only 'processing' when a model prints none", async () => {
    fake.planNextPrediction({ pollsUntilDone: 3, logs: "percent" });
    fake.planNextPrediction({ pollsUntilDone: 3, logs: "none" });
    const provider = videos();
    const percent = await provider.submit(characterRequest());
    const silent = await provider.submit(characterRequest());
    expect(await provider.status(percent.jobId)).toMatchObject({
      progress: 0.33,
      stage: "Veo 3.1 · processing 33%",
    });
    const quiet = await provider.status(silent.jobId);
    expect(quiet).toMatchObject({ state: "processing", stage: "Veo 3.1 · processing" });
    expect(quiet.progress).toBeUndefined();
  });

  it("resumes from the prediction id alone: a new provider polls and downloads the same job", async () => {
    fake.planNextPrediction({ pollsUntilDone: 2 });
    const { jobId } = await videos().submit(characterRequest());

    const afterRestart = videos();
    expect((await afterRestart.status(jobId)).state).toBe("processing");
    expect((await afterRestart.status(jobId)).state).toBe("succeeded");
    const video = await afterRestart.download(jobId);

    expect(video.mime).toBe("video/mp4");
    expect(video.data.subarray(4, 8).toString("ascii")).toBe("ftyp");
    expect(fake.count("predictions.create")).toBe(1);
  });

  it("an expired output URL is terminal output_expired carrying the prediction id", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outputExpired: true });
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());
    await provider.status(jobId);
    const error = await expectProviderError(provider.download(jobId));
    expect(error).toMatchObject({ code: "output_expired", retryable: false, requestId: jobId });
    expect(error.userMessage).toMatch(/Generate it again/);
  });

  it("a prediction whose data was removed is output_expired without a download", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, dataRemoved: true });
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());
    await provider.status(jobId);
    expect((await expectProviderError(provider.download(jobId))).code).toBe("output_expired");
    expect(fake.count("files")).toBe(0);
  });

  it("a failed prediction reports why; a flagged one is moderation", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outcome: { failed: "CUDA out of memory" } });
    fake.planNextPrediction({
      pollsUntilDone: 1,
      outcome: {
        failed:
          "The input or output was flagged as sensitive. Please try again with different inputs. (E005)",
      },
    });
    const provider = videos();
    const crashed = await provider.submit(characterRequest());
    const flagged = await provider.submit(characterRequest());

    expect(await provider.status(crashed.jobId)).toMatchObject({
      state: "failed",
      error: { code: "job_failed", message: "Veo 3.1 failed: CUDA out of memory" },
    });
    expect((await provider.status(flagged.jobId)).error?.code).toBe("moderation");
    expect((await expectProviderError(provider.download(flagged.jobId))).code).toBe("moderation");
  });

  it("an aborted prediction (deadline passed before it started) is a failed job", async () => {
    fake.planNextPrediction({ pollsUntilDone: 1, outcome: "aborted" });
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());
    const status = await provider.status(jobId);
    expect(status).toMatchObject({ state: "failed", error: { code: "job_interrupted" } });
    expect(status.error?.message).toMatch(/never started/);
  });

  it("cancel stops the prediction through the API", async () => {
    fake.planNextPrediction({ pollsUntilDone: 5 });
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());
    await provider.status(jobId);

    expect(await provider.cancel(jobId)).toEqual({
      canceled: true,
      note: "Replicate stopped the prediction",
    });
    expect(fake.count("predictions.cancel")).toBe(1);
    expect(await provider.status(jobId)).toMatchObject({
      state: "canceled",
      stage: "Veo 3.1 · canceled",
    });
  });

  it("asks for a completed webhook when a webhook URL is configured", async () => {
    await videos({ webhookUrl: "https://greenlight.example/api/webhooks/replicate" }).submit(
      characterRequest(),
    );
    expect(fake.requests[0]?.json).toMatchObject({
      webhook: "https://greenlight.example/api/webhooks/replicate",
      webhook_events_filter: ["completed"],
    });
  });
});

describe("Replicate error answers", () => {
  it("429 on create is retryable with Retry-After and is sent exactly once", async () => {
    fake.script("predictions.create", replicateErrors.throttled(5));
    const error = await expectProviderError(videos().submit(characterRequest()));
    expect(error).toMatchObject({
      code: "rate_limited",
      retryable: true,
      retryAfterMs: expect.toSatisfy((ms: number) => ms >= 5000 && ms <= 5500),
      provider: "replicate",
    });
    // The client would retry a 429 five times by itself; the adapter lets the engine decide.
    expect(fake.count("predictions.create")).toBe(1);
  });

  it("5xx while polling is retryable, with the prediction id as request id", async () => {
    const provider = videos();
    const { jobId } = await provider.submit(characterRequest());
    fake.script("predictions.get", replicateErrors.serverError(503));
    const error = await expectProviderError(provider.status(jobId));
    expect(error).toMatchObject({
      code: "provider_unavailable",
      retryable: true,
      requestId: jobId,
    });
    expect(fake.count("predictions.get")).toBe(1);
  });

  it("401 is bad_key, 402 asks for credit, 422 quotes the invalid field", async () => {
    const badToken = await expectProviderError(
      videos({ apiToken: "r8_wrong" }).submit(characterRequest()),
    );
    expect(badToken).toMatchObject({ code: "auth", retryable: false });
    expect(badToken.userMessage).toContain("REPLICATE_API_TOKEN");

    fake.script("predictions.create", replicateErrors.insufficientCredit());
    const broke = await expectProviderError(videos().submit(characterRequest()));
    expect(broke).toMatchObject({ code: "quota", retryable: false });
    expect(broke.userMessage).toMatch(/out of credit/);

    fake.script(
      "predictions.create",
      replicateErrors.invalidInput("input.duration", "must be one of 4, 6, 8"),
    );
    const invalid = await expectProviderError(videos().submit(characterRequest()));
    expect(invalid.code).toBe("invalid_input");
    expect(invalid.userMessage).toContain("input.duration: must be one of 4, 6, 8");
  });

  it("an unknown prediction is not_found", async () => {
    const error = await expectProviderError(videos().status("doesnotexist"));
    expect(error).toMatchObject({ code: "not_found", requestId: "doesnotexist" });
  });

  it("a closed port and a dropped connection are retryable network errors", async () => {
    const down = await expectProviderError(
      videos({ baseUrl: await closedPortUrl() }).submit(characterRequest()),
    );
    expect(down).toMatchObject({ code: "network", retryable: true });
    fake.script("predictions.create", replicateErrors.dropConnection());
    expect((await expectProviderError(videos().submit(characterRequest()))).code).toBe("network");
    expect(fake.count("predictions.create")).toBe(1);
  });

  it("a model without an input mapping fails before any request", async () => {
    const error = await expectProviderError(
      videos().submit(characterRequest([], "acme/mystery-video")),
    );
    expect(error).toMatchObject({ code: "invalid_input", retryable: false });
    expect(fake.requests).toHaveLength(0);
  });
});
