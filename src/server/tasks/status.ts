/** Every task status, in lifecycle order. The only place statuses are spelled out. */
export const TASK_STATUSES = ["queued", "running", "succeeded", "failed", "canceled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const ACTIVE_STATUSES = ["queued", "running"] as const satisfies readonly TaskStatus[];
export const FINAL_STATUSES = [
  "succeeded",
  "failed",
  "canceled",
] as const satisfies readonly TaskStatus[];

export const isActive = (status: string): boolean => status === "queued" || status === "running";
export const isFinal = (status: string): boolean =>
  status === "succeeded" || status === "failed" || status === "canceled";

/** Why a task ended in `failed` or `canceled`. */
export type FailureReason = "error" | "expired" | "canceled" | "crashed";

/** Task event types recorded in `task_events`; the timeline that answers "where did it stop?". */
export type TaskEventType =
  | "requested"
  | "deduplicated"
  | "started"
  | "resumed"
  | "progress"
  | "checkpoint"
  | "log"
  | "retry"
  | "error"
  | "succeeded"
  | "failed"
  | "expired"
  | "canceled"
  | "triggered"
  | "worker_lost"
  | "handed_over";
