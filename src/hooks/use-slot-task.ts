"use client";

import { useMemo } from "react";
import { isActiveTask } from "@/lib/client/task-status";
import type { Asset, Task } from "@/lib/client/types";
import { useShowTasks } from "./use-tasks";

export type SlotState =
  | { kind: "empty" }
  | { kind: "active"; task: Task }
  | { kind: "failed"; task: Task }
  | { kind: "finishing"; task: Task }
  | { kind: "done"; task: Task | undefined };

/**
 * The live state of one asset slot — (show, kind, target) — from the newest task for it and the
 * asset the show currently points to.
 */
export function useSlotState(
  showId: string,
  kind: string,
  target: string | null,
  current: Asset | null | boolean,
): SlotState {
  const tasks = useShowTasks(showId);
  return useMemo(() => {
    const latest = tasks.find((task) => task.kind === kind && (task.target ?? null) === target);
    const hasAsset = Boolean(current);
    const assetTime = typeof current === "object" && current ? Date.parse(current.createdAt) : 0;
    if (latest && isActiveTask(latest)) {
      return { kind: "active", task: latest };
    }
    const newerThanAsset = latest && Date.parse(latest.createdAt) > assetTime;
    if (latest && newerThanAsset && (latest.status === "failed" || latest.status === "canceled")) {
      return { kind: "failed", task: latest };
    }
    if (latest?.status === "succeeded" && !hasAsset) {
      return { kind: "finishing", task: latest };
    }
    return hasAsset ? { kind: "done", task: latest } : { kind: "empty" };
  }, [tasks, kind, target, current]);
}
