import { and, eq } from "drizzle-orm";
import { episodes, shows } from "../db/schema";
import { loadShowState } from "../pipeline/show-state";
import { storyboardSteps } from "../pipeline/storyboard/storyboard-rules";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { requestUserSteps } from "./request-user-steps";
import { loadEpisode, loadShow } from "./show-records";

/**
 * "Make animatic": marks the episode's cut as wanted and requests whatever it still needs — the
 * script, then each missing frame, take and the score, each its own task — or the cut itself when
 * every piece is there. Pieces whose last try failed are tried again: the user asked. Completions
 * of those tasks carry on (storyboard-rules.ts) until the cut is rendered. Locks the show row
 * first, like every completion, so it cannot deadlock with one.
 */
export async function requestAnimatic(engine: TaskEngine, showIdOrSlug: string, episodeId: string) {
  return inTransaction(engine.deps.db, async (scope) => {
    const show = await loadShow(scope.tx, showIdOrSlug);
    await scope.tx.select({ id: shows.id }).from(shows).where(eq(shows.id, show.id)).for("update");
    const episode = await loadEpisode(scope.tx, show.id, episodeId);
    await scope.tx
      .update(episodes)
      .set({ animaticWanted: true })
      .where(and(eq(episodes.id, episode.id), eq(episodes.showId, show.id)));
    const state = await loadShowState(scope.tx, show.id);
    const steps = state ? await storyboardSteps(scope.tx, state, { resume: true }) : [];
    return { requested: await requestUserSteps(engine, scope, show.id, steps) };
  });
}
