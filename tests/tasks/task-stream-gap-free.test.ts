import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createPgNotifyBus } from "../../src/server/events/pg-notify-bus";
import { createTaskStream } from "../../src/server/events/task-stream";
import type { EngineDeps } from "../../src/server/tasks/engine-deps";
import { getTaskRow } from "../../src/server/tasks/read-tasks";
import type { TaskDto, TaskEventDto } from "../../src/server/tasks/task-dto";
import { appendTaskEvent } from "../../src/server/tasks/task-events";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { inTransaction } from "../../src/server/tasks/tx-scope";
import { collectSse, readSse, type SseFrame } from "../helpers/sse";
import { onPostgres } from "../helpers/test-database";
import { createTestEngine, silentLogger, type TestEngine } from "../helpers/test-engine";

// Tasks stay queued (no worker): each test writes the timeline events itself.
const idleKind = defineTaskKind({
  id: "idle",
  label: "Idle",
  input: z.object({}),
  timeoutSeconds: 30,
  async handler() {
    return {};
  },
});

type TaskFrame = { event: TaskEventDto; task: TaskDto };
const taskFrames = (frames: SseFrame[]) => frames.filter((frame) => frame.event === "task");
const messages = (frames: SseFrame[]) =>
  taskFrames(frames).map((frame) => (frame.data as TaskFrame).event.message);

/** Appends a `log` event in its own transaction; `hold` keeps that transaction open. */
async function logEvent(
  deps: Pick<EngineDeps, "db" | "bus">,
  taskId: string,
  message: string,
  hold?: Promise<unknown>,
) {
  await inTransaction(deps.db, async (scope) => {
    const row = await getTaskRow({ db: scope.tx as never }, taskId);
    await appendTaskEvent(deps, scope, row, "log", message);
    await hold;
  });
}

// Several processes, a LISTEN connection that drops, transactions that commit out of id order:
// only PostgreSQL has them.
describe.runIf(onPostgres)("live task stream on PostgreSQL: every committed event, once", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([idleKind], { worker: false });
  });
  afterAll(async () => t.close());

  const open = (showId: string, lastEventId?: string) => {
    const abort = new AbortController();
    // A slow safety-net tick, so what the test sees comes from wake-ups.
    const stream = createTaskStream({
      engine: t.engine,
      showId,
      lastEventId,
      signal: abort.signal,
      pollMs: 60_000,
    });
    return { frames: readSse(stream), close: () => abort.abort() };
  };

  it("loses nothing while the bus's LISTEN connection is killed mid-flow", async () => {
    const showId = randomUUID();
    const { task } = await t.engine.request({ showId, kind: "idle" });
    const stream = open(showId);
    await collectSse(stream.frames, (frame) => frame.event === "snapshot");
    const pool = t.testDb.database.pool!;
    const expected: string[] = [];
    for (let n = 0; n < 30; n += 1) {
      if (n % 10 === 5) {
        await pool.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN greenlight_tasks'",
        );
      }
      await logEvent(t.engine.deps, task.id, `event ${n}`);
      expected.push(`event ${n}`);
    }
    const live = await collectSse(
      stream.frames,
      (frame) => frame.event === "task" && (frame.data as TaskFrame).event.message === "event 29",
    );
    // Anything duplicated would arrive right behind the last one.
    const late = await collectSse(stream.frames, () => false, 1_500).catch(() => []);
    stream.close();
    expect([...messages(live), ...messages(late)]).toEqual(expected);
  });

  it("sends an event that commits after a later id, live and on resume", async () => {
    const showId = randomUUID();
    const a = await t.engine.request({ showId, kind: "idle" });
    const b = await t.engine.request({ showId, kind: "idle" });
    const stream = open(showId);
    await collectSse(stream.frames, (frame) => frame.event === "snapshot");

    let commitA!: () => void;
    const held = new Promise<void>((resolve) => {
      commitA = resolve;
    });
    const inserted = new Promise<void>((resolve) => {
      void logEvent(
        t.engine.deps,
        a.task.id,
        "A",
        held.then(() => undefined),
      );
      // Give A its id first: it is inserted, not committed.
      setTimeout(resolve, 200);
    });
    await inserted;
    await logEvent(t.engine.deps, b.task.id, "B");
    const first = await collectSse(stream.frames, (frame) => frame.event === "task");
    expect(messages(first)).toEqual(["B"]);
    const afterB = first.at(-1)!.id!;
    commitA();
    const second = await collectSse(stream.frames, (frame) => frame.event === "task");
    stream.close();
    expect(messages(second)).toEqual(["A"]);
    const ids = [...first, ...second].map((frame) => (frame.data as TaskFrame).event.id);
    expect(ids[1]).toBeLessThan(ids[0]!); // A really holds the lower id

    // A client that dropped right after B resumes and must still get A, and only A.
    const resumed = open(showId, afterB);
    const replay = await collectSse(resumed.frames, (frame) => frame.event === "task");
    const rest = await collectSse(resumed.frames, () => false, 1_000).catch(() => []);
    resumed.close();
    expect(messages([...replay, ...rest])).toEqual(["A"]);
  });

  it("keeps each task's events in order when another process publishes late", async () => {
    const showId = randomUUID();
    const { task } = await t.engine.request({ showId, kind: "idle" });
    const stream = open(showId);
    await collectSse(stream.frames, (frame) => frame.event === "snapshot");

    // A second process (a worker) whose NOTIFY is stuck behind a busy connection.
    const slowPool = new pg.Pool({ connectionString: t.testDb.url!, max: 1 });
    const workerBus = await createPgNotifyBus(t.testDb.url!, slowPool, silentLogger);
    const busy = await slowPool.connect();
    try {
      await logEvent({ db: t.engine.deps.db, bus: workerBus }, task.id, "first");
      await logEvent(t.engine.deps, task.id, "second");
      const live = await collectSse(stream.frames, (_, all) => taskFrames(all).length === 2);
      busy.release(); // the worker's late NOTIFY for "first" now arrives
      const late = await collectSse(stream.frames, () => false, 1_500).catch(() => []);
      expect(messages([...live, ...late])).toEqual(["first", "second"]);
    } finally {
      stream.close();
      await workerBus.close();
      await slowPool.end();
    }
  });
});
