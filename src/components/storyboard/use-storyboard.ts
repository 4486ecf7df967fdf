"use client";

import { useCallback } from "react";
import { storyboardApi } from "@/lib/client/storyboard-api";
import { useLiveBoard } from "./use-live-board";

/** The kinds whose completions change an episode's board: a finished one reloads it. */
const boardKinds = new Set([
  "episode_script",
  "storyboard_frame",
  "voice_line",
  "score",
  "episode_animatic",
  "shot_clip",
]);

/** One episode's storyboard, kept current from the live task stream. */
export function useStoryboard(showId: string, episodeId: string | null) {
  const load = useCallback(() => storyboardApi.get(showId, episodeId ?? ""), [showId, episodeId]);
  return useLiveBoard(showId, boardKinds, episodeId ? load : null);
}
