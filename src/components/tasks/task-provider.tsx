"use client";

import { createContext, type ReactNode, useState } from "react";
import { useTaskStream } from "@/hooks/use-task-stream";
import { TaskStore } from "@/lib/client/task-store";
import { CancelDialogProvider } from "./cancel-dialog";

export const TaskStoreContext = createContext<TaskStore | null>(null);

/** Mounted once in the root layout: one live stream per tab, surviving client navigation. */
export function TaskProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new TaskStore());
  useTaskStream(store);
  return (
    <TaskStoreContext.Provider value={store}>
      <CancelDialogProvider>{children}</CancelDialogProvider>
    </TaskStoreContext.Provider>
  );
}
