/**
 * `npm run bench:tasks`: the task engine end to end with a no-op handler, against raw pg-boss on
 * the same database in the same run. PGlite always; PostgreSQL when it answers
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test: a scratch database is
 * created and dropped there).
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { inArray, sql } from "drizzle-orm";
import { PgBoss } from "pg-boss";
import pino from "pino";
import { z } from "zod";
import type { Database } from "../src/server/db/client";
import { tasks } from "../src/server/db/schema";
import { createInProcessBus } from "../src/server/events/in-process-bus";
import { createPgNotifyBus } from "../src/server/events/pg-notify-bus";
import { KindRegistry } from "../src/server/tasks/kind-registry";
import { startBoss } from "../src/server/tasks/start-boss";
import { TaskEngine } from "../src/server/tasks/task-engine";
import { defineTaskKind } from "../src/server/tasks/task-kind";
import { createScratchDatabase } from "../tests/helpers/test-database";
import { benchPostgresUrl, percentile, postgresReachable, report, rssMb } from "./bench-helpers";

const logger = pino({ level: "silent" });
const THROUGHPUT_TASKS = Number(process.env.BENCH_TASKS ?? 2_000);
const LATENCY_SAMPLES = 200;
const CONCURRENCY = 32;

const noopKind = defineTaskKind({
  id: "noop",
  label: "No-op",
  input: z.object({}),
  timeoutSeconds: 60,
  concurrency: CONCURRENCY,
  async handler() {
    return null;
  },
});

/**
 * A kind held until the storm is over: with an instant handler the first task could finish
 * mid-storm, and a request after that rightly makes a new version, which the storm does not measure.
 */
function makeHoldKind() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const kind = defineTaskKind({
    id: "hold",
    label: "Held",
    input: z.object({}),
    timeoutSeconds: 60,
    async handler() {
      await held;
      return null;
    },
  });
  return { kind, release };
}

async function withScratchDatabase<T>(
  kind: "pglite" | "postgres",
  run: (database: Database) => Promise<T>,
): Promise<T> {
  const scratch = await createScratchDatabase(kind === "postgres" ? benchPostgresUrl : undefined, {
    namePrefix: "greenlight_bench",
    poolSize: 40,
  });
  try {
    return await run(scratch.database);
  } finally {
    await scratch.drop();
  }
}

async function benchEngine(db: "pglite" | "postgres") {
  await withScratchDatabase(db, async (database) => {
    const hold = makeHoldKind();
    const boss = await startBoss(database, logger);
    const bus =
      database.kind === "postgres"
        ? await createPgNotifyBus(database.url!, database.pool!, logger)
        : createInProcessBus();
    const engine = new TaskEngine({
      db: database.db,
      boss,
      bus,
      kinds: new KindRegistry().register(noopKind).register(hold.kind),
      logger,
    });
    await engine.startWorker();
    const showId = randomUUID();

    // Latency: one request at a time, measured from the request to the moment the task runs.
    const latencies: number[] = [];
    const waiting = new Map<string, (at: number) => void>();
    const unsubscribe = bus.subscribe((message) => {
      if (message.type === "event" && message.event.type === "started") {
        waiting.get(message.task.id)?.(performance.now());
      }
    });
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const begin = performance.now();
      let resolveStarted!: (at: number) => void;
      const started = new Promise<number>((resolve) => {
        resolveStarted = resolve;
      });
      const { task } = await engine.request({ showId, kind: "noop", target: `latency-${i}` });
      waiting.set(task.id, resolveStarted);
      const [row] = await database.db
        .select({ status: tasks.status })
        .from(tasks)
        .where(inArray(tasks.id, [task.id]));
      if (row && row.status !== "queued") {
        resolveStarted(performance.now());
      }
      latencies.push((await started) - begin);
      waiting.delete(task.id);
    }
    unsubscribe();
    latencies.sort((a, b) => a - b);
    report("tasks", { db, metric: "latency_p50_ms", value: percentile(latencies, 50) });
    report("tasks", { db, metric: "latency_p99_ms", value: percentile(latencies, 99) });

    // Throughput: many distinct tasks requested at once, until every one has succeeded.
    const begin = performance.now();
    const ids: string[] = [];
    for (let offset = 0; offset < THROUGHPUT_TASKS; offset += 100) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(100, THROUGHPUT_TASKS - offset) }, (_, i) =>
          engine.request({ showId, kind: "noop", target: `throughput-${offset + i}` }),
        ),
      );
      ids.push(...batch.map((result) => result.task.id));
    }
    for (;;) {
      const [row] = await database.db
        .select({ done: sql<number>`count(*) filter (where status = 'succeeded')` })
        .from(tasks)
        .where(sql`${tasks.target} like 'throughput-%'`);
      if (Number(row?.done) >= THROUGHPUT_TASKS) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - begin) / 1000;
    report("tasks", {
      db,
      metric: "throughput_tasks_per_s",
      value: Math.round(THROUGHPUT_TASKS / seconds),
    });

    // The duplicate storm: 1,000 identical requests at once.
    const stormShow = randomUUID();
    const stormBegin = performance.now();
    const storm = await Promise.all(
      Array.from({ length: 1_000 }, () =>
        engine.request({ showId: stormShow, kind: "hold", target: "storm" }),
      ),
    );
    report("tasks", {
      db,
      metric: "dedupe_tasks_created",
      value: storm.filter((result) => result.created).length,
    });
    report("tasks", {
      db,
      metric: "dedupe_wall_ms",
      value: Math.round(performance.now() - stormBegin),
    });
    hold.release();
    report("tasks", { db, metric: "rss_mb", value: rssMb() });

    await engine.stopWorker({ force: true });
    await boss.stop({ graceful: false, close: database.kind === "postgres" });
    await bus.close();
  });
}

/** The baseline: raw pg-boss send → work → complete on the same kind of database. */
async function benchRawPgBoss(db: "pglite" | "postgres") {
  await withScratchDatabase(db, async (database) => {
    const boss =
      database.kind === "pglite"
        ? await startBoss(database, logger)
        : new PgBoss({
            connectionString: database.url!,
            schema: "pgboss",
            max: 8,
            useListenNotify: true,
          });
    if (database.kind === "postgres") {
      await boss.start();
    }
    await boss.createQueue("baseline", { notify: true, retryLimit: 0 });
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let completed = 0;
    let onDone: (() => void) | null = null;
    let target = 0;
    const workIds: string[] = [];
    workIds.push(
      await boss.work<{ n: number }>(
        "baseline",
        {
          localConcurrency: CONCURRENCY,
          pollingIntervalSeconds: 0.5,
          notifyPollingIntervalSeconds: 0.5,
        },
        async ([job]) => {
          const begin = sentAt.get(job!.id);
          if (begin !== undefined) {
            latencies.push(performance.now() - begin);
          }
          completed += 1;
          if (completed >= target) {
            onDone?.();
          }
        },
      ),
    );
    // Latency: one job at a time.
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      target = completed + 1;
      const done = new Promise<void>((resolve) => {
        onDone = resolve;
      });
      const begin = performance.now();
      const id = await boss.send("baseline", { n: i });
      sentAt.set(id!, begin);
      await done;
    }
    latencies.sort((a, b) => a - b);
    report("tasks", {
      db,
      metric: "baseline_pgboss_latency_p50_ms",
      value: percentile(latencies, 50),
    });
    // Throughput.
    target = completed + THROUGHPUT_TASKS;
    const done = new Promise<void>((resolve) => {
      onDone = resolve;
    });
    const begin = performance.now();
    for (let offset = 0; offset < THROUGHPUT_TASKS; offset += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, THROUGHPUT_TASKS - offset) }, (_, i) =>
          boss.send("baseline", { n: offset + i }),
        ),
      );
    }
    await done;
    report("tasks", {
      db,
      metric: "baseline_pgboss_jobs_per_s",
      value: Math.round(THROUGHPUT_TASKS / ((performance.now() - begin) / 1000)),
    });
    await boss.stop({ graceful: false, close: database.kind === "postgres" });
  });
}

const only = process.env.BENCH_DB;
// pg-boss's timers do not hold the process open; this does, while a phase waits on them.
const keepAlive = setInterval(() => {}, 1_000);
const databases: ("pglite" | "postgres")[] = only === "postgres" ? [] : ["pglite"];
if (only !== "pglite" && (await postgresReachable(benchPostgresUrl))) {
  databases.push("postgres");
} else {
  process.stderr.write(`PostgreSQL at ${benchPostgresUrl} did not answer; PGlite only.\n`);
}
for (const db of databases) {
  await benchRawPgBoss(db);
  await benchEngine(db);
}
clearInterval(keepAlive);
process.exit(0);
