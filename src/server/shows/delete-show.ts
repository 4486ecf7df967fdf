import { and, eq, inArray } from "drizzle-orm";
import { shows, tasks } from "../db/schema";
import type { MediaStore } from "../storage/media-store";
import { ACTIVE_STATUSES } from "../tasks/status";
import type { TaskEngine } from "../tasks/task-engine";
import { loadShow } from "./show-records";

/**
 * Deletes a show: cancels its running tasks (stopping provider jobs where possible), then its rows
 * (characters, episodes and assets cascade), its task history, and its files.
 */
export async function deleteShow(
  deps: { engine: TaskEngine; media: MediaStore },
  idOrSlug: string,
): Promise<void> {
  const { db } = deps.engine.deps;
  const show = await loadShow(db, idOrSlug);
  const active = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.showId, show.id), inArray(tasks.status, [...ACTIVE_STATUSES])));
  for (const task of active) {
    await deps.engine.cancel(task.id, "show deletion").catch(() => {});
  }
  await db.transaction(async (tx) => {
    await tx.delete(tasks).where(eq(tasks.showId, show.id));
    await tx.delete(shows).where(eq(shows.id, show.id));
  });
  await deps.media.deletePrefix(`shows/${show.id}`);
}
