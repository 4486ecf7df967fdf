import type { Executor } from "../../db/client";
import type { EpisodeRow } from "../../shows/show-records";
import type { FollowUpRequest } from "../../tasks/task-kind";
import { findAutopilotPause } from "../autopilot-pause";
import type { ShowState } from "../show-state";
import { type NextStepOptions, stepWanter } from "../step-wanter";
import { boardSteps } from "./board-steps";
import { loadStoryboardInput } from "./load-storyboard";
import { planStoryboard } from "./storyboard-plan";

/**
 * Whose animatic is wanted: an episode someone asked for (`animatic_wanted`, cleared when its cut
 * is rendered), and with autopilot through the season, episode 1's first cut once its still exists.
 */
export function episodesWantingAnimatics(state: ShowState): EpisodeRow[] {
  const { show, settings } = state;
  const autopilot =
    show.autopilot && settings.autopilotThrough === "season" && !findAutopilotPause(state);
  return state.episodes.filter(
    (episode) =>
      !episode.skipped &&
      (episode.animaticWanted ||
        (autopilot &&
          episode.number === 1 &&
          episode.stillAssetId !== null &&
          episode.animaticAssetId === null)),
  );
}

/**
 * What a wanted animatic still needs, each its own task: the script; then every stale or missing
 * frame, every line without a take in its current voice, the score; and once none of those is
 * in flight, the cut itself if it is not current. A piece whose task failed is left to the user
 * (the board shows it); the cut then renders with what exists or says what is missing.
 */
export async function storyboardSteps(
  db: Executor,
  state: ShowState,
  options: NextStepOptions,
): Promise<FollowUpRequest[]> {
  const steps: FollowUpRequest[] = [];
  const want = stepWanter(state, steps, options);
  for (const episode of episodesWantingAnimatics(state)) {
    const title = `Episode ${episode.number}`;
    const input = await loadStoryboardInput(db, state.show, episode);
    if (input.shots.length === 0) {
      want({ kind: "episode_script", target: episode.id, title: `Script · ${title}` });
      continue;
    }
    boardSteps(
      state,
      planStoryboard(input),
      {
        label: title,
        scoreTarget: episode.id,
        cut: { kind: "episode_animatic", target: episode.id, title: `Animatic · ${title}` },
      },
      steps,
      want,
    );
  }
  return steps;
}
