import { isActiveStatus, isRecentlyFinished } from "@/lib/client/task-status";
import type { Task } from "@/lib/client/types";

/** Running first, then what needs attention, then the rest. */
const RANK = { running: 0, queued: 1, failed: 2, canceled: 3, succeeded: 4 } as const;

const finishedOrStarted = (task: Task) =>
  Date.parse(task.finishedAt ?? task.startedAt ?? task.createdAt);

/** What the dock lists: active tasks, then those finished in the last ten minutes. */
export function dockTasks(tasks: Iterable<Task>, now: number): Task[] {
  return [...tasks]
    .filter((task) => isActiveStatus(task.status) || (now > 0 && isRecentlyFinished(task, now)))
    .sort((a, b) => RANK[a.status] - RANK[b.status] || finishedOrStarted(b) - finishedOrStarted(a));
}

export function dockSummary(tasks: Task[]): string {
  const active = tasks.filter((task) => isActiveStatus(task.status)).length;
  if (active > 0) {
    return `${active} ${active === 1 ? "task" : "tasks"} running`;
  }
  const failed = tasks.filter((task) => task.status === "failed").length;
  if (failed > 0) {
    return `${failed} ${failed === 1 ? "task" : "tasks"} failed`;
  }
  return `${tasks.length} ${tasks.length === 1 ? "task" : "tasks"} finished`;
}

/** Succeeded tasks shown before "N more" — a cast of ten writes ten dossiers at once. */
export const SUCCEEDED_SHOWN = 4;

export function splitSucceeded(tasks: Task[], showAll: boolean): { shown: Task[]; hidden: number } {
  if (showAll) {
    return { shown: tasks, hidden: 0 };
  }
  let succeeded = 0;
  const shown = tasks.filter(
    (task) => task.status !== "succeeded" || ++succeeded <= SUCCEEDED_SHOWN,
  );
  return { shown, hidden: tasks.length - shown.length };
}
