import { and, eq, sql } from "drizzle-orm";
import { tasks } from "../db/schema";
import {
  completeAttempt,
  failAttempt,
  giveUpAttempt,
  handOverAttempt,
  retryAttempt,
} from "./attempt-outcomes";
import { describeError } from "./describe-error";
import type { EngineDeps } from "./engine-deps";
import { abortCauseOf, TaskAbortedError } from "./task-abort";
import { createTaskContext } from "./task-context";
import type { TaskRow } from "./task-dto";

/** Handlers running in this process, by task id, so a cancel event can abort them. */
export type LocalRuns = Map<string, { controller: AbortController; runToken: number }>;

/**
 * Runs one attempt of a task: claims it (only if this pg-boss job is still the task's current
 * job and the task is queued), runs the handler with heartbeats and a deadline, and settles the
 * outcome. Never throws: every failure becomes task state.
 */
export async function runAttempt(
  deps: EngineDeps,
  kindId: string,
  job: { id: string; data: { taskId: string } },
  runs: LocalRuns,
  workerId: string,
): Promise<void> {
  const claimed = await claim(deps, kindId, job, workerId);
  if (!claimed) {
    return;
  }
  const { task, deadlineMs } = claimed;
  const kind = deps.kinds.get(task.kind);
  const logger = deps.logger.child({ taskId: task.id, showId: task.showId, kind: task.kind });
  const controller = new AbortController();
  runs.set(task.id, { controller, runToken: task.runToken });

  const deadline = setTimeout(() => controller.abort(new TaskAbortedError("expired")), deadlineMs);
  // One beat at a time: while a beat waits (for a pool connection, a row lock), more beats would
  // only take more connections from the handler that has to finish. A beat slower than the stale
  // limit is logged: the reaper is about to hand this task to another worker.
  let beating = false;
  const heartbeat = setInterval(() => {
    if (beating) {
      return;
    }
    beating = true;
    const started = Date.now();
    void beat(deps, task)
      .then((alive) => {
        const tookMs = Date.now() - started;
        if (tookMs > deps.config.staleAfterMs / 2) {
          logger.warn({ tookMs }, "a heartbeat took longer than half the stale limit");
        }
        if (!alive && !controller.signal.aborted) {
          controller.abort(new TaskAbortedError("lost"));
        }
      })
      .finally(() => {
        beating = false;
      });
  }, deps.config.heartbeatMs);

  const context = createTaskContext(deps, task, controller, logger);
  try {
    const input = kind.input.parse(task.input);
    const result = await kind.handler({ ...context.handle, input });
    controller.signal.throwIfAborted();
    await context.flush();
    await completeAttempt(deps, task, input, result, context.costUsd());
  } catch (thrown) {
    await context.flush().catch(() => {});
    logger.info({ err: thrown }, "attempt ended without success");
    const failure = { thrown, timeoutSeconds: kind.timeoutSeconds, costUsd: context.costUsd() };
    await settleFailure(deps, task, controller.signal, failure).catch((error: unknown) =>
      // The database stayed away longer than settling waits: the heartbeat stops with this
      // attempt, so the reaper resumes the task from its checkpoint once the database is back.
      logger.error({ err: error }, "could not record how the attempt ended"),
    );
  } finally {
    clearTimeout(deadline);
    clearInterval(heartbeat);
    context.dispose();
    runs.delete(task.id);
  }
}

async function settleFailure(
  deps: EngineDeps,
  task: TaskRow,
  signal: AbortSignal,
  {
    thrown,
    timeoutSeconds,
    costUsd,
  }: { thrown: unknown; timeoutSeconds: number; costUsd: number | null },
): Promise<void> {
  switch (abortCauseOf(signal)) {
    case "canceled":
    case "lost":
      // Whoever canceled or took over the task already wrote its state.
      return;
    case "expired":
      await failAttempt(
        deps,
        task,
        "expired",
        {
          code: "expired",
          message: `Took longer than the ${formatLimit(timeoutSeconds)} limit for one attempt`,
          retryable: false,
        },
        costUsd,
      );
      return;
    case "shutdown":
      await handOverAttempt(deps, task);
      return;
    case null: {
      const error = describeError(thrown);
      const { retryAfterMs: _ignored, waiting: _waiting, ...stored } = error;
      if (!error.retryable) {
        await failAttempt(deps, task, "error", stored, costUsd);
      } else if ((error.code === "rate_limited" || error.waiting) && withinWaitingPatience(task)) {
        // A rate limit, or a step another task is still making, says "not now", not "this
        // failed": waiting it out spends no attempt.
        await retryAttempt(deps, task, error, { spendsAttempt: false });
      } else if (task.attempt < task.maxAttempts) {
        await retryAttempt(deps, task, error);
      } else {
        await giveUpAttempt(deps, task, stored, costUsd);
      }
    }
  }
}

async function claim(
  deps: EngineDeps,
  kindId: string,
  job: { id: string; data: { taskId: string } },
  workerId: string,
): Promise<{ task: TaskRow; deadlineMs: number } | null> {
  const kind = deps.kinds.get(kindId);
  const timeoutMs = kind.timeoutSeconds * 1000;
  const claimed = await deps.writes.claims.submit({
    taskId: job.data.taskId,
    jobId: job.id,
    workerId,
    timeoutMs,
  });
  if (!claimed) {
    return null;
  }
  return { task: claimed.task, deadlineMs: timeoutMs };
}

/** Proves the attempt is alive; false when it no longer holds the task. */
async function beat(deps: EngineDeps, task: TaskRow): Promise<boolean> {
  try {
    const rows = await deps.db
      .update(tasks)
      .set({ heartbeatAt: sql`now()` })
      .where(
        and(eq(tasks.id, task.id), eq(tasks.runToken, task.runToken), eq(tasks.status, "running")),
      )
      .returning({ id: tasks.id });
    return rows.length > 0;
  } catch {
    // A database hiccup is not proof of loss; the next beat decides.
    return true;
  }
}

/** How long a task keeps waiting ("not now") before the waits count against its attempts. */
const WAITING_PATIENCE_MS = 10 * 60_000;

const withinWaitingPatience = (task: TaskRow) =>
  Date.now() - task.createdAt.getTime() < WAITING_PATIENCE_MS;

function formatLimit(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
