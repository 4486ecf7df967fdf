"use client";

import { useCallback, useContext, useEffect, useMemo, useSyncExternalStore } from "react";
import { TaskSeedContext } from "@/components/tasks/task-seed";
import { TaskStoreContext } from "@/components/tasks/task-store-context";
import { api } from "@/lib/client/api";
import { newestFirst } from "@/lib/client/task-status";
import type { TaskChange, TaskStore, TaskStoreSnapshot } from "@/lib/client/task-store";
import type { Task } from "@/lib/client/types";

const EMPTY: TaskStoreSnapshot = { tasks: new Map(), connection: "connecting" };

export function useTaskStore(): TaskStore {
  const store = useContext(TaskStoreContext);
  if (!store) {
    throw new Error("useTaskStore needs <TaskProvider> above it");
  }
  return store;
}

export function useTaskSnapshot(): TaskStoreSnapshot {
  const store = useTaskStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => EMPTY);
}

/** Tasks of one show, newest first: the store's, over any the server rendered the page with. */
export function useShowTasks(showId: string | undefined): Task[] {
  const { tasks } = useTaskSnapshot();
  const seed = useContext(TaskSeedContext);
  return useMemo(() => {
    const merged = new Map<string, Task>();
    for (const task of [...seed, ...tasks.values()]) {
      if (task.showId === showId) {
        merged.set(task.id, task);
      }
    }
    return [...merged.values()].sort(newestFirst);
  }, [tasks, seed, showId]);
}

export function useTask(id: string): Task | undefined {
  return useTaskSnapshot().tasks.get(id);
}

/** Calls `listener` for every accepted task change (live events, snapshots, API answers). */
export function useTaskChanges(listener: (change: TaskChange) => void): void {
  const store = useTaskStore();
  useEffect(() => store.onChange(listener), [store, listener]);
}

/** Start, cancel and retry tasks; each answer goes straight into the store so the UI moves at once. */
export function useTaskActions() {
  const store = useTaskStore();
  const remember = useCallback(
    (task: Task) => {
      store.upsert(task);
      return task;
    },
    [store],
  );
  return useMemo(
    () => ({
      request: (showId: string, kind: string, target?: string | null) =>
        api.requestTask(showId, kind, target).then(remember),
      cancel: (id: string) => api.cancelTask(id).then(remember),
      retry: (id: string) => api.retryTask(id).then(remember),
    }),
    [remember],
  );
}
