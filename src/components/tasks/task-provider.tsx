"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useState } from "react";
import { useTaskStream } from "@/hooks/use-task-stream";
import { TaskStore } from "@/lib/client/task-store";
import { isPublicPage } from "../nav/public-pages";
import { CancelDialogProvider } from "./cancel-dialog";
import { TaskStoreContext } from "./task-store-context";
import { DockModelProvider } from "./use-dock";

/** Mounted once in the root layout: one live stream per tab, surviving client navigation. */
export function TaskProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new TaskStore());
  // A visitor's share page shows finished work: no live stream to open (or to be refused).
  useTaskStream(store, !isPublicPage(usePathname()));
  return (
    <TaskStoreContext.Provider value={store}>
      <CancelDialogProvider>
        <DockModelProvider>{children}</DockModelProvider>
      </CancelDialogProvider>
    </TaskStoreContext.Provider>
  );
}
