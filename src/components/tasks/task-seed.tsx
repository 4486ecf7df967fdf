"use client";

import { createContext, type ReactNode } from "react";
import type { Task } from "@/lib/client/types";

const NO_TASKS: readonly Task[] = [];

/**
 * Tasks the server read while rendering the page. Until the live stream has them, they stand in
 * for the store's copy, so the server's HTML already shows what runs and the first client render
 * matches it (the store is empty at hydration).
 */
export const TaskSeedContext = createContext<readonly Task[]>(NO_TASKS);

export function TaskSeedProvider({
  tasks,
  children,
}: {
  tasks: readonly Task[];
  children: ReactNode;
}) {
  return <TaskSeedContext.Provider value={tasks}>{children}</TaskSeedContext.Provider>;
}
