import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { tasks } from "../../db/schema";
import { ACTIVE_STATUSES, isActive } from "../../tasks/status";
import { type ShowState, stepKey } from "../show-state";

/**
 * A trailer script queued or running replaces the trailer's board when it lands, at the length the
 * settings held when it was asked for. Until then the board it replaces gets no pieces and no cut
 * (they would be wasted; the script's completion asks for the new board's), and the length stays
 * put (a script already written at the other length would land against it).
 */
export function writingTrailerScript(state: Pick<ShowState, "latest">): boolean {
  const status = state.latest.get(stepKey("trailer_script"))?.status;
  return status !== undefined && isActive(status);
}

/** The same, read straight from the tasks (the one-active-per-target index answers it). */
export async function isTrailerScriptInFlight(db: Executor, showId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.showId, showId),
        eq(tasks.kind, "trailer_script"),
        eq(tasks.target, ""),
        inArray(tasks.status, [...ACTIVE_STATUSES]),
      ),
    )
    .limit(1);
  return row !== undefined;
}
