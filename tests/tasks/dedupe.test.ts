import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { taskEvents, tasks } from "../../src/server/db/schema";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { createTestEngine, type TestEngine, waitForStatus } from "../helpers/test-engine";
import { createGate, waitOrAbort } from "./test-kinds";

const gate = createGate();
const heldGate = createGate();
const heldRuns: Record<string, number> = {};
/** Runs once per target until the test opens its gate; counts runs per target. */
const heldKind = defineTaskKind({
  id: "portrait",
  label: "Portrait",
  input: z.object({}),
  timeoutSeconds: 60,
  async handler({ signal, task }) {
    heldRuns[task.target ?? ""] = (heldRuns[task.target ?? ""] ?? 0) + 1;
    await waitOrAbort(heldGate.opened, signal);
    return null;
  },
});
const runs = { count: 0 };
const slowKind = defineTaskKind({
  id: "trailer",
  label: "Trailer",
  input: z.object({}),
  timeoutSeconds: 60,
  async handler({ signal }) {
    runs.count += 1;
    await waitOrAbort(gate.opened, signal);
    return { done: true };
  },
});

describe("requestTask deduplication", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([slowKind, heldKind]);
  });
  afterAll(async () => t.close());

  it("turns 1,000 concurrent identical requests into one task and one handler run", async () => {
    const showId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 1_000 }, () => t.engine.request({ showId, kind: "trailer" })),
    );
    const ids = new Set(results.map((result) => result.task.id));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);

    const rows = await t.testDb.database.db.select().from(tasks).where(eq(tasks.showId, showId));
    expect(rows).toHaveLength(1);
    const [taskId] = [...ids];
    const events = await t.testDb.database.db
      .select()
      .from(taskEvents)
      .where(eq(taskEvents.taskId, taskId!));
    expect(events.filter((event) => event.type === "deduplicated")).toHaveLength(999);

    gate.open();
    await waitForStatus(t.engine, taskId!, "succeeded");
    expect(runs.count).toBe(1);
  });

  it("answers each request of a mixed burst on its own: new targets, repeats, already active", async () => {
    const showId = randomUUID();
    const busy = await t.engine.request({ showId, kind: "portrait", target: "busy" });
    const targets = ["a", "b", "c"];
    const burst = await Promise.all([
      ...targets.map((target) => t.engine.request({ showId, kind: "portrait", target })),
      t.engine.request({ showId, kind: "portrait", target: "busy" }),
      ...targets.map((target) => t.engine.request({ showId, kind: "portrait", target })),
      t.engine.request({ showId, kind: "trailer" }),
    ]);
    for (const target of targets) {
      const answers = burst.filter((result) => result.task.target === target);
      expect(answers).toHaveLength(2);
      expect(new Set(answers.map((result) => result.task.id)).size).toBe(1);
      expect(answers.filter((result) => result.created)).toHaveLength(1);
    }
    expect(burst[3]).toMatchObject({ created: false, task: { id: busy.task.id } });
    expect(burst[7]).toMatchObject({ created: true, task: { kind: "trailer" } });

    const rows = await t.testDb.database.db.select().from(tasks).where(eq(tasks.showId, showId));
    expect(rows).toHaveLength(5);
    const events = await t.testDb.database.db
      .select()
      .from(taskEvents)
      .where(eq(taskEvents.showId, showId));
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count("requested")).toBe(5);
    expect(count("deduplicated")).toBe(4);

    heldGate.open();
    for (const row of rows) {
      await waitForStatus(t.engine, row.id, "succeeded");
    }
    expect(heldRuns).toEqual({ busy: 1, a: 1, b: 1, c: 1 });
  });

  it("creates a new version once the previous task has finished", async () => {
    const showId = randomUUID();
    const first = await t.engine.request({ showId, kind: "trailer" });
    await waitForStatus(t.engine, first.task.id, "succeeded");
    const second = await t.engine.request({ showId, kind: "trailer" });
    expect(second.created).toBe(true);
    expect(second.task.id).not.toBe(first.task.id);
    expect(second.task.version).toBe(2);
  });

  it("keeps different targets apart", async () => {
    const showId = randomUUID();
    const a = await t.engine.request({ showId, kind: "trailer", target: "a" });
    const b = await t.engine.request({ showId, kind: "trailer", target: "b" });
    expect(a.task.id).not.toBe(b.task.id);
  });

  it("rejects an unknown kind and invalid input naming the field", async () => {
    await expect(t.engine.request({ showId: randomUUID(), kind: "nope" })).rejects.toMatchObject({
      status: 400,
      field: "kind",
    });
  });
});
