import { and, asc, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import { z } from "zod";
import { taskEvents, tasks } from "../db/schema";
import { notFound } from "../errors";
import type { EngineDeps } from "./engine-deps";
import { ACTIVE_STATUSES, TASK_STATUSES } from "./status";
import {
  type TaskDto,
  type TaskEventDto,
  type TaskRow,
  toTaskDto,
  toTaskEventDto,
} from "./task-dto";

/** Finished tasks stay in the "active" list this long, so the dock can show how they ended. */
export const RECENTLY_FINISHED_MS = 10 * 60_000;

export interface TaskDetail extends TaskDto {
  input: unknown;
  result: unknown;
  checkpoint: unknown;
  events: TaskEventDto[];
}

export async function getTaskRow(deps: Pick<EngineDeps, "db">, taskId: string): Promise<TaskRow> {
  const [row] = z.uuid().safeParse(taskId).success
    ? await deps.db.select().from(tasks).where(eq(tasks.id, taskId))
    : [];
  if (!row) {
    throw notFound("Task");
  }
  return row;
}

/** A task with its whole timeline: the answer to "where did it stop?". */
export async function getTaskDetail(
  deps: Pick<EngineDeps, "db">,
  taskId: string,
): Promise<TaskDetail> {
  const row = await getTaskRow(deps, taskId);
  const events = await deps.db
    .select()
    .from(taskEvents)
    .where(eq(taskEvents.taskId, taskId))
    .orderBy(asc(taskEvents.id));
  return {
    ...toTaskDto(row),
    input: row.input,
    result: row.result,
    checkpoint: row.checkpoint,
    events: events.map(toTaskEventDto),
  };
}

export const listTasksQuerySchema = z.object({
  status: z.enum(["active", "all", ...TASK_STATUSES]).default("all"),
  showId: z.uuid().optional(),
  kind: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;

/**
 * `status=active` lists queued and running tasks plus those finished in the last ten minutes,
 * newest first: what the task dock shows.
 */
export async function listTasks(
  deps: Pick<EngineDeps, "db">,
  query: ListTasksQuery,
  /** Only these shows' tasks (a member's own shows); null or absent = every show. */
  showIds?: readonly string[] | null,
): Promise<TaskDto[]> {
  if (showIds && showIds.length === 0) {
    return [];
  }
  const conditions = [
    query.showId ? eq(tasks.showId, query.showId) : undefined,
    showIds ? inArray(tasks.showId, [...showIds]) : undefined,
    query.kind ? eq(tasks.kind, query.kind) : undefined,
    statusCondition(query.status),
  ].filter((condition) => condition !== undefined);
  const rows = await deps.db
    .select()
    .from(tasks)
    .where(and(...conditions))
    .orderBy(desc(tasks.createdAt))
    .limit(query.limit);
  return rows.map(toTaskDto);
}

function statusCondition(status: ListTasksQuery["status"]) {
  if (status === "all") {
    return undefined;
  }
  if (status === "active") {
    return or(
      inArray(tasks.status, [...ACTIVE_STATUSES]),
      gt(tasks.finishedAt, sql`now() - ${RECENTLY_FINISHED_MS} * interval '1 millisecond'`),
    );
  }
  return eq(tasks.status, status);
}

/** Events after an SSE client's Last-Event-ID, oldest first. */
export async function eventsSince(
  deps: Pick<EngineDeps, "db">,
  afterId: number,
  showId?: string,
  limit = 1_000,
): Promise<{ event: TaskEventDto; task: TaskDto }[]> {
  const rows = await deps.db
    .select({ event: taskEvents, task: tasks })
    .from(taskEvents)
    .innerJoin(tasks, eq(tasks.id, taskEvents.taskId))
    .where(and(gt(taskEvents.id, afterId), showId ? eq(taskEvents.showId, showId) : undefined))
    .orderBy(asc(taskEvents.id))
    .limit(limit);
  return rows.map((row) => ({ event: toTaskEventDto(row.event), task: toTaskDto(row.task) }));
}

/** The newest event id: the cursor a fresh SSE client starts from. */
export async function latestEventId(deps: Pick<EngineDeps, "db">): Promise<number> {
  const [row] = await deps.db
    .select({ id: sql<number | null>`max(${taskEvents.id})` })
    .from(taskEvents);
  return Number(row?.id ?? 0);
}
