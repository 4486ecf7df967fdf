import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTaskStream } from "../../src/server/events/task-stream";
import { getTaskRow } from "../../src/server/tasks/read-tasks";
import type { TaskDto, TaskEventDto } from "../../src/server/tasks/task-dto";
import { appendTaskEvent } from "../../src/server/tasks/task-events";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { inTransaction } from "../../src/server/tasks/tx-scope";
import { collectSse, readSse } from "../helpers/sse";
import { createTestEngine, type TestEngine, waitForStatus } from "../helpers/test-engine";

const stepsKind = defineTaskKind({
  id: "steps",
  label: "Steps",
  input: z.object({}),
  timeoutSeconds: 30,
  async handler({ progress }) {
    for (const fraction of [0.2, 0.4, 0.6, 0.8]) {
      progress(fraction, `Step ${fraction * 5}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return {};
  },
});

type TaskFrame = { event: TaskEventDto; task: TaskDto };

describe("GET /api/tasks/stream", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([stepsKind]);
  });
  afterAll(async () => t.close());

  it("sends a snapshot, then live events and progress, filtered by show", async () => {
    const showId = randomUUID();
    const before = await t.engine.request({ showId, kind: "steps" });
    await waitForStatus(t.engine, before.task.id, "succeeded");

    const abort = new AbortController();
    const frames = readSse(createTaskStream({ engine: t.engine, showId, signal: abort.signal }));
    const [snapshot] = await collectSse(frames, () => true);
    expect(snapshot!.event).toBe("snapshot");
    expect((snapshot!.data as { tasks: TaskDto[] }).tasks.map((task) => task.id)).toContain(
      before.task.id,
    );
    expect(snapshot!.id).toBeTruthy(); // a resume point even before any event

    await t.engine.request({ showId: randomUUID(), kind: "steps" }); // another show: filtered out
    const { task } = await t.engine.request({ showId, kind: "steps" });
    const live = await collectSse(
      frames,
      (frame) => frame.event === "task" && (frame.data as TaskFrame).event.type === "succeeded",
    );
    abort.abort();
    const events = live
      .filter((frame) => frame.event === "task")
      .map((frame) => frame.data as TaskFrame);
    expect(events.every((frame) => frame.task.showId === showId)).toBe(true);
    expect(events.map((frame) => frame.event.type)).toEqual(
      expect.arrayContaining(["requested", "started", "progress", "succeeded"]),
    );
    expect(live.some((frame) => frame.event === "progress")).toBe(true);
    expect(events.at(-1)!.task).toMatchObject({ id: task.id, status: "succeeded", progress: 1 });
    const ids = events.map((frame) => frame.event.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(live.filter((frame) => frame.event === "task").every((frame) => frame.id)).toBe(true);
  });

  it("resumes with Last-Event-ID without losing or repeating an event", async () => {
    const showId = randomUUID();
    const first = new AbortController();
    const frames = readSse(createTaskStream({ engine: t.engine, showId, signal: first.signal }));
    const [snapshot] = await collectSse(frames, () => true);
    const one = await t.engine.request({ showId, kind: "steps" });
    const seen = await collectSse(
      frames,
      (frame) => frame.event === "task" && (frame.data as TaskFrame).event.type === "started",
    );
    first.abort(); // the client drops mid-task
    const lastId = seen.filter((frame) => frame.id).at(-1)?.id ?? snapshot!.id!;
    const seenIds = new Set(
      seen
        .filter((frame) => frame.event === "task")
        .map((frame) => (frame.data as TaskFrame).event.id),
    );

    await waitForStatus(t.engine, one.task.id, "succeeded");
    const two = await t.engine.request({ showId, kind: "steps" });
    await waitForStatus(t.engine, two.task.id, "succeeded");

    const second = new AbortController();
    const resumed = readSse(
      createTaskStream({ engine: t.engine, showId, lastEventId: lastId, signal: second.signal }),
    );
    const replay = await collectSse(
      resumed,
      (_, all) =>
        all.filter(
          (frame) => frame.event === "task" && (frame.data as TaskFrame).event.type === "succeeded",
        ).length === 2,
    );
    second.abort();
    const replayedIds = replay
      .filter((frame) => frame.event === "task")
      .map((frame) => (frame.data as TaskFrame).event.id);
    const stored = [
      ...(await t.engine.get(one.task.id)).events,
      ...(await t.engine.get(two.task.id)).events,
    ]
      .map((event) => event.id)
      .filter((id) => !seenIds.has(id))
      .sort((a, b) => a - b);
    expect(replayedIds).toEqual(stored);
  });

  it("sends each task's whole timeline once, in order, with several tasks running", async () => {
    const showId = randomUUID();
    const abort = new AbortController();
    const frames = readSse(createTaskStream({ engine: t.engine, showId, signal: abort.signal }));
    await collectSse(frames, () => true);
    const requested = await Promise.all(
      [1, 2, 3, 4].map((n) => t.engine.request({ showId, kind: "steps", target: `part-${n}` })),
    );
    const live = await collectSse(
      frames,
      (_, all) =>
        all.filter(
          (frame) => frame.event === "task" && (frame.data as TaskFrame).event.type === "succeeded",
        ).length === requested.length,
    );
    const late = await collectSse(frames, () => false, 500).catch(() => []);
    abort.abort();
    for (const { task } of requested) {
      const received = [...live, ...late]
        .filter((frame) => frame.event === "task")
        .map((frame) => (frame.data as TaskFrame).event)
        .filter((event) => event.taskId === task.id)
        .map((event) => event.id);
      const stored = (await t.engine.get(task.id)).events.map((event) => event.id);
      expect(received).toEqual(stored);
    }
  });

  it("reads the database when a wake-up is lost", async () => {
    const showId = randomUUID();
    const { task } = await t.engine.request({ showId, kind: "steps" });
    await waitForStatus(t.engine, task.id, "succeeded");
    const abort = new AbortController();
    const frames = readSse(
      createTaskStream({ engine: t.engine, showId, signal: abort.signal, pollMs: 200 }),
    );
    await collectSse(frames, () => true);
    // Committed, but its publish went nowhere (a NOTIFY that failed after commit).
    const silentBus = { ...t.bus, publish() {} };
    await inTransaction(t.engine.deps.db, async (scope) => {
      const row = await getTaskRow({ db: scope.tx as never }, task.id);
      await appendTaskEvent({ bus: silentBus }, scope, row, "log", "unannounced");
    });
    const live = await collectSse(frames, (frame) => frame.event === "task", 5_000);
    abort.abort();
    expect((live.at(-1)!.data as TaskFrame).event.message).toBe("unannounced");
  });
});
