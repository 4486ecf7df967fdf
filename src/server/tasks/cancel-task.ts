import { and, eq, inArray, sql } from "drizzle-orm";
import { tasks } from "../db/schema";
import { conflict, notFound } from "../errors";
import { abandonWork } from "./abandon-work";
import type { EngineDeps } from "./engine-deps";
import { queueName } from "./kind-registry";
import { ACTIVE_STATUSES } from "./status";
import type { TaskRow } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { inTransaction } from "./tx-scope";

/**
 * Cancels an active task. The guarded update wins against any late worker write; the worker
 * running it (here or in another process) sees the `canceled` event and aborts its handler, which
 * stops the provider job where the provider allows it.
 */
export async function cancelTask(deps: EngineDeps, taskId: string, by = "user"): Promise<TaskRow> {
  let unattended = false;
  const canceled = await inTransaction(deps.db, async (scope) => {
    // Whether an attempt is alive to stop its own provider job: a queued task has none, and a
    // running one whose heartbeat went stale lost its worker.
    const [before] = await scope.tx
      .select({
        unattended: sql<boolean>`${tasks.status} = 'queued' or ${tasks.heartbeatAt} < now() - ${deps.config.staleAfterMs} * interval '1 millisecond'`,
      })
      .from(tasks)
      .where(eq(tasks.id, taskId))
      .for("update");
    unattended = before?.unattended ?? false;
    const [row] = await scope.tx
      .update(tasks)
      .set({
        status: "canceled",
        stage: "Canceled",
        failureReason: "canceled",
        finishedAt: sql`now()`,
      })
      .where(and(eq(tasks.id, taskId), inArray(tasks.status, [...ACTIVE_STATUSES])))
      .returning();
    if (row) {
      await appendTaskEvent(deps, scope, row, "canceled", `Canceled by ${by}`);
    }
    return row ?? null;
  });
  if (!canceled) {
    const [existing] = await deps.db.select().from(tasks).where(eq(tasks.id, taskId));
    if (!existing) {
      throw notFound("Task");
    }
    throw conflict(`Task already ${existing.status}; only queued or running tasks can be canceled`);
  }
  if (unattended) {
    await abandonWork(deps, canceled);
  }
  if (canceled.jobId) {
    // Best effort: a queued job that still ran would find the task canceled and do nothing.
    await deps.boss.cancel(queueName(canceled.kind), canceled.jobId).catch(() => {});
  }
  return canceled;
}
