import { eq } from "drizzle-orm";
import { shows } from "../db/schema";
import { autopilotFollowUps } from "../pipeline/autopilot-rules";
import type { TaskEngine } from "../tasks/task-engine";
import type { FollowUpRequest } from "../tasks/task-kind";
import { inTransaction, type TxScope } from "../tasks/tx-scope";
import { loadShow } from "./show-records";

/**
 * Asks for whatever autopilot would ask for next, as if a step had just finished: after a Skip, or
 * when the user turns autopilot on. Steps that failed or were canceled are asked again (resume).
 * Locks the show row first, like every completion, so it cannot deadlock with one.
 */
export async function resumeAutopilot(
  engine: TaskEngine,
  showIdOrSlug: string,
  outer?: TxScope,
): Promise<FollowUpRequest[]> {
  return inTransaction(
    engine.deps.db,
    async (scope) => {
      // Inside the transaction: on PGlite a read outside it would wait for it forever.
      const { id } = await loadShow(scope.tx, showIdOrSlug);
      await scope.tx.select({ id: shows.id }).from(shows).where(eq(shows.id, id)).for("update");
      const steps = await autopilotFollowUps(scope.tx, id, { resume: true });
      // In the (kind, target) order completions use, so two never wait on each other in a cycle.
      steps.sort((a, b) =>
        a.kind === b.kind
          ? (a.target ?? "").localeCompare(b.target ?? "")
          : a.kind < b.kind
            ? -1
            : 1,
      );
      for (const step of steps) {
        await engine.request({ ...step, showId: id, source: "autopilot" }, scope);
      }
      return steps;
    },
    outer,
  );
}
