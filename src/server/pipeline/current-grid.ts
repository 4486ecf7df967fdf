import type { Executor } from "../db/client";
import { gridCoversCast, loadShowState } from "./show-state";

/**
 * The grid is being recomposed for a newer portrait: retryable, because every portrait's completion
 * asks for a grid (autopilot-rules), so the current one is on its way. Waiting spends no attempt:
 * the grid may be slow to come (its worker died and it resumes elsewhere), which is not this
 * step failing.
 */
export class WaitingForGridError extends Error {
  readonly code = "waiting_for_grid";
  readonly retryable = true;
  readonly waiting = true;
  readonly userMessage = "Waiting for the cast grid to include every current portrait";
  readonly retryAfterMs = 2_000;
  constructor() {
    super("Waiting for the cast grid to include every current portrait");
    this.name = "WaitingForGridError";
  }
}

/**
 * The id of the grid of the current cast, for a step that shows the whole cast (poster, trailer);
 * null when nobody has a portrait yet (there is nothing to draw, and the step goes without).
 * Throws WaitingForGridError when the grid misses a current portrait instead of using a stale one.
 */
export async function requireCurrentGrid(db: Executor, showId: string): Promise<string | null> {
  const state = await loadShowState(db, showId);
  if (state && !state.cast.some((member) => member.portraitAssetId)) {
    return null;
  }
  if (!state?.show.gridAssetId || !gridCoversCast(state)) {
    throw new WaitingForGridError();
  }
  return state.show.gridAssetId;
}
