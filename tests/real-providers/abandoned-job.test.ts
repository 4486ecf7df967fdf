import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor } from "../helpers/test-engine";
import {
  characterVideoRequest,
  type ReplicateVideoShow,
  showReadyForReplicateVideo,
} from "./show-setup";

const apiToken = "r8_abandoned";

/**
 * A paid prediction whose task ends while no attempt is alive to stop it — canceled while it waits
 * in the queue after its worker went away — used to keep running (and billing) at Replicate,
 * never collected. The engine now lets the kind cancel the job its checkpoint names.
 */
describe("a paid job left behind by a task that ended without its attempt", () => {
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

  it("is canceled at the provider when the queued task is canceled", async () => {
    const { engine } = t.container;
    replicate.planNextPrediction({ pollsUntilDone: 100_000 });
    const { task } = await engine.request(characterVideoRequest(show));
    const predictionId = await waitFor(async () => {
      const { events } = await engine.get(task.id);
      const checkpoint = events.find((event) => event.type === "checkpoint");
      return checkpoint?.message.match(/job (\S+)$/)?.[1] ?? null;
    }, 15_000);
    // The worker goes away (a shutdown hands the task back to the queue with its checkpoint)…
    await engine.stopWorker();
    await waitFor(async () => ((await engine.get(task.id)).status === "queued" ? true : null));
    // …and the user cancels it before any worker picks it up again.
    const cancels = replicate.count("predictions.cancel");
    await engine.cancel(task.id);
    expect(replicate.count("predictions.cancel") - cancels).toBe(1);
    expect(replicate.predictions.get(predictionId)?.json.status).toBe("canceled");
    const { events } = await engine.get(task.id);
    expect(events.at(-1)?.message).toMatch(`Nothing will collect job ${predictionId}`);
  });
});
