import type { Task, TaskStatus } from "./types";

/** Mirrors src/server/tasks/status.ts; the browser bundle must not import server modules. */
export const isActiveStatus = (status: TaskStatus): boolean =>
  status === "queued" || status === "running";

export const isActiveTask = (task: Task): boolean => isActiveStatus(task.status);

/** Finished tasks stay in the dock this long (the server keeps them in its active list as long). */
export const RECENTLY_FINISHED_MS = 10 * 60_000;

export function isRecentlyFinished(task: Task, now: number): boolean {
  return task.finishedAt !== null && now - Date.parse(task.finishedAt) < RECENTLY_FINISHED_MS;
}

/** Elapsed milliseconds from start (or request) to finish (or now). */
export function elapsedMs(task: Task, now: number): number {
  const from = Date.parse(task.startedAt ?? task.createdAt);
  const to = task.finishedAt ? Date.parse(task.finishedAt) : now;
  return Math.max(0, to - from);
}

export const newestFirst = (a: Task, b: Task): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** A task with an id the browser has not seen before, or an update that does not regress state. */
export function isNewerTask(incoming: Task, existing: Task | undefined): boolean {
  if (!existing) {
    return true;
  }
  // A finished task never becomes active again (a retry is a new task); replayed events after a
  // reconnect may carry older states.
  if (!isActiveStatus(existing.status) && isActiveStatus(incoming.status)) {
    return false;
  }
  return incoming.attempt >= existing.attempt;
}
