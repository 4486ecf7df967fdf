import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { queueName } from "../../src/server/tasks/kind-registry";
import { createTestEngine, type TestEngine, waitForStatus } from "../helpers/test-engine";
import { noopKind } from "./test-kinds";

/**
 * A worker can die between taking a task's pg-boss job and claiming the task (or a failed claim
 * can let the job end unclaimed). The task must still run, not wait for its queued deadline.
 */
describe("a queued task whose job can no longer start it", () => {
  let t: TestEngine | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it("gets a new job when the worker that fetched it died before claiming it", async () => {
    const runs = { count: 0 };
    t = await createTestEngine([noopKind("noop", runs)], { worker: false });
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "noop" });
    // The dying worker: it takes the job and is never heard of again.
    const [taken] = await t.boss.fetch(queueName("noop"));
    expect(taken?.data).toEqual({ taskId: task.id });

    await t.engine.startWorker();
    const detail = await waitForStatus(t.engine, task.id, "succeeded", 15_000);
    expect(runs.count).toBe(1);
    expect(detail.events.map((event) => event.type)).toContain("worker_lost");
    expect(detail.attempt).toBe(1);
  });

  it("gets a new job when its job ended without the task being claimed", async () => {
    const runs = { count: 0 };
    t = await createTestEngine([noopKind("noop", runs)], { worker: false });
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "noop" });
    const [taken] = await t.boss.fetch(queueName("noop"));
    await t.boss.complete(queueName("noop"), taken!.id);

    await t.engine.startWorker();
    await waitForStatus(t.engine, task.id, "succeeded", 15_000);
    expect(runs.count).toBe(1);
  });
});
