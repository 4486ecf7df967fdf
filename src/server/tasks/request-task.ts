import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "../errors";
import type { EngineDeps } from "./engine-deps";
import { type NewTaskValues, publishAll, requestStatement } from "./hot-path-statements";
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
 * The task row and its pg-boss job are created in one transaction: the caller's when it passes
 * one (a trigger in a completion), else one shared with the requests arriving at the same time.
 */
export async function requestTask(
  deps: EngineDeps,
  options: RequestTaskOptions,
  outer?: TxScope,
): Promise<RequestTaskResult> {
  const kind = deps.kinds.get(options.kind);
  const values = {
    showId: options.showId,
    kind: kind.id,
    target: options.target ?? "",
    title: options.title ?? kind.label,
    input: parseInput(kind.input, options.input ?? {}),
    maxAttempts: deps.kinds.retryPolicy(kind.id).maxAttempts,
    queuedDeadlineMs: deps.config.queuedDeadlineMs,
    source: options.source ?? "user",
  };
  for (;;) {
    const request = { ...values, jobId: randomUUID() };
    const outcome = outer
      ? (await writeRequests(deps, [request], outer))[0]
      : await deps.writes.requests.submit(request);
    if (outcome) {
      return outcome;
    }
  }
}

/**
 * Writes a batch of requests in one transaction: tasks and events in one statement, then one
 * pg-boss insert per queue for the tasks that are new. Null where a request must be asked again.
 */
export async function writeRequests(
  deps: Pick<EngineDeps, "db" | "boss" | "bus" | "nudge">,
  requests: NewTaskValues[],
  outer?: TxScope,
): Promise<(RequestTaskResult | null)[]> {
  return inTransaction(
    deps.db,
    async (scope) => {
      const changes = await requestStatement(scope.tx, requests);
      const newJobs = new Map<string, { id: string; data: { taskId: string } }[]>();
      for (const change of changes) {
        if (change?.created) {
          const jobs = newJobs.get(change.task.kind) ?? [];
          jobs.push({ id: change.task.jobId!, data: { taskId: change.task.id } });
          newJobs.set(change.task.kind, jobs);
        }
      }
      for (const [kind, jobs] of newJobs) {
        await deps.boss.insert(queueName(kind), jobs, { db: bossDbFor(scope.tx) });
      }
      scope.afterCommit(() => {
        publishAll(deps, changes);
        for (const kind of newJobs.keys()) {
          deps.nudge(kind);
        }
      });
      return changes.map((change) => change && { task: change.task, created: change.created });
    },
    outer,
  );
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
  // Bounded like every text field (shows/text-limits.ts): kinds are short ids, targets uuids.
  kind: z.string().min(1).max(64),
  target: z.string().min(1).max(200).nullish(),
  input: z.record(z.string(), z.unknown()).optional(),
});
