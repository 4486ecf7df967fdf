import { PipelineStepError } from "../pipeline-errors";
import type { StoryboardPlan } from "./storyboard-plan";

/**
 * Refuses a cut that lacks a piece, saying which: a frame that was never drawn, a line with no
 * take in its current voice, no score. A stale frame is used (its redraw failed or was canceled);
 * a line with stale words is not, since its captions and its sound would disagree. A cut without a
 * score plays without music.
 */
export function assertCutReady(
  plan: StoryboardPlan,
  board: "episode" | "trailer" = "episode",
): void {
  const what = board === "trailer" ? "trailer" : "animatic";
  if (plan.shots.length === 0) {
    throw new PipelineStepError(
      board === "trailer"
        ? "The trailer has no shots yet; write its script first"
        : "This episode has no shots yet; write its script first",
    );
  }
  const noFrame = plan.shots.flatMap((shot, index) =>
    shot.frame || shot.isCard ? [] : [index + 1],
  );
  const unvoiced = plan.shots.flatMap((shot) => shot.lines.filter((line) => !line.take));
  const problems = [
    noFrame.length > 0
      ? `shot${noFrame.length > 1 ? "s" : ""} ${noFrame.join(", ")} ${noFrame.length > 1 ? "have" : "has"} no frame`
      : "",
    unvoiced.length > 0
      ? `${unvoiced.length} line${unvoiced.length > 1 ? "s have" : " has"} no voice take`
      : "",
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new PipelineStepError(
      `The ${what} cannot be cut yet: ${problems.join(" and ")}. Use "${board === "trailer" ? "Cut trailer" : "Make animatic"}" on the ${board === "trailer" ? "trailer's board" : "storyboard"} to have them made first.`,
    );
  }
}
