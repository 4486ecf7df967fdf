"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useShowTasks } from "@/hooks/use-tasks";
import { errorMessage } from "@/lib/client/api";

/**
 * A board (an episode's storyboard, the trailer's) reloaded whenever a task of `kinds` settles
 * (from the live task stream), and replaced by the answer of every edit. `load` null: nothing to
 * load yet.
 */
export function useLiveBoard<View>(
  showId: string,
  kinds: ReadonlySet<string>,
  load: (() => Promise<View>) | null,
) {
  const [board, setBoard] = useState<View | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tasks = useShowTasks(showId);
  const settled = useMemo(
    () =>
      tasks
        .filter((task) => kinds.has(task.kind) && task.status !== "queued")
        .map((task) => `${task.id}:${task.status}`)
        .join(","),
    [tasks, kinds],
  );
  const active = useMemo(
    () =>
      tasks.filter(
        (task) => kinds.has(task.kind) && (task.status === "queued" || task.status === "running"),
      ),
    [tasks, kinds],
  );
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!load) {
      return;
    }
    const ticket = ++latest.current;
    try {
      const next = await load();
      if (ticket === latest.current) {
        setBoard(next);
        setError(null);
      }
    } catch (cause) {
      if (ticket === latest.current) {
        setError(errorMessage(cause));
      }
    }
  }, [load]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `settled` is the reload trigger.
  useEffect(() => {
    void reload();
  }, [reload, settled]);
  const replace = useCallback((next: View) => {
    latest.current++;
    setBoard(next);
  }, []);
  return { board, error, reload, replace, active };
}
