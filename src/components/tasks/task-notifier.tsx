"use client";

import { useCallback } from "react";
import { useTaskChanges } from "@/hooks/use-tasks";
import { kindInfo } from "@/lib/client/kinds";
import { elapsedMs, isActiveStatus } from "@/lib/client/task-status";
import type { TaskChange } from "@/lib/client/task-store";

/** Tasks that ran at least this long are worth a notification, whatever their kind. */
const LONG_TASK_MS = 30_000;
export const NOTIFY_PREFERENCE_KEY = "greenlight.notify";

/** Opt-in browser notification when a long task finishes while the user looks elsewhere. */
export function TaskNotifier() {
  const notify = useCallback(({ task, previous }: TaskChange) => {
    if (!previous || !isActiveStatus(previous.status) || isActiveStatus(task.status)) {
      return;
    }
    if (!("Notification" in window) || Notification.permission !== "granted") {
      return;
    }
    if (window.localStorage.getItem(NOTIFY_PREFERENCE_KEY) !== "true") {
      return;
    }
    const long = kindInfo(task.kind).long || elapsedMs(task, Date.now()) >= LONG_TASK_MS;
    if (!long || task.status === "canceled") {
      return;
    }
    const outcome = task.status === "succeeded" ? "is ready" : "failed";
    // The tag makes every open tab's notification for this task collapse into one.
    const notification = new Notification(`${task.title} ${outcome}`, {
      body: task.error?.message ?? "Open Greenlight to see it.",
      tag: `greenlight-task-${task.id}`,
    });
    notification.onclick = () => {
      window.focus();
      window.location.assign(`/tasks/${task.id}`);
    };
  }, []);

  useTaskChanges(notify);
  return null;
}
