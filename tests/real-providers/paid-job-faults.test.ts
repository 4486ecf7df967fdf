import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShow } from "../../src/server/shows/create-show";
import { type OpenAIFake, openAIErrors, startOpenAIFake } from "../fakes/openai-fake";
import { type ReplicateFake, replicateErrors, startReplicateFake } from "../fakes/replicate-fake";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";
import {
  characterVideoRequest,
  type ReplicateVideoShow,
  showReadyForReplicateVideo,
} from "./show-setup";

const apiKey = "sk-faults";
const apiToken = "r8_faults";

describe("a paid Replicate character video rides out faults while it renders", () => {
  let replicate: ReplicateFake;
  let t: TestContainer;
  let show: ReplicateVideoShow;
  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken });
    t = await createTestContainer({
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    show = await showReadyForReplicateVideo(t.container.engine);
  });
  afterAll(async () => {
    await t?.close();
    await replicate?.close();
  });

  const characterVideoTask = async () => {
    const { engine } = t.container;
    const { task } = await engine.request(characterVideoRequest(show));
    return task.id;
  };

  it("3 × 503 on status checks and 2 on the download: the video is saved from 1 create", async () => {
    const { engine } = t.container;
    const creates = replicate.count("predictions.create");
    replicate.planNextPrediction({ pollsUntilDone: 4 });
    replicate.script(
      "predictions.get",
      replicateErrors.serverError(503),
      replicateErrors.serverError(503),
      replicateErrors.serverError(503),
    );
    replicate.script("files", replicateErrors.serverError(502), replicateErrors.dropConnection());
    const taskId = await characterVideoTask();
    const done = await waitForStatus(engine, taskId, "succeeded", 15_000);
    expect(done).toMatchObject({ attempt: 1, costUsd: 3.2 });
    expect(replicate.count("predictions.create") - creates).toBe(1);
    const { events } = await engine.get(taskId);
    expect(events.some((event) => /trying again in place/.test(event.message))).toBe(true);
  });

  // Chaos found it: at 20 % 5xx a Veo clip lost all three of its attempts to its create call.
  it("500s on create, more of them than the task has attempts: waited out, one prediction", async () => {
    const { engine } = t.container;
    const creates = replicate.count("predictions.create");
    replicate.planNextPrediction({ pollsUntilDone: 1 });
    replicate.script(
      "predictions.create",
      replicateErrors.serverError(500),
      replicateErrors.serverError(503),
      replicateErrors.serverError(500),
    );
    const taskId = await characterVideoTask();
    const done = await waitForStatus(engine, taskId, "succeeded", 90_000);
    expect(done.attempt).toBe(1);
    // Four asked (three refused), one made.
    expect(replicate.count("predictions.create") - creates).toBe(4);
    const retries = done.events.filter((event) => event.type === "retry");
    expect(retries).toHaveLength(3);
    expect(retries[0]?.message).toMatch(/Replicate had a problem \(500\).*spends no attempt/);
  }, 120_000);

  it("a 6 s outage of status checks: still one create, the video is saved", async () => {
    const { engine } = t.container;
    const creates = replicate.count("predictions.create");
    replicate.planNextPrediction({ pollsUntilDone: 2 });
    const taskId = await characterVideoTask();
    await waitForStatus(engine, taskId, "running", 5_000);
    replicate.outage("predictions.get", 6_000, replicateErrors.unavailable());
    const done = await waitForStatus(engine, taskId, "succeeded", 15_000);
    expect(done.attempt).toBe(1);
    expect(replicate.count("predictions.create") - creates).toBe(1);
  }, 20_000);

  it("a prediction flagged as sensitive (E005) fails the task as moderation", async () => {
    const { engine } = t.container;
    replicate.planNextPrediction({
      pollsUntilDone: 1,
      outcome: {
        failed:
          "The input or output was flagged as sensitive. Please try again with different inputs. (E005)",
      },
    });
    const taskId = await characterVideoTask();
    const failed = await waitForStatus(engine, taskId, "failed", 10_000);
    expect(failed.error).toMatchObject({ code: "moderation", retryable: false });
    expect(failed.error?.message).toMatch(/sensitive/);
  });
});

describe("OpenAI 429 with only x-ratelimit-reset-requests", () => {
  let openai: OpenAIFake;
  let t: TestContainer;
  beforeAll(async () => {
    openai = await startOpenAIFake({ apiKey });
    t = await createTestContainer({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: openai.url });
  });
  afterAll(async () => {
    await t?.close();
    await openai?.close();
  });

  it("the blueprint waits at least the 7 s the headers ask for, then succeeds", async () => {
    const { engine } = t.container;
    openai.script("responses", openAIErrors.rateLimitedByReset("7s"));
    const show = await createShow(engine, {
      premise: "A ferry pilot ferries ghosts across a fjord at night",
      autopilot: false,
      settings: { characterCount: 1, text: { provider: "openai", model: "gpt-6.1-terra" } },
    });
    await waitFor(async () => openai.count("responses") >= 1 || undefined, 10_000);
    const throttledAt = Date.now();
    await waitFor(async () => openai.count("responses") >= 2 || undefined, 20_000);
    // The 429 reached us a moment before we saw it counted: allow that moment.
    expect(Date.now() - throttledAt).toBeGreaterThanOrEqual(7_000 - 100);
    const blueprint = (await engine.list({ status: "all", showId: show.id, limit: 10 })).find(
      (task) => task.kind === "blueprint",
    );
    const done = await waitForStatus(engine, blueprint!.id, "succeeded", 10_000);
    // Waiting out a rate limit spends no attempt.
    expect(done.attempt).toBe(1);
  }, 30_000);

  it("20 s of 429s (reset headers only): the blueprint still succeeds, never failed", async () => {
    const { engine } = t.container;
    openai.outage("responses", 20_000, () => openAIErrors.rateLimitedByReset("7s"));
    const show = await createShow(engine, {
      premise: "A night-ferry pilot keeps a logbook of passengers nobody else can see",
      autopilot: false,
      settings: { characterCount: 1, text: { provider: "openai", model: "gpt-6.1-terra" } },
    });
    const blueprint = await waitFor(async () =>
      (await engine.list({ status: "all", showId: show.id, limit: 10 })).find(
        (task) => task.kind === "blueprint",
      ),
    );
    const done = await waitForStatus(engine, blueprint.id, "succeeded", 45_000);
    expect(done.attempt).toBeLessThanOrEqual(done.maxAttempts);
    const { events } = await engine.get(blueprint.id);
    // It was throttled, waited, and was never failed on the way.
    expect(events.some((event) => event.type === "retry")).toBe(true);
    expect(events.some((event) => event.type === "failed")).toBe(false);
  }, 60_000);
});
