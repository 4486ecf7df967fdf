"use client";

import { createContext, type ReactNode, useState } from "react";
import { useTaskStream } from "@/hooks/use-task-stream";
import { TaskStore } from "@/lib/client/task-store";

export const TaskStoreContext = createContext<TaskStore | null>(null);

/** Mounted once in the root layout: one live stream per tab, surviving client navigation. */
export function TaskProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new TaskStore());
  useTaskStream(store);
  return <TaskStoreContext.Provider value={store}>{children}</TaskStoreContext.Provider>;
}
