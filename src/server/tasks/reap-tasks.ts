import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";

import { tasks } from "../db/schema";
import { abandonWork } from "./abandon-work";
import type { EngineDeps } from "./engine-deps";
import { enqueueNextAttempt, queuedDeadline } from "./enqueue-attempt";
import { queueName } from "./kind-registry";
import { ACTIVE_STATUSES } from "./status";
import type { TaskRow } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { inTransaction, type TxScope } from "./tx-scope";

/**
 * Worker deaths in a row, without the task getting any further, that a task may live through.
 * Deaths are not the task's fault (a deploy, an OOM kill of a neighbour), so they spend no retry;
 * but a task whose attempt keeps killing its process must fail in the end instead of
 * crash-looping every worker it reaches.
 */
export const MAX_CRASHES = 8;

export interface ReapOptions {
  /**
   * Treat every running task as orphaned. Only true when this process is known to be the sole
   * worker, i.e. an embedded PGlite app starting up: whatever "runs" is left from its last life.
   */
  allRunning?: boolean;
}

/**
 * Finds tasks whose worker died (heartbeat older than `staleAfterMs`) and queues a new attempt
 * that resumes from the checkpoint; fails tasks past their deadline with reason `expired`. Each
 * row is claimed by one guarded update, so several workers reaping at once act once per task.
 */
export async function reapTasks(deps: EngineDeps, options: ReapOptions = {}): Promise<number> {
  const staleBefore = sql`now() - ${deps.config.staleAfterMs} * interval '1 millisecond'`;
  const stale = await deps.db
    .select({ id: tasks.id, runToken: tasks.runToken })
    .from(tasks)
    .where(
      and(
        eq(tasks.status, "running"),
        options.allRunning ? undefined : lt(tasks.heartbeatAt, staleBefore),
      ),
    )
    .limit(100);
  let reaped = 0;
  for (const candidate of stale) {
    reaped += (await resumeOrphan(deps, candidate)) ? 1 : 0;
  }
  reaped += await requeueStranded(deps, options);
  reaped += await expireOverdue(deps);
  return reaped;
}

/**
 * Finds queued tasks whose pg-boss job can no longer start them: the job was fetched by a worker
 * that died before claiming the task (still `active` long after; a live worker claims within
 * milliseconds), or it ended without the task being claimed. Without a new job such a task would
 * wait for its queued deadline. Reads pg-boss's job table directly (the version is pinned): one
 * anti-join per pass instead of a lookup per queued task.
 */
async function requeueStranded(deps: EngineDeps, options: ReapOptions): Promise<number> {
  const staleBefore = sql`now() - ${deps.config.staleAfterMs} * interval '1 millisecond'`;
  const jobCanStart = options.allRunning
    ? sql`j.state < 'active'`
    : sql`(j.state < 'active' or (j.state = 'active' and j.started_on > ${staleBefore}))`;
  const stranded = await deps.db
    .select({ id: tasks.id, jobId: tasks.jobId })
    .from(tasks)
    .where(
      and(
        eq(tasks.status, "queued"),
        sql`not exists (select 1 from pgboss.job j
          where j.name = ${queueName("")} || ${tasks.kind} and j.id = ${tasks.jobId}::uuid and ${jobCanStart})`,
      ),
    )
    .limit(100);
  let requeued = 0;
  for (const candidate of stranded) {
    requeued += (await requeueWithNewJob(deps, candidate)) ? 1 : 0;
  }
  return requeued;
}

async function requeueWithNewJob(
  deps: EngineDeps,
  candidate: { id: string; jobId: string | null },
): Promise<boolean> {
  return inTransaction(deps.db, async (scope) => {
    const jobId = randomUUID();
    const [row] = await scope.tx
      .update(tasks)
      .set({ jobId, stage: "Queued again", deadlineAt: queuedDeadline(deps) })
      .where(
        and(
          eq(tasks.id, candidate.id),
          candidate.jobId === null ? isNull(tasks.jobId) : eq(tasks.jobId, candidate.jobId),
          eq(tasks.status, "queued"),
        ),
      )
      .returning();
    if (!row) {
      return false;
    }
    await enqueueNextAttempt(deps, scope, row, {
      type: "worker_lost",
      message: "The worker that picked this task up stopped before starting it; queued again",
    });
    return true;
  });
}

async function resumeOrphan(
  deps: EngineDeps,
  candidate: { id: string; runToken: number },
): Promise<boolean> {
  return inTransaction(deps.db, async (scope) => {
    const jobId = randomUUID();
    const [row] = await scope.tx
      .update(tasks)
      .set({
        status: "queued",
        jobId,
        workerId: null,
        stage: "Resuming after a worker stopped",
        // Deaths in a row without progress: a task that got further since the last one (a render
        // that stored more segments) starts counting again.
        crashes: sql`case when ${tasks.progress} > ${tasks.crashProgress} + 0.005 then 1 else ${tasks.crashes} + 1 end`,
        crashProgress: sql`greatest(${tasks.progress}, ${tasks.crashProgress})`,
        resumePending: true,
        deadlineAt: queuedDeadline(deps),
      })
      .where(
        and(
          eq(tasks.id, candidate.id),
          eq(tasks.runToken, candidate.runToken),
          eq(tasks.status, "running"),
        ),
      )
      .returning();
    if (!row) {
      return false;
    }
    if (row.crashes >= MAX_CRASHES) {
      const failed = await crash(deps, scope, row);
      scope.afterCommit(() => void abandonWork(deps, failed));
      return true;
    }
    await enqueueNextAttempt(deps, scope, row, {
      type: "worker_lost",
      message: row.checkpoint
        ? "The worker running this task stopped; resuming from the last checkpoint"
        : "The worker running this task stopped; starting it again",
    });
    return true;
  });
}

async function crash(deps: EngineDeps, scope: TxScope, row: TaskRow): Promise<TaskRow> {
  const message = `The worker running this task stopped ${row.crashes} times in a row without the task getting any further; giving up. Try again, and if it happens again, look at the worker's logs.`;
  const [failed] = await scope.tx
    .update(tasks)
    .set({
      status: "failed",
      stage: "Failed",
      failureReason: "crashed",
      error: { code: "crashed", message, retryable: false },
      finishedAt: sql`now()`,
    })
    .where(eq(tasks.id, row.id))
    .returning();
  await appendTaskEvent(deps, scope, failed!, "failed", message);
  return failed!;
}

async function expireOverdue(deps: EngineDeps): Promise<number> {
  const expired = await expireOverdueRows(deps);
  for (const row of expired) {
    await abandonWork(deps, row);
  }
  return expired.length;
}

async function expireOverdueRows(deps: EngineDeps): Promise<TaskRow[]> {
  return inTransaction(deps.db, async (scope) => {
    const expired = await scope.tx
      .update(tasks)
      .set({
        status: "failed",
        stage: "Timed out",
        failureReason: "expired",
        error: sql`jsonb_build_object('code', 'expired', 'message', 'Passed its deadline before it could finish', 'retryable', false)`,
        finishedAt: sql`now()`,
      })
      .where(
        and(
          inArray(tasks.status, [...ACTIVE_STATUSES]), // A grace period lets the attempt's own deadline timer report the expiry first, with detail.
          lt(tasks.deadlineAt, sql`now() - interval '5 seconds'`),
        ),
      )
      .returning();
    for (const row of expired) {
      await appendTaskEvent(
        deps,
        scope,
        row,
        "expired",
        "Passed its deadline before it could finish",
      );
    }
    return expired;
  });
}
