import { inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { shows } from "../db/schema";
import type { ShowVisibility } from "../events/task-stream";
import { type ShowScope, scopeAllows, visibleShowIds } from "./show-access";

/**
 * What a live stream may carry for this caller: null for the owner (everything); otherwise a
 * cached per-show decision — the member's own shows, plus the one show a share link opens.
 */
export function createShowVisibility(
  db: Db,
  scope: ShowScope,
  sharedShowId: string | null = null,
): ShowVisibility | null {
  if (scope.kind === "all") {
    return null;
  }
  const decided = new Map<string, boolean>();
  const decide = (show: { id: string; ownerId: string | null }) =>
    decided.set(show.id, show.id === sharedShowId || scopeAllows(scope, show));
  return {
    async initial() {
      const own = await visibleShowIds(db, scope);
      const ids = [...(own ?? []), ...(sharedShowId ? [sharedShowId] : [])];
      for (const id of ids) {
        decided.set(id, true);
      }
      return ids;
    },
    async learn(showIds) {
      const unknown = [...new Set(showIds)].filter((id) => !decided.has(id));
      if (unknown.length === 0) {
        return;
      }
      const rows = await db
        .select({ id: shows.id, ownerId: shows.ownerId })
        .from(shows)
        .where(inArray(shows.id, unknown));
      for (const id of unknown) {
        decided.set(id, false);
      }
      rows.forEach(decide);
    },
    allows: (showId) => decided.get(showId) === true,
  };
}
