import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";

import { tasks } from "../db/schema";
import { retryDelayMs } from "./backoff";
import type { EngineDeps } from "./engine-deps";
import { enqueueNextAttempt } from "./enqueue-attempt";
import { requestTask } from "./request-task";
import { type TaskError, type TaskRow, toTaskDto } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { inTransaction } from "./tx-scope";

/** Only the attempt holding this run token may settle the task. */
const heldBy = (task: TaskRow) =>
  and(eq(tasks.id, task.id), eq(tasks.runToken, task.runToken), eq(tasks.status, "running"));

const seconds = (ms: number) =>
  ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));

/**
 * Marks the task succeeded and, in the same transaction, lets the kind persist its result and fire
 * follow-up requests. Returns false when the attempt no longer held the task (canceled or taken
 * over), in which case nothing was written.
 */
export async function completeAttempt(
  deps: EngineDeps,
  task: TaskRow,
  input: unknown,
  result: unknown,
  costUsd: number | null,
): Promise<boolean> {
  const kind = deps.kinds.get(task.kind);
  if (!kind.onSucceeded) {
    return Boolean(await deps.writes.successes.submit({ task, result, costUsd }));
  }
  return inTransaction(deps.db, async (scope) => {
    const [done] = await scope.tx
      .update(tasks)
      .set({
        status: "succeeded",
        progress: 1,
        stage: "Done",
        result: (result ?? null) as object | null,
        error: null,
        finishedAt: sql`now()`,
        ...(costUsd !== null ? { costUsd } : {}),
      })
      .where(heldBy(task))
      .returning();
    if (!done) {
      return false;
    }
    const took = done.finishedAt!.getTime() - (done.startedAt ?? done.createdAt).getTime();
    await appendTaskEvent(deps, scope, done, "succeeded", `Finished in ${seconds(took)}s`);
    const followUps =
      (await kind.onSucceeded?.({ scope, task: toTaskDto(done), input, result })) ?? [];
    for (const followUp of followUps) {
      const requested = await requestTask(
        deps,
        { ...followUp, showId: done.showId, source: `${kind.label.toLowerCase()} finished` },
        scope,
      );
      const title = requested.task.title;
      const message = requested.created
        ? `Started ${title}`
        : `${title} was already ${requested.task.status}`;
      await appendTaskEvent(deps, scope, done, "triggered", message, { taskId: requested.task.id });
    }
    return true;
  });
}

export async function failAttempt(
  deps: EngineDeps,
  task: TaskRow,
  reason: "error" | "expired",
  error: TaskError,
): Promise<void> {
  await inTransaction(deps.db, async (scope) => {
    const [failed] = await scope.tx
      .update(tasks)
      .set({
        status: "failed",
        stage: reason === "expired" ? "Timed out" : "Failed",
        failureReason: reason,
        error,
        finishedAt: sql`now()`,
      })
      .where(heldBy(task))
      .returning();
    if (failed) {
      await appendTaskEvent(
        deps,
        scope,
        failed,
        reason === "expired" ? "expired" : "failed",
        error.message,
        {
          code: error.code,
          ...(error.requestId ? { requestId: error.requestId } : {}),
        },
      );
    }
  });
}

/** Puts the task back in the queue for a later attempt, as a new pg-boss job. */
export async function retryAttempt(
  deps: EngineDeps,
  task: TaskRow,
  error: TaskError & { retryAfterMs?: number },
): Promise<void> {
  const policy = deps.kinds.retryPolicy(task.kind);
  const delay = retryDelayMs(policy, task.attempt, deps.random, error.retryAfterMs);
  const { retryAfterMs: _ignored, ...stored } = error;
  await requeue(deps, task, {
    delayMs: delay,
    stage: `Retrying in ${seconds(delay)}s`,
    error: stored,
    eventType: "retry",
    message: `${error.message} — retrying in ${seconds(delay)}s (attempt ${task.attempt + 1} of ${task.maxAttempts})`,
  });
}

/** On shutdown: hand the task to the next worker now rather than after the stale timeout. */
export async function handOverAttempt(deps: EngineDeps, task: TaskRow): Promise<void> {
  await requeue(deps, task, {
    delayMs: 0,
    stage: "Waiting for a worker",
    error: null,
    eventType: "handed_over",
    message: "Worker shut down; the next attempt continues from the last checkpoint",
  });
}

interface RequeueOptions {
  delayMs: number;
  stage: string;
  error: TaskError | null;
  eventType: "retry" | "handed_over";
  message: string;
}

async function requeue(deps: EngineDeps, task: TaskRow, options: RequeueOptions): Promise<void> {
  await inTransaction(deps.db, async (scope) => {
    const jobId = randomUUID();
    const [queued] = await scope.tx
      .update(tasks)
      .set({ status: "queued", jobId, workerId: null, stage: options.stage, error: options.error })
      .where(heldBy(task))
      .returning();
    if (!queued) {
      return;
    }
    await enqueueNextAttempt(
      deps,
      scope,
      queued,
      { type: options.eventType, message: options.message },
      options.delayMs,
    );
  });
}
