import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTaskStream } from "../../src/server/events/task-stream";
import type { TaskDto, TaskEventDto } from "../../src/server/tasks/task-dto";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
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
    expect(Number(snapshot!.id)).toBeGreaterThan(0);

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
    const ids = live.filter((frame) => frame.id).map((frame) => Number(frame.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
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
    const lastId = Number(seen.filter((frame) => frame.id).at(-1)!.id ?? snapshot!.id);

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
      .map((frame) => Number(frame.id));
    const stored = [
      ...(await t.engine.get(one.task.id)).events,
      ...(await t.engine.get(two.task.id)).events,
    ]
      .map((event) => event.id)
      .filter((id) => id > lastId)
      .sort((a, b) => a - b);
    expect(replayedIds).toEqual(stored);
  });

  it("delivers events that commit out of id order, each once", async () => {
    const showId = randomUUID();
    const { task } = await t.engine.request({ showId, kind: "steps" });
    await waitForStatus(t.engine, task.id, "succeeded");
    const abort = new AbortController();
    const frames = readSse(createTaskStream({ engine: t.engine, showId, signal: abort.signal }));
    await collectSse(frames, () => true);
    const dto = (await t.engine.list({ status: "all", showId, limit: 1 }))[0]!;
    const event = (id: number) => ({
      type: "event" as const,
      task: dto,
      event: {
        id,
        taskId: task.id,
        showId,
        type: "log",
        message: `event ${id}`,
        data: null,
        at: new Date().toISOString(),
      },
    });
    // Two transactions: the later insert (id 1000002) commits, and is published, first.
    t.bus.publish(event(1_000_002));
    t.bus.publish(event(1_000_001));
    t.bus.publish(event(1_000_002));
    const live = await collectSse(frames, (_, all) => all.length === 2);
    abort.abort();
    expect(live.map((frame) => Number(frame.id))).toEqual([1_000_002, 1_000_001]);
  });
});
