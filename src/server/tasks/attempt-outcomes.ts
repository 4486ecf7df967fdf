import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";

import { shows, tasks } from "../db/schema";
import { retryDelayMs } from "./backoff";
import type { EngineDeps } from "./engine-deps";
import { enqueueNextAttempt, queuedDeadline } from "./enqueue-attempt";
import { finalMessage, ongoingMessage } from "./outcome-messages";
import { requestTask } from "./request-task";
import { retryTransient } from "./retry-transient";
import { type TaskError, type TaskRow, toTaskDto } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import type { FollowUpRequest } from "./task-kind";
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
  const settle = { what: `complete ${task.kind}`, until: settleUntil(task) };
  if (!kind.onSucceeded) {
    return retryTransient(
      deps,
      async () => Boolean(await deps.writes.successes.submit({ task, result, costUsd })),
      settle,
    );
  }
  return retryTransient(
    deps,
    () => completeWithFollowUps(deps, task, input, result, costUsd),
    settle,
  );
}

/**
 * Completion work takes its locks in one order, the show row first: every completion of one show
 * queues on that row before it touches task rows, asset rows or the active-task index, so two
 * completions of one show cannot wait on each other in a cycle. Follow-ups are requested in the
 * (kind, target) order that batched requests use, for the same reason.
 */
async function completeWithFollowUps(
  deps: EngineDeps,
  task: TaskRow,
  input: unknown,
  result: unknown,
  costUsd: number | null,
): Promise<boolean> {
  const kind = deps.kinds.get(task.kind);
  return inTransaction(deps.db, async (scope) => {
    await scope.tx
      .select({ id: shows.id })
      .from(shows)
      .where(eq(shows.id, task.showId))
      .for("update");
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
    const followUps = [
      ...((await kind.onSucceeded?.({ scope, task: toTaskDto(done), input, result })) ?? []),
    ].sort(byKindAndTarget);
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
  costUsd: number | null = null,
): Promise<void> {
  await retryTransient(deps, () => writeFailure(deps, task, reason, error, costUsd), {
    what: `fail ${task.kind}`,
    until: settleUntil(task),
  });
}

async function writeFailure(
  deps: EngineDeps,
  task: TaskRow,
  reason: "error" | "expired",
  error: TaskError,
  costUsd: number | null,
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
        // A failed paid call may still have been billed: what the attempt spent stays on record.
        ...(costUsd !== null ? { costUsd } : {}),
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
  error: TaskError & { retryAfterMs?: number; waiting?: boolean },
  options: { spendsAttempt: boolean } = { spendsAttempt: true },
): Promise<void> {
  const policy = deps.kinds.retryPolicy(task.kind);
  const delay = retryDelayMs(policy, task.attempt, deps.random, error.retryAfterMs);
  const { retryAfterMs: _ignored, waiting: _waiting, ...stored } = error;
  const next = options.spendsAttempt
    ? `attempt ${task.attempt + 1} of ${task.maxAttempts}`
    : error.waiting
      ? "waiting spends no attempt"
      : "waiting out a rate limit spends no attempt";
  await requeue(deps, task, {
    delayMs: delay,
    stage: `Retrying in ${seconds(delay)}s`,
    error: { ...stored, message: ongoingMessage(stored.message) },
    eventType: "retry",
    resume: !options.spendsAttempt,
    message: `${ongoingMessage(error.message)} Retrying in ${seconds(delay)}s (${next}).`,
  });
}

/** A retryable error with no attempts left: the task fails with a message that says it stopped. */
export async function giveUpAttempt(
  deps: EngineDeps,
  task: TaskRow,
  error: TaskError,
  costUsd: number | null = null,
): Promise<void> {
  const tried = Date.now() - task.createdAt.getTime();
  await failAttempt(
    deps,
    task,
    "error",
    { ...error, message: finalMessage(error.message, task.attempt, tried) },
    costUsd,
  );
}

/** On shutdown: hand the task to the next worker now rather than after the stale timeout. */
export async function handOverAttempt(deps: EngineDeps, task: TaskRow): Promise<void> {
  await requeue(deps, task, {
    delayMs: 0,
    stage: "Waiting for a worker",
    error: null,
    eventType: "handed_over",
    resume: true,
    message: "Worker shut down; the next worker continues from the last checkpoint",
  });
}

interface RequeueOptions {
  delayMs: number;
  stage: string;
  error: TaskError | null;
  eventType: "retry" | "handed_over";
  /** The next claim continues this attempt (a hand-over) rather than starting a new one. */
  resume: boolean;
  message: string;
}

async function requeue(deps: EngineDeps, task: TaskRow, options: RequeueOptions): Promise<void> {
  await retryTransient(deps, () => writeRequeue(deps, task, options), {
    what: `requeue ${task.kind}`,
    until: settleUntil(task),
  });
}

async function writeRequeue(
  deps: EngineDeps,
  task: TaskRow,
  options: RequeueOptions,
): Promise<void> {
  await inTransaction(deps.db, async (scope) => {
    const jobId = randomUUID();
    const [queued] = await scope.tx
      .update(tasks)
      .set({
        status: "queued",
        jobId,
        workerId: null,
        stage: options.stage,
        error: options.error,
        resumePending: options.resume,
        // The running attempt's deadline no longer applies: the task waits in the queue again.
        deadlineAt: queuedDeadline(deps, options.delayMs),
      })
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

/** How long a settling write keeps trying through a database outage. */
function settleUntil(task: TaskRow): number {
  return Math.max(task.deadlineAt.getTime(), Date.now() + 60_000);
}

function byKindAndTarget(a: FollowUpRequest, b: FollowUpRequest): number {
  return a.kind === b.kind
    ? (a.target ?? "").localeCompare(b.target ?? "")
    : a.kind < b.kind
      ? -1
      : 1;
}
