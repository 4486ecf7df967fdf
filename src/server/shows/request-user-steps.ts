import type { TaskEngine } from "../tasks/task-engine";
import type { FollowUpRequest } from "../tasks/task-kind";
import type { TxScope } from "../tasks/tx-scope";

/**
 * Requests what the rules decided on the user's behalf, in the caller's transaction: in a fixed
 * order (kind, then target), so two requests for one board take their task locks alike.
 */
export async function requestUserSteps(
  engine: TaskEngine,
  scope: TxScope,
  showId: string,
  steps: FollowUpRequest[],
) {
  const ordered = [...steps].sort((a, b) =>
    a.kind === b.kind ? (a.target ?? "").localeCompare(b.target ?? "") : a.kind < b.kind ? -1 : 1,
  );
  const requested = [];
  for (const step of ordered) {
    const { task } = await engine.request({ ...step, showId, source: "user" }, scope);
    requested.push(task);
  }
  return requested;
}
