import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { tasks } from "../../src/server/db/schema";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { createTestEngine, type TestEngine, waitFor, waitForStatus } from "../helpers/test-engine";
import {
  createGate,
  FlakyError,
  RateLimitedError,
  RefusedError,
  WaitingError,
  waitOrAbort,
} from "./test-kinds";

const flakyRuns = new Map<string, number>();
const flakyKind = defineTaskKind({
  id: "flaky",
  label: "Flaky",
  input: z.object({ failures: z.number().int() }),
  timeoutSeconds: 30,
  retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 100 },
  async handler({ input, task }) {
    const runs = (flakyRuns.get(task.id) ?? 0) + 1;
    flakyRuns.set(task.id, runs);
    if (runs <= input.failures) {
      throw new FlakyError("429 Too Many Requests");
    }
    return { runs };
  },
});

const rateLimitedRuns = new Map<string, number>();
const rateLimitedKind = defineTaskKind({
  id: "rate_limited",
  label: "Rate limited",
  input: z.object({
    failures: z.number().int(),
    waiting: z.boolean().optional(),
    databaseDown: z.boolean().optional(),
  }),
  timeoutSeconds: 30,
  retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 },
  async handler({ input, task }) {
    const runs = (rateLimitedRuns.get(task.id) ?? 0) + 1;
    rateLimitedRuns.set(task.id, runs);
    if (runs <= input.failures) {
      if (input.databaseDown) {
        // What node-postgres throws when PostgreSQL restarts under a query.
        throw Object.assign(new Error("terminating connection due to administrator command"), {
          code: "57P01",
          severity: "FATAL",
        });
      }
      throw input.waiting
        ? new WaitingError("grid is stale")
        : new RateLimitedError("429 Too Many Requests");
    }
    return { runs };
  },
});

const refusedKind = defineTaskKind({
  id: "refused",
  label: "Refused",
  input: z.object({}),
  timeoutSeconds: 30,
  retry: { maxAttempts: 4, baseDelayMs: 20 },
  async handler() {
    throw new RefusedError("moderation_blocked");
  },
});

const hangingGates = new Map<string, ReturnType<typeof createGate>>();
const observed = { aborted: 0 };
const hangingKind = defineTaskKind({
  id: "hanging",
  label: "Hanging",
  input: z.object({ timeout: z.boolean().default(false) }),
  timeoutSeconds: 1,
  async handler({ signal, task, progress }) {
    progress(0.3, "Waiting on the gate");
    const gate = createGate();
    hangingGates.set(task.id, gate);
    try {
      await waitOrAbort(gate.opened, signal);
    } catch (error) {
      observed.aborted += 1;
      throw error;
    }
    return { released: true };
  },
});

/** Ignores its signal on purpose, to prove a late worker cannot overwrite a cancel. */
const stubbornGates = new Map<string, ReturnType<typeof createGate>>();
const stubbornKind = defineTaskKind({
  id: "stubborn",
  label: "Stubborn",
  input: z.object({}),
  timeoutSeconds: 30,
  async handler({ task }) {
    const gate = createGate();
    stubbornGates.set(task.id, gate);
    await gate.opened;
    return { finished: true };
  },
});

const portraitGates = createGate();
const gridRuns = { count: 0 };
const portraitKind = defineTaskKind({
  id: "portrait",
  label: "Portrait",
  input: z.object({}),
  timeoutSeconds: 30,
  concurrency: 5,
  async handler() {
    await portraitGates.opened;
    return {};
  },
  async onSucceeded() {
    return [{ kind: "grid", title: "Portrait grid" }];
  },
});
const gridGate = createGate();
const gridKind = defineTaskKind({
  id: "grid",
  label: "Portrait grid",
  input: z.object({}),
  timeoutSeconds: 30,
  async handler() {
    gridRuns.count += 1;
    await gridGate.opened;
    return {};
  },
});

describe("task lifecycle", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([
      flakyKind,
      rateLimitedKind,
      refusedKind,
      hangingKind,
      stubbornKind,
      portraitKind,
      gridKind,
    ]);
  });
  afterAll(async () => t.close());

  it("retries retryable errors with backoff and shows each attempt", async () => {
    const { task } = await t.engine.request({
      showId: randomUUID(),
      kind: "flaky",
      input: { failures: 2 },
    });
    const done = await waitForStatus(t.engine, task.id, "succeeded");
    expect(done.attempt).toBe(3);
    const retries = done.events.filter((event) => event.type === "retry");
    expect(retries).toHaveLength(2);
    expect(retries[0]!.message).toMatch(
      /^The provider had a problem\. Retrying in [\d.]+s \(attempt 2 of 4\)\.$/,
    );
    expect(
      done.events.filter((event) => event.type === "started").map((event) => event.message),
    ).toEqual(["Attempt 1 of 4 started", "Attempt 2 of 4 started", "Attempt 3 of 4 started"]);
  });

  it("fails after the last attempt when the error keeps coming", async () => {
    const { task } = await t.engine.request({
      showId: randomUUID(),
      kind: "flaky",
      input: { failures: 99 },
    });
    const failed = await waitForStatus(t.engine, task.id, "failed");
    expect(failed.attempt).toBe(4);
    expect(failed.error).toMatchObject({ code: "provider_unavailable", retryable: true });
    // A failed task's message says it stopped; it never promises a retry.
    expect(failed.error?.message).toMatch(
      /^The provider had a problem\. Gave up after 4 attempts over \d+ s; try again later\.$/,
    );
    expect(failed.events.at(-1)?.message).not.toMatch(/retrying/i);
  });

  it("waits out a rate limit without spending attempts", async () => {
    const { task } = await t.engine.request({
      showId: randomUUID(),
      kind: "rate_limited",
      input: { failures: 6 },
    });
    const done = await waitForStatus(t.engine, task.id, "succeeded");
    expect(done.attempt).toBe(1);
    const retries = done.events.filter((event) => event.type === "retry");
    expect(retries).toHaveLength(6);
    expect(retries[0]?.message).toMatch(/spends no attempt/);
  });

  // Chaos found it: a poster waiting for a grid whose worker was SIGKILLed gave up after its
  // 4 attempts (13 s) while the grid was still resuming elsewhere.
  it("waits for another task's work without spending attempts", async () => {
    const { task } = await t.engine.request({
      showId: randomUUID(),
      kind: "rate_limited",
      input: { failures: 6, waiting: true },
    });
    const done = await waitForStatus(t.engine, task.id, "succeeded");
    expect(done.attempt).toBe(1);
    const retries = done.events.filter((event) => event.type === "retry");
    expect(retries).toHaveLength(6);
    expect(retries[0]?.message).toMatch(/^Waiting for the cast grid.*waiting spends no attempt/);
  });

  // Chaos found it: a Veo clip lost one of its three attempts to a PostgreSQL restart before it
  // asked Replicate anything, then the two left to 5xx answers, and failed.
  it("spends no attempt on a database outage", async () => {
    const { task } = await t.engine.request({
      showId: randomUUID(),
      kind: "rate_limited",
      input: { failures: 4, databaseDown: true },
    });
    const done = await waitForStatus(t.engine, task.id, "succeeded");
    expect(done.attempt).toBe(1);
    const retries = done.events.filter((event) => event.type === "retry");
    expect(retries).toHaveLength(4);
    expect(retries[0]?.message).toMatch(
      /^The database was unavailable\. Retrying in .*waiting spends no attempt/,
    );
  });

  it("fails terminal errors at once with the user message", async () => {
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "refused" });
    const failed = await waitForStatus(t.engine, task.id, "failed");
    expect(failed.attempt).toBe(1);
    expect(failed.failureReason).toBe("error");
    expect(failed.error?.message).toBe("The provider refused this prompt; edit it and try again");
    expect(failed.events.some((event) => event.type === "retry")).toBe(false);
  });

  it("expires an attempt that runs past its kind's deadline", async () => {
    const before = observed.aborted;
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "hanging" });
    const failed = await waitForStatus(t.engine, task.id, "failed", 10_000);
    expect(failed.failureReason).toBe("expired");
    expect(failed.events.at(-1)).toMatchObject({ type: "expired" });
    expect(failed.events.at(-1)!.message).toContain("1 s limit");
    expect(observed.aborted).toBe(before + 1);
  });

  it("cancels a running task: the handler is aborted and the state is canceled", async () => {
    const before = observed.aborted;
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "hanging" });
    await waitForStatus(t.engine, task.id, "running");
    await waitFor(async () => hangingGates.has(task.id));
    await t.engine.cancel(task.id);
    await waitFor(async () => observed.aborted === before + 1);
    const detail = await t.engine.get(task.id);
    expect(detail.status).toBe("canceled");
    expect(detail.events.map((event) => event.type)).toContain("canceled");
  });

  it("answers 409 when canceling a finished task and 404 for an unknown one", async () => {
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "refused" });
    await waitForStatus(t.engine, task.id, "failed");
    await expect(t.engine.cancel(task.id)).rejects.toMatchObject({
      status: 409,
      userMessage: expect.stringContaining("already failed"),
    });
    await expect(t.engine.cancel(randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it("never lets a late worker overwrite a cancel", async () => {
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "stubborn" });
    await waitFor(async () => stubbornGates.has(task.id));
    await t.engine.cancel(task.id);
    stubbornGates.get(task.id)!.open();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [row] = await t.testDb.database.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.status).toBe("canceled");
    expect(row!.result).toBeNull();
  });

  it("fires a trigger once when many tasks complete at the same moment", async () => {
    const showId = randomUUID();
    const portraits = await Promise.all(
      ["a", "b", "c", "d", "e"].map((target) =>
        t.engine.request({ showId, kind: "portrait", target }),
      ),
    );
    await Promise.all(portraits.map(({ task }) => waitForStatus(t.engine, task.id, "running")));
    portraitGates.open();
    await Promise.all(portraits.map(({ task }) => waitForStatus(t.engine, task.id, "succeeded")));
    const grids = await t.testDb.database.db.select().from(tasks).where(eq(tasks.kind, "grid"));
    expect(grids.filter((grid) => grid.showId === showId)).toHaveLength(1);
    gridGate.open();
    await waitForStatus(t.engine, grids[0]!.id, "succeeded");
    expect(gridRuns.count).toBe(1);
    const triggered = await Promise.all(portraits.map(({ task }) => t.engine.get(task.id)));
    expect(
      triggered.every((detail) => detail.events.some((event) => event.type === "triggered")),
    ).toBe(true);
  });

  it("retry of a finished task requests a new version of the same target", async () => {
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "refused" });
    await waitForStatus(t.engine, task.id, "failed");
    const again = await t.engine.retry(task.id);
    expect(again.created).toBe(true);
    expect(again.task.version).toBe(2);
  });
});
