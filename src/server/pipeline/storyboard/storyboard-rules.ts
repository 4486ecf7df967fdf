import type { Executor } from "../../db/client";
import type { EpisodeRow } from "../../shows/show-records";
import type { FollowUpRequest } from "../../tasks/task-kind";
import { findAutopilotPause } from "../autopilot-pause";
import { type ShowState, stepKey } from "../show-state";
import { type NextStepOptions, stepWanter } from "../step-wanter";
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
    const plan = planStoryboard(input);
    const pieces: FollowUpRequest[] = [];
    plan.shots.forEach((shot, index) => {
      const where = `${title} · shot ${index + 1}`;
      if (!shot.frameCurrent) {
        pieces.push({ kind: "storyboard_frame", target: shot.row.id, title: `Frame · ${where}` });
      }
      for (const line of shot.lines) {
        if (!line.take) {
          const who = line.speaker || "Narrator";
          pieces.push({
            kind: "voice_line",
            target: line.target,
            title: `Voice · ${who} · ${where}`,
          });
        }
      }
    });
    if (!plan.score.current) {
      pieces.push({ kind: "score", target: episode.id, title: `Score · ${title}` });
    }
    pieces.forEach(want);
    const inFlight = pieces.some((piece) => {
      const status = state.latest.get(stepKey(piece.kind, piece.target))?.status;
      return status === "queued" || status === "running";
    });
    const piecesRequested = steps.some((step) => pieces.includes(step));
    if (!inFlight && !piecesRequested && !plan.animaticCurrent) {
      want({ kind: "episode_animatic", target: episode.id, title: `Animatic · ${title}` });
    }
  }
  return steps;
}
