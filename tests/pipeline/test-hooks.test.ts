import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShow } from "../../src/server/shows/create-show";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitFor, waitForStatus } from "../helpers/test-engine";

describe("test hooks (GREENLIGHT_TEST_HOOKS=true)", () => {
  let t: TestContainer;
  beforeAll(async () => {
    t = await createTestContainer();
  });
  afterAll(async () => t.close());

  const blueprintOf = async (showId: string) =>
    (await t.container.engine.list({ status: "all", showId, kind: "blueprint", limit: 10 }))[0]!;

  it("fails the first version of a kind with a clear reason, and Retry succeeds", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A choir of ghosts haunts a karaoke bar",
      autopilot: false,
      settings: { testFailures: { kinds: ["blueprint"], versions: 1 } },
    });
    const task = await blueprintOf(show.id);
    const failed = await waitForStatus(t.container.engine, task.id, "failed");
    expect(failed.error?.message).toMatch(/failed on purpose \(test hook\)/);
    const retried = await t.container.engine.retry(task.id);
    await waitForStatus(t.container.engine, retried.task.id, "succeeded");
  });

  it("holds a kind in the running state for the asked delay", async () => {
    const show = await createShow(t.container.engine, {
      premise: "A slow-cooked drama about a barbecue pit master",
      autopilot: false,
      settings: { testDelays: { kinds: ["blueprint"], seconds: 1.5 } },
    });
    const task = await blueprintOf(show.id);
    const held = await waitFor(async () => {
      const detail = await t.container.engine.get(task.id);
      return detail.status === "running" && detail.stage.startsWith("Held by a test delay")
        ? detail
        : null;
    });
    expect(held.status).toBe("running");
    await waitForStatus(t.container.engine, task.id, "succeeded");
  });
});
