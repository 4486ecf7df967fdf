import type { PgBoss } from "pg-boss";
import pino from "pino";
import { createInProcessBus } from "../../src/server/events/in-process-bus";
import { createPgNotifyBus } from "../../src/server/events/pg-notify-bus";
import type { TaskBus } from "../../src/server/events/task-bus";
import type { EngineConfig } from "../../src/server/tasks/engine-deps";
import { KindRegistry } from "../../src/server/tasks/kind-registry";
import { startReaperLoop } from "../../src/server/tasks/reaper-loop";
import { startBoss } from "../../src/server/tasks/start-boss";
import { TaskEngine } from "../../src/server/tasks/task-engine";
import type { AnyTaskKind } from "../../src/server/tasks/task-kind";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const silentLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

export interface TestEngine {
  engine: TaskEngine;
  testDb: TestDatabase;
  boss: PgBoss;
  bus: TaskBus;
  close(): Promise<void>;
}

/** Fast timings so liveness and retries show up within a test's patience. */
export const fastConfig: Partial<EngineConfig> = {
  heartbeatMs: 200,
  staleAfterMs: 1_500,
  reapIntervalMs: 300,
  progressWriteMs: 50,
  progressPublishMs: 10,
  shutdownGraceMs: 500,
};

export async function createTestEngine(
  kinds: AnyTaskKind[],
  options: { config?: Partial<EngineConfig>; worker?: boolean; random?: () => number } = {},
): Promise<TestEngine> {
  const testDb = await createTestDatabase();
  const { database } = testDb;
  const boss = await startBoss(database, silentLogger);
  const bus =
    database.kind === "postgres"
      ? await createPgNotifyBus(database.url!, database.pool!, silentLogger)
      : createInProcessBus();
  const registry = new KindRegistry();
  for (const kind of kinds) {
    registry.register(kind);
  }
  const engine = new TaskEngine({
    db: database.db,
    boss,
    bus,
    kinds: registry,
    logger: silentLogger,
    config: { ...fastConfig, ...options.config },
    random: options.random,
  });
  if (options.worker !== false) {
    await engine.startWorker();
  }
  // As the container does: every process with the engine reaps.
  const reaper = startReaperLoop(engine.deps, { exclusive: database.kind === "postgres" });
  return {
    engine,
    testDb,
    boss,
    bus,
    async close() {
      await reaper.stop();
      await engine.stopWorker({ force: true });
      await boss.stop({ graceful: false, close: database.kind === "postgres" });
      await bus.close();
      await testDb.drop();
    },
  };
}

/** Polls until `check` returns a truthy value or the time runs out. */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function waitForStatus(
  engine: TaskEngine,
  taskId: string,
  status: string,
  timeoutMs?: number,
) {
  return waitFor(async () => {
    const task = await engine.get(taskId);
    return task.status === status ? task : null;
  }, timeoutMs);
}
