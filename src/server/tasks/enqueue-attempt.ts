import { sql } from "drizzle-orm";
import type { EngineDeps } from "./engine-deps";
import { queueName } from "./kind-registry";
import type { TaskEventType } from "./status";
import type { TaskRow } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { bossDbFor, type TxScope } from "./tx-scope";

/**
 * For a task just put back in the queue (retry, hand-over, a lost worker): enqueues the pg-boss job
 * the row now names, in the caller's transaction, records why on the timeline, and wakes this
 * process's worker once the job is due (pg-boss alone would find it at its next poll).
 */
export async function enqueueNextAttempt(
  deps: EngineDeps,
  scope: TxScope,
  row: TaskRow,
  event: { type: TaskEventType; message: string },
  delayMs = 0,
): Promise<void> {
  await deps.boss.send(
    queueName(row.kind),
    { taskId: row.id },
    {
      id: row.jobId!,
      db: bossDbFor(scope.tx),
      ...(delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {}),
    },
  );
  await appendTaskEvent(deps, scope, row, event.type, event.message);
  scope.afterCommit(() => {
    if (delayMs > 0) {
      setTimeout(() => deps.nudge(row.kind), delayMs + 5).unref();
    } else {
      deps.nudge(row.kind);
    }
  });
}

/** A task put back in the queue may wait this long for a worker before it expires. */
export const queuedDeadline = (deps: Pick<EngineDeps, "config">, delayMs = 0) =>
  sql`now() + ${deps.config.queuedDeadlineMs + delayMs} * interval '1 millisecond'`;
