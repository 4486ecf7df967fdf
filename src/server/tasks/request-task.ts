import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";

import { z } from "zod";
import type { Executor } from "../db/client";
import { tasks } from "../db/schema";
import { AppError } from "../errors";
import type { EngineDeps } from "./engine-deps";
import { queueName } from "./kind-registry";
import { ACTIVE_STATUSES } from "./status";
import type { TaskRow } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { autocommitScope, bossDbFor, inTransaction, type TxScope } from "./tx-scope";

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

  // Fast path for repeats (double clicks, a re-mounted component, a storm of tabs): an active task
  // found by one read is returned with one event insert, without opening a transaction. The
  // insert path below stays the guarantee: the unique index, not this read, prevents duplicates.
  if (!outer) {
    const existing = await findActive(deps.db, options.showId, kind.id, target);
    if (existing) {
      await recordDuplicate(deps, autocommitScope(deps.db), existing, source);
      return { task: existing, created: false };
    }
  }

  for (;;) {
    const outcome = await inTransaction(
      deps.db,
      async (scope) => {
        const jobId = randomUUID();
        const [inserted] = await scope.tx
          .insert(tasks)
          .values({
            showId: options.showId,
            kind: kind.id,
            target,
            title,
            input: input as object,
            status: "queued",
            maxAttempts,
            jobId,
            stage: "Queued",
            deadlineAt: sql`now() + ${deps.config.queuedDeadlineMs} * interval '1 millisecond'`,
            version: sql`(select coalesce(max(${tasks.version}), 0) + 1 from ${tasks} where ${tasks.showId} = ${options.showId} and ${tasks.kind} = ${kind.id} and ${tasks.target} = ${target})`,
          })
          .onConflictDoNothing({
            target: [tasks.showId, tasks.kind, tasks.target],
            where: sql`status in ('queued', 'running')`,
          })
          .returning();
        if (inserted) {
          await deps.boss.send(
            queueName(kind.id),
            { taskId: inserted.id },
            { id: jobId, db: bossDbFor(scope.tx) },
          );
          await appendTaskEvent(
            deps,
            scope,
            inserted,
            "requested",
            requestedMessage(title, inserted, source),
            {
              source,
            },
          );
          scope.afterCommit(() => deps.nudge(kind.id));
          return { task: inserted, created: true };
        }
        const existing = await findActive(scope.tx, options.showId, kind.id, target);
        if (!existing) {
          // The active task finished between our insert and this read: ask again.
          return null;
        }
        await recordDuplicate(deps, scope, existing, source);
        return { task: existing, created: false };
      },
      outer,
    );
    if (outcome) {
      return outcome;
    }
  }
}

async function findActive(
  db: Executor,
  showId: string,
  kind: string,
  target: string,
): Promise<TaskRow | null> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.showId, showId),
        eq(tasks.kind, kind),
        eq(tasks.target, target),
        inArray(tasks.status, [...ACTIVE_STATUSES]),
      ),
    );
  return row ?? null;
}

function recordDuplicate(deps: EngineDeps, scope: TxScope, existing: TaskRow, source: string) {
  return appendTaskEvent(
    deps,
    scope,
    existing,
    "deduplicated",
    `Asked again (${source}); this ${existing.status} task continues`,
    { source },
  );
}

function requestedMessage(title: string, task: TaskRow, source: string): string {
  const version = task.version > 1 ? ` (version ${task.version})` : "";
  return `${title}${version} requested by ${source}`;
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
