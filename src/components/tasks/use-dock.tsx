"use client";

import { createContext, type ReactNode, useContext } from "react";
import { useNow } from "@/hooks/use-now";
import { type ShowDirectoryEntry, useShowDirectory } from "@/hooks/use-show-directory";
import { useTaskSnapshot } from "@/hooks/use-tasks";
import { isActiveStatus } from "@/lib/client/task-status";
import { type DockRow, dockRows, dockSummary } from "./dock-tasks";

export interface DockModel {
  rows: DockRow[];
  directory: ReadonlyMap<string, ShowDirectoryEntry>;
  summary: string;
  anyActive: boolean;
  failed: number;
  reconnecting: boolean;
  /** When the last listed task finished (ms), 0 while something runs or nothing is listed. */
  lastFinishedAt: number;
  now: number;
}

const DockModelContext = createContext<DockModel | null>(null);

/**
 * Both docks (the header pill, the phone's bottom sheet) are on every page, one hidden by CSS:
 * they share one model, so the show names behind their rows are fetched once.
 */
export function DockModelProvider({ children }: { children: ReactNode }) {
  return <DockModelContext.Provider value={useDockState()}>{children}</DockModelContext.Provider>;
}

export function useDockModel(): DockModel {
  const model = useContext(DockModelContext);
  if (!model) {
    throw new Error("useDockModel needs <DockModelProvider> above it");
  }
  return model;
}

function useDockState(): DockModel {
  const { tasks, connection } = useTaskSnapshot();
  const now = useNow();
  const rows = dockRows(tasks.values(), now);
  const directory = useShowDirectory([...new Set(rows.map((row) => row.task.showId))]);
  const anyActive = rows.some((row) => isActiveStatus(row.task.status));
  const reconnecting = connection === "reconnecting";
  const lastFinishedAt = anyActive
    ? 0
    : Math.max(0, ...rows.map((row) => Date.parse(row.task.finishedAt ?? "") || 0));
  return {
    rows,
    directory,
    summary: rows.length === 0 ? "Reconnecting…" : dockSummary(rows),
    anyActive,
    failed: rows.filter((row) => row.task.status === "failed").length,
    reconnecting,
    lastFinishedAt,
    now,
  };
}
