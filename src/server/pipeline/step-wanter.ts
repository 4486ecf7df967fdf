import type { FollowUpRequest } from "../tasks/task-kind";
import { type ShowState, stepKey } from "./show-state";

export interface NextStepOptions {
  /**
   * The user asked autopilot to go on (Skip, Resume): steps whose latest task failed or was
   * canceled are asked again. A completion never does, so a user's cancel sticks and a failure
   * waits for the user instead of looping.
   */
  resume?: boolean;
}

/**
 * Adds a step to `steps` unless its latest task is still active, or settled badly (failed,
 * canceled) and the user did not ask to go on.
 */
export function stepWanter(
  state: Pick<ShowState, "latest">,
  steps: FollowUpRequest[],
  options: NextStepOptions,
) {
  return (step: FollowUpRequest) => {
    const status = state.latest.get(stepKey(step.kind, step.target))?.status;
    const settledBadly = status === "failed" || status === "canceled";
    // The grid is local and must always end with the current cast, so it is asked again anyway.
    const askAgain = options.resume || step.kind === "portrait_grid";
    if (status !== "queued" && status !== "running" && (!settledBadly || askAgain)) {
      steps.push(step);
    }
  };
}
