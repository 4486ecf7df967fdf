import type { Executor } from "../db/client";
import type { FollowUpRequest } from "../tasks/task-kind";
import { findAutopilotPause } from "./autopilot-pause";
import { gridCoversCast, loadShowState, type ShowState } from "./show-state";
import { type NextStepOptions, stepWanter } from "./step-wanter";
import { storyboardSteps } from "./storyboard/storyboard-rules";
import { trailerSteps } from "./storyboard/trailer-rules";

export type { NextStepOptions };

/**
 * What the show needs next, decided in the transaction that completes a step (or that resumes
 * autopilot), from the show's state alone, so any completion in any order reaches the same end:
 *
 * - always: a grid whenever the current grid misses a current portrait; the first poster once a
 *   grid covers every current portrait;
 * - with autopilot, unless a failed step pauses it: dossier and portrait of every character not
 *   skipped; the trailer's script, pieces and cut once every such character is portrayed, the grid
 *   covers the cast and the poster exists (trailer-rules.ts); then (autopilotThrough "season") the season plan, every episode's still, and the
 *   character videos and episode clips when video is free or the user confirmed the paid estimate.
 *
 * A step whose latest task is still queued or running is left alone: its own completion decides
 * again, so nothing is asked twice and the timeline does not fill with "already running".
 */
export async function autopilotFollowUps(
  db: Executor,
  showId: string,
  options: NextStepOptions = {},
): Promise<FollowUpRequest[]> {
  const state = await loadShowState(db, showId);
  if (!state) {
    return [];
  }
  return [
    ...nextSteps(state, options),
    ...(await trailerSteps(db, state, options)),
    ...(await storyboardSteps(db, state, options)),
  ];
}

export function nextSteps(state: ShowState, options: NextStepOptions = {}): FollowUpRequest[] {
  const { show, settings, cast, episodes } = state;
  const steps: FollowUpRequest[] = [];
  const want = stepWanter(state, steps, options);
  const gridCurrent = gridCoversCast(state);
  if (cast.some((member) => member.portraitAssetId) && !gridCurrent) {
    want({ kind: "portrait_grid", title: "Portrait grid" });
  }
  if (gridCurrent && !show.posterAssetId) {
    want({ kind: "poster", title: "Library poster" });
  }
  if (!show.autopilot || findAutopilotPause(state)) {
    return steps;
  }
  const active = cast.filter((member) => !member.skipped);
  for (const member of active) {
    if (!member.dossier) {
      want({ kind: "dossier", target: member.id, title: `Dossier · ${member.name}` });
    } else if (!member.portraitAssetId) {
      want({ kind: "portrait", target: member.id, title: `Portrait · ${member.name}` });
    }
  }
  const everyonePortrayed =
    active.length > 0 && active.every((member) => member.portraitAssetId !== null);
  if (!everyonePortrayed || !gridCurrent || !show.posterAssetId) {
    return steps;
  }
  // The trailer is cut from its own board (storyboard/trailer-rules.ts); the season waits for it.
  if (!show.trailerAssetId) {
    return steps;
  }
  if (settings.autopilotThrough !== "season") {
    return steps;
  }
  if (!show.season) {
    want({ kind: "episodes", title: "Season" });
    return steps;
  }
  const videos = settings.video.provider === "offline" || settings.paidVideosConfirmed;
  for (const episode of episodes.filter((row) => !row.skipped)) {
    const title = `Episode ${episode.number}`;
    if (!episode.stillAssetId) {
      want({ kind: "episode_still", target: episode.id, title: `Episode still · ${title}` });
    } else if (videos && !episode.clipAssetId) {
      want({ kind: "episode_clip", target: episode.id, title: `Episode clip · ${title}` });
    }
  }
  if (videos) {
    for (const member of active) {
      if (!member.videoAssetId) {
        want({
          kind: "character_video",
          target: member.id,
          title: `Character video · ${member.name}`,
        });
      }
    }
  }
  return steps;
}
