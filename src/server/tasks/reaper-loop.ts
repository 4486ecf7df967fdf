import { sql } from "drizzle-orm";
import type { EngineDeps } from "./engine-deps";
import { reapTasks } from "./reap-tasks";

/** One key for every process on the database: a reaper pass runs in one of them at a time. */
const REAPER_LOCK_KEY = 7_301_977_002; // the migration lock is …001
/** However long the database is away, a process looks again at least this often. */
const MAX_BACKOFF_MS = 30_000;

export interface ReaperLoopOptions {
  /**
   * Take a PostgreSQL advisory lock for each pass, so passes of several processes do not run the
   * same requeues at once. False on PGlite: one process, and its single connection cannot hold a
   * transaction open while the pass runs its own statements.
   */
  exclusive: boolean;
}

export interface ReaperLoop {
  stop(): Promise<void>;
}

/**
 * Runs a reaper pass every `reapIntervalMs` in every process that has the engine — workers and
 * WORKER=off app servers alike — so a dead worker's tasks are resumed even when every worker is
 * down or restarting. A failed pass (the database is away) waits longer before the next one, up
 * to `MAX_BACKOFF_MS`, and never ends the loop.
 */
export function startReaperLoop(deps: EngineDeps, options: ReaperLoopOptions): ReaperLoop {
  const interval = deps.config.reapIntervalMs;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let pass: Promise<void> | null = null;

  const schedule = () => {
    if (stopped) {
      return;
    }
    const delay = Math.min(MAX_BACKOFF_MS, interval * 2 ** failures);
    timer = setTimeout(() => {
      pass = runPass().finally(() => {
        pass = null;
        schedule();
      });
    }, delay);
    timer.unref();
  };

  const runPass = async () => {
    try {
      await (options.exclusive ? reapUnderLock(deps) : reapTasks(deps));
      failures = 0;
    } catch (error) {
      failures = Math.min(failures + 1, 10);
      // One warning per outage, not one per pass.
      if (failures === 1) {
        deps.logger.warn({ err: error }, "reaper pass failed; retrying with backoff");
      }
    }
  };

  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
      }
      await pass;
    },
  };
}

/**
 * The transaction only holds the lock (released at its end, or when its connection dies); the
 * pass runs its own statements and transactions beside it, as it does without the lock. A
 * process that finds the lock taken skips this pass: another process is reaping right now.
 */
async function reapUnderLock(deps: EngineDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const result = (await tx.execute(
      sql`select pg_try_advisory_xact_lock(${REAPER_LOCK_KEY}) as locked`,
    )) as unknown as { rows: { locked: boolean }[] };
    if (result.rows[0]?.locked) {
      await reapTasks(deps);
    }
  });
}
