import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../db/client";
import { shows } from "../db/schema";
import { AppError } from "../errors";
import { loadShowState } from "../pipeline/show-state";
import { trailerSteps } from "../pipeline/storyboard/trailer-rules";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction, type TxScope } from "../tasks/tx-scope";
import { requestUserSteps } from "./request-user-steps";
import { blueprintOf, loadShow, type ShowRow } from "./show-records";

/** "Cut trailer" takes no options: the board says what to cut (an empty body or `{}`). */
export const trailerCutSchema = z.object({}).strict();

/**
 * "Cut trailer": marks the trailer's cut as wanted and requests whatever it still needs — its
 * script, then each stale frame, clip, take and the score, each its own task — or the cut itself
 * when every piece is current. Unchanged pieces are reused (found by content hash), so a re-cut
 * after one edit pays for that edit only. Completions carry on (trailer-rules.ts) until the cut
 * lands. Locks the show row first, like every completion, so it cannot deadlock with one.
 */
export async function requestTrailerCut(engine: TaskEngine, showIdOrSlug: string) {
  return inTransaction(engine.deps.db, async (scope) => {
    const show = await lockShow(scope.tx, showIdOrSlug);
    return { requested: await wantTrailerCut(engine, scope, show.id) };
  });
}

/** The show row, locked for the rest of the transaction; 409 before its blueprint exists. */
export async function lockShow(tx: Tx, showIdOrSlug: string): Promise<ShowRow> {
  const { id } = await loadShow(tx, showIdOrSlug);
  const [show] = await tx.select().from(shows).where(eq(shows.id, id)).for("update");
  if (!show || !blueprintOf(show)) {
    throw new AppError("conflict", "The trailer is cut from the blueprint; make that first");
  }
  return show;
}

/**
 * Sets `trailer_wanted` and requests what the cut needs now, in the caller's transaction (the show
 * row locked). Pieces whose last try failed are asked again: the user asked.
 */
export async function wantTrailerCut(engine: TaskEngine, scope: TxScope, showId: string) {
  await scope.tx.update(shows).set({ trailerWanted: true }).where(eq(shows.id, showId));
  const state = await loadShowState(scope.tx, showId);
  if (!state) {
    return [];
  }
  // While a new script is on its way this asks for nothing: the cut follows the new board.
  const steps = await trailerSteps(scope.tx, state, { resume: true });
  return requestUserSteps(engine, scope, showId, steps);
}
