"use client";

import { useCallback } from "react";
import { trailerApi } from "@/lib/client/trailer-api";
import { useLiveBoard } from "../storyboard/use-live-board";

/**
 * The kinds whose completions change the trailer's board or its estimate: its script and pieces,
 * the cut, and the portraits and poster its frames and end card are drawn from.
 */
const trailerKinds = new Set([
  "trailer_script",
  "storyboard_frame",
  "voice_line",
  "score",
  "shot_clip",
  "trailer",
  "portrait",
  "poster",
]);

/** The trailer's board, kept current from the live task stream; null `showId`-less until a blueprint. */
export function useTrailerBoard(showId: string, ready: boolean) {
  const load = useCallback(() => trailerApi.get(showId), [showId]);
  return useLiveBoard(showId, trailerKinds, ready ? load : null);
}
