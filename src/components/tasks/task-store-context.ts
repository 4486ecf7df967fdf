"use client";

import { createContext } from "react";
import type { TaskStore } from "@/lib/client/task-store";

/** The tab's one task store (TaskProvider makes it); its own module so hooks import no provider. */
export const TaskStoreContext = createContext<TaskStore | null>(null);
