import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../errors";
import type { EngineDeps } from "./engine-deps";
import { publishChange, requestStatement } from "./hot-path-statements";
import { queueName } from "./kind-registry";
import type { TaskRow } from "./task-dto";
import { bossDbFor, inTransaction, type TxScope } from "./tx-scope";

export interface RequestTaskOptions {
  showId: string;
  kind: string;
  /** A character or episode id; omitted for show-level kinds. */
  target?: string | null;
  input?: unknown;
  /** What the dock calls it; defaults to the kind's label. */
  title?: string;
  /** Who asked, for the timeline: "user", "autopilot", "trigger: portrait". */
  source?: string;
}

export interface RequestTaskResult {
  task: TaskRow;
  /** False when an active task for the same target already existed and was returned. */
  created: boolean;
}

/**
 * Idempotent per (show, kind, target) while a task is active: the unique partial index
 * `tasks_one_active_per_target` makes a concurrent second insert a no-op, and the existing task
 * is returned instead. No read-then-write, so 1,000 simultaneous requests yield one task.
 * The task row and its pg-boss job are created in one transaction.
 */
export async function requestTask(
  deps: EngineDeps,
  options: RequestTaskOptions,
  outer?: TxScope,
): Promise<RequestTaskResult> {
  const kind = deps.kinds.get(options.kind);
  const input = parseInput(kind.input, options.input ?? {});
  const target = options.target ?? "";
  const title = options.title ?? kind.label;
  const maxAttempts = deps.kinds.retryPolicy(kind.id).maxAttempts;
  const source = options.source ?? "user";

  for (;;) {
    const outcome = await inTransaction(
      deps.db,
      async (scope) => {
        const jobId = randomUUID();
        const change = await requestStatement(scope.tx, {
          showId: options.showId,
          kind: kind.id,
          target,
          title,
          input,
          maxAttempts,
          jobId,
          queuedDeadlineMs: deps.config.queuedDeadlineMs,
          source,
        });
        if (!change) {
          return null;
        }
        if (change.created) {
          await deps.boss.send(
            queueName(kind.id),
            { taskId: change.task.id },
            { id: jobId, db: bossDbFor(scope.tx) },
          );
          scope.afterCommit(() => deps.nudge(kind.id));
        }
        scope.afterCommit(() => publishChange(deps, change));
        return { task: change.task, created: change.created };
      },
      outer,
    );
    if (outcome) {
      return outcome;
    }
  }
}

function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    return parsed.data;
  }
  const issue = parsed.error.issues[0]!;
  const field = ["input", ...issue.path.map(String)].join(".");
  throw new AppError("invalid_input", `${field}: ${issue.message}`, { field, cause: parsed.error });
}

export const requestTaskBodySchema = z.object({
  kind: z.string().min(1),
  target: z.string().min(1).nullish(),
  input: z.record(z.string(), z.unknown()).optional(),
});
