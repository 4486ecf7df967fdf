import type { InferSelectModel } from "drizzle-orm";
import type { taskEvents, tasks } from "../db/schema";
import type { TaskStatus } from "./status";

export type TaskRow = InferSelectModel<typeof tasks>;
export type TaskEventRow = InferSelectModel<typeof taskEvents>;

/** The error stored on a failed (or retrying) task: what went wrong, in words a user can act on. */
export interface TaskError {
  code: string;
  message: string;
  retryable: boolean;
  provider?: string;
  requestId?: string;
}

/** A task as the API, the live stream and handlers see it (no input/result blobs). */
export interface TaskDto {
  id: string;
  showId: string;
  kind: string;
  target: string | null;
  title: string;
  status: TaskStatus;
  progress: number;
  stage: string;
  attempt: number;
  maxAttempts: number;
  version: number;
  error: TaskError | null;
  failureReason: string | null;
  costUsd: number | null;
  createdAt: string;
  startedAt: string | null;
  heartbeatAt: string | null;
  finishedAt: string | null;
}

export interface TaskEventDto {
  id: number;
  taskId: string;
  showId: string;
  type: string;
  message: string;
  data: unknown;
  at: string;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toTaskDto(row: TaskRow): TaskDto {
  return {
    id: row.id,
    showId: row.showId,
    kind: row.kind,
    target: row.target === "" ? null : row.target,
    title: row.title,
    status: row.status as TaskStatus,
    progress: row.progress,
    stage: row.stage,
    attempt: row.attempt,
    maxAttempts: row.maxAttempts,
    version: row.version,
    error: (row.error as TaskError | null) ?? null,
    failureReason: row.failureReason,
    costUsd: row.costUsd,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    heartbeatAt: iso(row.heartbeatAt),
    finishedAt: iso(row.finishedAt),
  };
}

export function toTaskEventDto(row: TaskEventRow): TaskEventDto {
  return {
    id: row.id,
    taskId: row.taskId,
    showId: row.showId,
    type: row.type,
    message: row.message,
    data: row.data ?? null,
    at: row.at.toISOString(),
  };
}
