import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { taskEvents, tasks } from "../../src/server/db/schema";
import { MAX_CRASHES, reapTasks } from "../../src/server/tasks/reap-tasks";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { createTestEngine, type TestEngine, waitFor, waitForStatus } from "../helpers/test-engine";
import { FlakyError } from "./test-kinds";

/**
 * A kind whose handler waits until the test lets it finish. The test plays a dying worker by
 * aging the running attempt's heartbeat, so the reaper takes the task over exactly as it does
 * when a worker process is killed.
 */
const release = new Set<string>();
const flakyOnce = new Set<string>();
const patientKind = defineTaskKind({
  id: "patient",
  label: "Patient",
  input: z.object({ flakyFirst: z.boolean().default(false) }),
  timeoutSeconds: 20,
  // Attempts the test "killed" keep waiting in this process; they must not use up the slots.
  concurrency: 30,
  retry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 50 },
  async handler({ task, input, signal }) {
    if (input.flakyFirst && !flakyOnce.has(task.id)) {
      flakyOnce.add(task.id);
      throw new FlakyError("429");
    }
    while (!release.has(task.id)) {
      signal.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { done: true };
  },
});

describe("resumes after a worker dies", () => {
  let harness: TestEngine;
  beforeAll(async () => {
    // The reaper runs only when the test calls it, so each "crash" is exactly one takeover.
    harness = await createTestEngine([patientKind], {
      config: { reapIntervalMs: 3_600_000, heartbeatMs: 3_600_000 },
    });
  });
  afterAll(() => harness.close());

  const db = () => harness.testDb.database.db;
  const row = async (id: string) => (await db().select().from(tasks).where(eq(tasks.id, id)))[0]!;

  /** Makes the running attempt look dead and lets the reaper hand the task to a new attempt. */
  async function killRunningAttempt(id: string, options: { pastDeadline?: boolean } = {}) {
    const before = await waitFor(async () => {
      const current = await row(id);
      return current.status === "running" ? current : null;
    });
    await db()
      .update(tasks)
      .set({
        heartbeatAt: sql`now() - interval '1 hour'`,
        ...(options.pastDeadline ? { deadlineAt: sql`now() - interval '1 minute'` } : {}),
      })
      .where(eq(tasks.id, id));
    await reapTasks(harness.engine.deps);
    await waitFor(async () => {
      const current = await row(id);
      return current.status === "running" && current.runToken > before.runToken ? current : null;
    });
  }

  it("spends no retry on worker deaths: more crashes than attempts, and the task still finishes", async () => {
    const { task } = await harness.engine.request({ showId: randomUUID(), kind: "patient" });
    for (let crash = 0; crash < 4; crash += 1) {
      await killRunningAttempt(task.id);
    }
    release.add(task.id);
    await waitForStatus(harness.engine, task.id, "succeeded");
    const done = await row(task.id);
    expect(done.crashes).toBe(4);
    expect(done.attempt).toBe(1);
    expect(done.attempt).toBeLessThanOrEqual(done.maxAttempts);
    const events = await db().select().from(taskEvents).where(eq(taskEvents.taskId, task.id));
    expect(events.filter((event) => event.type === "worker_lost")).toHaveLength(4);
    expect(events.map((event) => event.message).join("\n")).not.toMatch(/Attempt [3-9] of 2/);
  });

  it("gives a resumed task a fresh deadline instead of expiring it in the same pass", async () => {
    const { task } = await harness.engine.request({ showId: randomUUID(), kind: "patient" });
    await killRunningAttempt(task.id, { pastDeadline: true });
    release.add(task.id);
    await waitForStatus(harness.engine, task.id, "succeeded");
  });

  it(`fails a task whose worker died ${MAX_CRASHES} times in a row without progress, saying so`, async () => {
    const { task } = await harness.engine.request({ showId: randomUUID(), kind: "patient" });
    for (let crash = 0; crash < MAX_CRASHES - 1; crash += 1) {
      await killRunningAttempt(task.id);
    }
    await waitFor(async () => ((await row(task.id)).status === "running" ? true : null));
    await db()
      .update(tasks)
      .set({ heartbeatAt: sql`now() - interval '1 hour'` })
      .where(eq(tasks.id, task.id));
    await reapTasks(harness.engine.deps);
    const failed = await waitForStatus(harness.engine, task.id, "failed");
    expect(failed.failureReason).toBe("crashed");
    expect(failed.error?.message).toMatch(`stopped ${MAX_CRASHES} times`);
  });

  it("keeps resuming a task that gets further between worker deaths", async () => {
    const { task } = await harness.engine.request({ showId: randomUUID(), kind: "patient" });
    for (let crash = 0; crash < MAX_CRASHES + 3; crash += 1) {
      // What a segmented render does between kills: a little more of it is stored each time.
      await db()
        .update(tasks)
        .set({ progress: (crash + 1) / 20 })
        .where(eq(tasks.id, task.id));
      await killRunningAttempt(task.id);
    }
    release.add(task.id);
    const done = await waitForStatus(harness.engine, task.id, "succeeded");
    expect(done.status).toBe("succeeded");
  });

  it("a retried task that then loses its worker continues the same attempt", async () => {
    const { task } = await harness.engine.request({
      showId: randomUUID(),
      kind: "patient",
      input: { flakyFirst: true },
    });
    await waitFor(async () => ((await row(task.id)).attempt === 2 ? true : null));
    await killRunningAttempt(task.id);
    await killRunningAttempt(task.id);
    release.add(task.id);
    await waitForStatus(harness.engine, task.id, "succeeded");
    const done = await row(task.id);
    expect(done.attempt).toBe(2);
    expect(done.crashes).toBe(2);
  });
});
