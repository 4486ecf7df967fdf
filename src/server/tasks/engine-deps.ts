import type { PgBoss } from "pg-boss";
import type { Db } from "../db/client";
import type { TaskBus } from "../events/task-bus";
import type { Logger } from "../logger";
import type { HotPathWriters } from "./hot-path-writers";
import type { KindRegistry } from "./kind-registry";

export interface EngineConfig {
  /** How often a running attempt proves it is alive. */
  heartbeatMs: number;
  /** A running task silent for this long is taken over by another worker. */
  staleAfterMs: number;
  /** How often each worker looks for stale and expired tasks. */
  reapIntervalMs: number;
  /** A task still queued after this long fails with reason `expired`. */
  queuedDeadlineMs: number;
  /** Minimum time between progress writes to the database per task. */
  progressWriteMs: number;
  /** Minimum time between live progress messages per task. */
  progressPublishMs: number;
  /** On shutdown, how long running handlers get to finish before they are handed over. */
  shutdownGraceMs: number;
}

export const defaultEngineConfig: EngineConfig = {
  heartbeatMs: 5_000,
  staleAfterMs: 30_000,
  reapIntervalMs: 5_000,
  queuedDeadlineMs: 24 * 60 * 60_000,
  progressWriteMs: 1_000,
  progressPublishMs: 150,
  shutdownGraceMs: 10_000,
};

/** Everything the engine's use-cases need, built once at start-up (tests build their own). */
export interface EngineDeps {
  db: Db;
  boss: PgBoss;
  bus: TaskBus;
  kinds: KindRegistry;
  logger: Logger;
  config: EngineConfig;
  random: () => number;
  /** Wakes this process's worker for a kind right after a job is enqueued. */
  nudge(kind: string): void;
  /** Requests, claims and successes, group-committed: one statement per batch of calls. */
  writes: HotPathWriters;
}
