import { eq } from "drizzle-orm";
import { z } from "zod";
import { shows } from "../db/schema";
import { loadShowState } from "../pipeline/show-state";
import type { TaskEngine } from "../tasks/task-engine";
import type { FollowUpRequest } from "../tasks/task-kind";
import { inTransaction } from "../tasks/tx-scope";
import { loadShow } from "./show-records";

export const makeAllSchema = z.object({
  kind: z.enum(["episode_still", "episode_clip", "character_video"]),
});

/**
 * A section's "Make all": requests every missing one of a kind (a clip needs its episode's still,
 * a character video its portrait). Idempotent: what exists or is already queued is not asked again.
 */
export async function makeAll(
  engine: TaskEngine,
  showIdOrSlug: string,
  body: unknown,
): Promise<{ requested: number }> {
  const { kind } = makeAllSchema.parse(body);
  const { id } = await loadShow(engine.deps.db, showIdOrSlug);
  return inTransaction(engine.deps.db, async (scope) => {
    await scope.tx.select({ id: shows.id }).from(shows).where(eq(shows.id, id)).for("update");
    const state = await loadShowState(scope.tx, id);
    const missing: FollowUpRequest[] = [];
    for (const episode of state?.episodes ?? []) {
      const title = `Episode ${episode.number}`;
      if (kind === "episode_still" && !episode.stillAssetId) {
        missing.push({ kind, target: episode.id, title: `Episode still · ${title}` });
      }
      if (kind === "episode_clip" && episode.stillAssetId && !episode.clipAssetId) {
        missing.push({ kind, target: episode.id, title: `Episode clip · ${title}` });
      }
    }
    for (const member of state?.cast ?? []) {
      if (kind === "character_video" && member.portraitAssetId && !member.videoAssetId) {
        missing.push({ kind, target: member.id, title: `Character video · ${member.name}` });
      }
    }
    let requested = 0;
    // Requests go out in (target) order, the order completions use, so two never wait in a cycle.
    missing.sort((a, b) => (a.target ?? "").localeCompare(b.target ?? ""));
    for (const step of missing) {
      const result = await engine.request({ ...step, showId: id, source: "make all" }, scope);
      requested += result.created ? 1 : 0;
    }
    return { requested };
  });
}
