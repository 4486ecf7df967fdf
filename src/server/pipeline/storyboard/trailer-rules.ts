import type { Executor } from "../../db/client";
import type { FollowUpRequest } from "../../tasks/task-kind";
import { findAutopilotPause } from "../autopilot-pause";
import { gridCoversCast, type ShowState } from "../show-state";
import { type NextStepOptions, stepWanter } from "../step-wanter";
import { trailerScoreTarget } from "./board-ref";
import { boardSteps } from "./board-steps";
import { loadTrailerInput } from "./load-storyboard";
import { planStoryboard } from "./storyboard-plan";
import { writingTrailerScript } from "./trailer-script-in-flight";

/**
 * Autopilot cuts the first trailer once every character not skipped has a portrait, the grid
 * covers them and the poster (the end card) exists.
 */
export function castReadyForTrailer(state: ShowState): boolean {
  const active = state.cast.filter((member) => !member.skipped);
  return (
    active.length > 0 &&
    active.every((member) => member.portraitAssetId !== null) &&
    gridCoversCast(state) &&
    state.show.posterAssetId !== null
  );
}

/** Whether a trailer cut is wanted: asked for (`trailer_wanted`), or autopilot's first one. */
export function trailerWanted(state: ShowState): boolean {
  const { show } = state;
  if (show.trailerWanted) {
    return true;
  }
  return (
    show.autopilot &&
    !findAutopilotPause(state) &&
    show.trailerAssetId === null &&
    castReadyForTrailer(state)
  );
}

/**
 * What a wanted trailer still needs, each its own task, as an episode's animatic does
 * (storyboard-rules.ts): the trailer script; then every stale or missing frame of a picture shot,
 * every line without a take, the score, and on a video model a clip of each picture shot once its
 * frame is current; and once none of those is in flight, the cut itself if it is not current.
 * Nothing while a new script is being written: the board it replaces is not worth a piece.
 */
export async function trailerSteps(
  db: Executor,
  state: ShowState,
  options: NextStepOptions,
): Promise<FollowUpRequest[]> {
  if (!trailerWanted(state) || writingTrailerScript(state)) {
    return [];
  }
  const steps: FollowUpRequest[] = [];
  const want = stepWanter(state, steps, options);
  const input = await loadTrailerInput(db, state.show);
  if (input.shots.length === 0) {
    want({ kind: "trailer_script", title: "Trailer script" });
    return steps;
  }
  boardSteps(
    state,
    planStoryboard(input),
    {
      label: "Trailer",
      scoreTarget: trailerScoreTarget,
      cut: { kind: "trailer", title: "Trailer" },
    },
    steps,
    want,
  );
  return steps;
}
