import type { FollowUpRequest } from "../../tasks/task-kind";
import { type ShowState, stepKey } from "../show-state";
import type { StoryboardPlan } from "./storyboard-plan";

/** Where a board's tasks are named and what its score and cut are asked for as. */
export interface BoardStepNames {
  /** "Episode 2", "Trailer": the dock's titles start with it. */
  label: string;
  scoreTarget: string;
  cut: FollowUpRequest;
}

/**
 * What a wanted board (an episode's or the trailer's) still needs, each its own task: every stale
 * or missing frame of a picture shot, its clip once the frame is current when the board wants
 * clips, every line without a take, the score; and once none of those is in flight, the cut
 * itself if it is not current. `want` drops what is already active or failed for good.
 */
export function boardSteps(
  state: Pick<ShowState, "latest">,
  plan: StoryboardPlan,
  names: BoardStepNames,
  steps: FollowUpRequest[],
  want: (step: FollowUpRequest) => void,
): void {
  const pieces: FollowUpRequest[] = [];
  plan.shots.forEach((shot, index) => {
    const where = `${names.label} · shot ${index + 1}`;
    if (!shot.frameCurrent) {
      pieces.push({ kind: "storyboard_frame", target: shot.row.id, title: `Frame · ${where}` });
    } else if (shot.clipWanted && !shot.clipCurrent) {
      pieces.push({ kind: "shot_clip", target: shot.row.id, title: `Shot clip · ${where}` });
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
    pieces.push({ kind: "score", target: names.scoreTarget, title: `Score · ${names.label}` });
  }
  pieces.forEach(want);
  const inFlight = pieces.some((piece) => {
    const status = state.latest.get(stepKey(piece.kind, piece.target))?.status;
    return status === "queued" || status === "running";
  });
  const piecesRequested = steps.some((step) => pieces.includes(step));
  if (!inFlight && !piecesRequested && !plan.animaticCurrent) {
    want(names.cut);
  }
}
