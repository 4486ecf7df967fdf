import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets, characters, episodes, shows, tasks } from "../db/schema";
import type { CharacterRow, EpisodeRow, ShowRow } from "../shows/show-records";
import { parseShowSettings, type ShowSettings } from "../shows/show-settings";

/** The latest task of one (kind, target): what autopilot knows about that step. */
export interface LatestTask {
  id: string;
  kind: string;
  target: string;
  status: string;
  failureReason: string | null;
  errorMessage: string | null;
}

/** Everything the autopilot rules decide from, read in the caller's transaction. */
export interface ShowState {
  show: ShowRow;
  settings: ShowSettings;
  cast: CharacterRow[];
  episodes: EpisodeRow[];
  /** The portrait ids the current grid drew; null when there is no grid (or it predates the record). */
  gridSources: string[] | null;
  /** By `${kind}:${target}`. */
  latest: Map<string, LatestTask>;
}

export const stepKey = (kind: string, target = "") => `${kind}:${target}`;

export async function loadShowState(db: Executor, showId: string): Promise<ShowState | null> {
  const [show] = await db.select().from(shows).where(eq(shows.id, showId));
  if (!show) {
    return null;
  }
  const cast = await db
    .select()
    .from(characters)
    .where(eq(characters.showId, showId))
    .orderBy(asc(characters.position));
  const episodeRows = await db
    .select()
    .from(episodes)
    .where(eq(episodes.showId, showId))
    .orderBy(asc(episodes.number));
  const [grid] = show.gridAssetId
    ? await db
        .select({ sources: assets.sourceAssetIds })
        .from(assets)
        .where(inArray(assets.id, [show.gridAssetId]))
    : [];
  // A show has tens of tasks, not thousands: newest first, the first of each step wins.
  const rows = await db
    .select({
      id: tasks.id,
      kind: tasks.kind,
      target: tasks.target,
      status: tasks.status,
      failureReason: tasks.failureReason,
      error: tasks.error,
    })
    .from(tasks)
    .where(eq(tasks.showId, showId))
    .orderBy(desc(tasks.createdAt), desc(tasks.version));
  const latest = new Map<string, LatestTask>();
  for (const row of rows) {
    const key = stepKey(row.kind, row.target);
    if (!latest.has(key)) {
      const message = (row.error as { message?: unknown } | null)?.message;
      latest.set(key, {
        id: row.id,
        kind: row.kind,
        target: row.target,
        status: row.status,
        failureReason: row.failureReason,
        errorMessage: typeof message === "string" ? message : null,
      });
    }
  }
  return {
    show,
    settings: parseShowSettings(show.settings),
    cast,
    episodes: episodeRows,
    gridSources: grid?.sources ?? null,
    latest,
  };
}

/** Whether the current grid drew every current portrait: the only grid a poster or trailer uses. */
export function gridCoversCast(state: Pick<ShowState, "show" | "cast" | "gridSources">): boolean {
  if (!state.show.gridAssetId || !state.gridSources) {
    return false;
  }
  const drawn = new Set(state.gridSources);
  return state.cast.every((member) => !member.portraitAssetId || drawn.has(member.portraitAssetId));
}
