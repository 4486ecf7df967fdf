import { isActiveStatus, isRecentlyFinished } from "@/lib/client/task-status";
import type { Task } from "@/lib/client/types";

/** Running first, then what needs attention, then the rest. */
const RANK = { running: 0, queued: 1, failed: 2, canceled: 3, succeeded: 4 } as const;

const finishedOrStarted = (task: Task) =>
  Date.parse(task.finishedAt ?? task.startedAt ?? task.createdAt);

/** One line of the dock: the newest task for a target, and how many ran for it lately. */
export interface DockRow {
  task: Task;
  /** Tasks for the same (show, kind, target) in the dock's window, this one included. */
  count: number;
}

const targetKey = (task: Task) => `${task.showId}|${task.kind}|${task.target ?? ""}`;

/**
 * What the dock lists: one row per target (show, kind, target) among the tasks that are active or
 * finished in the last ten minutes. A target asked for again (a retry, a new version, autopilot's
 * grid after each portrait) is one row showing its newest task, so a retried task replaces its
 * failed or canceled row instead of sitting under it.
 */
export function dockRows(tasks: Iterable<Task>, now: number): DockRow[] {
  const groups = new Map<string, DockRow>();
  for (const task of tasks) {
    if (!isActiveStatus(task.status) && !(now > 0 && isRecentlyFinished(task, now))) {
      continue;
    }
    const key = targetKey(task);
    const row = groups.get(key);
    if (!row) {
      groups.set(key, { task, count: 1 });
    } else {
      groups.set(key, {
        task: isNewerRequest(task, row.task) ? task : row.task,
        count: row.count + 1,
      });
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      RANK[a.task.status] - RANK[b.task.status] ||
      finishedOrStarted(b.task) - finishedOrStarted(a.task),
  );
}

/** Versions count up per target; the creation time breaks a tie between two servers' clocks. */
function isNewerRequest(a: Task, b: Task): boolean {
  return a.version !== b.version
    ? a.version > b.version
    : Date.parse(a.createdAt) > Date.parse(b.createdAt);
}

const tasksWord = (count: number) => `${count} ${count === 1 ? "task" : "tasks"}`;

export function dockSummary(rows: DockRow[]): string {
  const active = rows.filter((row) => isActiveStatus(row.task.status)).length;
  if (active > 0) {
    return `${tasksWord(active)} running`;
  }
  const failed = rows.filter((row) => row.task.status === "failed").length;
  if (failed > 0) {
    return `${tasksWord(failed)} failed`;
  }
  return `${tasksWord(rows.length)} finished`;
}

/** Succeeded rows shown before "N more" — a cast of ten writes ten dossiers at once. */
export const SUCCEEDED_SHOWN = 4;

export function splitSucceeded(
  rows: DockRow[],
  showAll: boolean,
): { shown: DockRow[]; hidden: number } {
  if (showAll) {
    return { shown: rows, hidden: 0 };
  }
  let succeeded = 0;
  const shown = rows.filter(
    (row) => row.task.status !== "succeeded" || ++succeeded <= SUCCEEDED_SHOWN,
  );
  return { shown, hidden: rows.length - shown.length };
}
