import { and, eq } from "drizzle-orm";
import { tasks } from "../db/schema";
import type { Logger } from "../logger";
import type { EngineDeps } from "./engine-deps";
import { TaskAbortedError } from "./task-abort";
import { type TaskRow, toTaskDto } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import type { TaskContext } from "./task-kind";
import { inTransaction } from "./tx-scope";

const MILESTONES = [0.25, 0.5, 0.75];

export interface RunningContext {
  handle: Omit<TaskContext<unknown>, "input">;
  /** Writes the latest progress now (before the task settles). */
  flush(): Promise<void>;
  costUsd(): number | null;
  dispose(): void;
}

/**
 * The handler's view of its attempt. Progress is throttled twice: live messages at most every
 * `progressPublishMs`, database writes at most every `progressWriteMs` (a trailing write keeps the
 * last value), and a timeline event only when a quarter mark is crossed.
 */
export function createTaskContext(
  deps: EngineDeps,
  task: TaskRow,
  controller: AbortController,
  logger: Logger,
): RunningContext {
  let current: TaskRow = task;
  let cost: number | null = null;
  let lastPublish = 0;
  let lastWrite = 0;
  let dirty = false;
  let trailing: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let milestone = MILESTONES.findIndex((mark) => task.progress < mark);
  const held = and(
    eq(tasks.id, task.id),
    eq(tasks.runToken, task.runToken),
    eq(tasks.status, "running"),
  );

  const writeProgress = (): Promise<void> => {
    if (!dirty) {
      return writing;
    }
    dirty = false;
    lastWrite = Date.now();
    const { progress, stage } = current;
    const crossed =
      milestone >= 0 && progress >= MILESTONES[milestone]! ? MILESTONES[milestone] : null;
    if (crossed !== null) {
      const next = MILESTONES.findIndex((mark) => progress < mark);
      milestone = next;
    }
    writing = writing
      .then(() =>
        inTransaction(deps.db, async (scope) => {
          const [row] = await scope.tx
            .update(tasks)
            .set({ progress, stage })
            .where(held)
            .returning();
          if (!row) {
            return;
          }
          if (crossed !== null) {
            const percent = Math.round(progress * 100);
            await appendTaskEvent(
              deps,
              scope,
              row,
              "progress",
              `${percent}%${stage ? ` · ${stage}` : ""}`,
            );
          }
        }),
      )
      .catch((error: unknown) => logger.warn({ err: error }, "progress write failed"));
    return writing;
  };

  const handle: RunningContext["handle"] = {
    task: toTaskDto(task),
    signal: controller.signal,
    lastCheckpoint: task.checkpoint,
    logger,
    progress(fraction, stage) {
      const progress = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
      current = { ...current, progress, stage: stage ?? current.stage };
      dirty = true;
      const now = Date.now();
      if (now - lastPublish >= deps.config.progressPublishMs) {
        lastPublish = now;
        deps.bus.publish({ type: "progress", task: toTaskDto(current) });
      }
      if (now - lastWrite >= deps.config.progressWriteMs) {
        void writeProgress();
      } else if (!trailing) {
        trailing = setTimeout(() => {
          trailing = null;
          void writeProgress();
        }, deps.config.progressWriteMs);
        trailing.unref();
      }
    },
    async checkpoint(data, message) {
      const saved = await inTransaction(deps.db, async (scope) => {
        const [row] = await scope.tx
          .update(tasks)
          .set({ checkpoint: data as object })
          .where(held)
          .returning();
        if (row) {
          current = { ...current, checkpoint: row.checkpoint };
          await appendTaskEvent(deps, scope, row, "checkpoint", message ?? "Checkpoint saved", {
            checkpoint: data as Record<string, unknown>,
          });
        }
        return Boolean(row);
      });
      if (!saved) {
        // The task was canceled or taken over: stop before doing anything the checkpoint guards.
        if (!controller.signal.aborted) {
          controller.abort(new TaskAbortedError("lost"));
        }
        controller.signal.throwIfAborted();
      }
    },
    async log(message, data) {
      await inTransaction(deps.db, (scope) =>
        appendTaskEvent(deps, scope, current, "log", message, data),
      );
    },
    setCost(usd) {
      cost = usd;
    },
  };

  return {
    handle,
    flush: () => writeProgress(),
    costUsd: () => cost,
    dispose() {
      if (trailing) {
        clearTimeout(trailing);
      }
    },
  };
}
