"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useShowTasks } from "@/hooks/use-tasks";
import { errorMessage } from "@/lib/client/api";
import { type StoryboardView, storyboardApi } from "@/lib/client/storyboard-api";

/** The kinds whose completions change a board: a finished one reloads it. */
const boardKinds = new Set([
  "episode_script",
  "storyboard_frame",
  "voice_line",
  "score",
  "episode_animatic",
  "shot_clip",
]);

/**
 * One episode's storyboard, reloaded whenever a task that changes it settles (from the live task
 * stream), and replaced by the answer of every edit.
 */
export function useStoryboard(showId: string, episodeId: string | null) {
  const [board, setBoard] = useState<StoryboardView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tasks = useShowTasks(showId);
  const settled = useMemo(
    () =>
      tasks
        .filter((task) => boardKinds.has(task.kind) && task.status !== "queued")
        .map((task) => `${task.id}:${task.status}`)
        .join(","),
    [tasks],
  );
  const active = useMemo(
    () =>
      tasks.filter(
        (task) =>
          boardKinds.has(task.kind) && (task.status === "queued" || task.status === "running"),
      ),
    [tasks],
  );
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!episodeId) {
      return;
    }
    const ticket = ++latest.current;
    try {
      const next = await storyboardApi.get(showId, episodeId);
      if (ticket === latest.current) {
        setBoard(next);
        setError(null);
      }
    } catch (cause) {
      if (ticket === latest.current) {
        setError(errorMessage(cause));
      }
    }
  }, [showId, episodeId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `settled` is the reload trigger.
  useEffect(() => {
    void reload();
  }, [reload, settled]);
  const replace = useCallback((next: StoryboardView) => {
    latest.current++;
    setBoard(next);
  }, []);
  return { board, error, reload, replace, active };
}
