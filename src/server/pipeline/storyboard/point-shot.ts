import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { shots } from "../../db/schema";
import { type AssetDraft, type AssetRow, insertAsset } from "../../shows/assets";
import type { TaskDto } from "../../tasks/task-dto";

/**
 * Records a shot's frame or clip and points the shot at it. A shot deleted while its frame was
 * being drawn keeps nothing pointing at the asset; the asset stays in the history.
 */
export async function pointShotAt(
  tx: Tx,
  task: TaskDto,
  asset: AssetDraft,
  shotId: string,
  column: "frameAssetId" | "clipAssetId",
  episodeId: string | null,
): Promise<AssetRow> {
  const row = await insertAsset(tx, asset, {
    showId: task.showId,
    taskId: task.id,
    shotId,
    ...(episodeId ? { episodeId } : {}),
  });
  await tx
    .update(shots)
    // A new frame outdates the clip made from the old one.
    .set(
      column === "frameAssetId"
        ? { frameAssetId: row.id, clipAssetId: null, updatedAt: sql`now()` }
        : { clipAssetId: row.id, updatedAt: sql`now()` },
    )
    .where(and(eq(shots.id, shotId), eq(shots.showId, task.showId)));
  return row;
}
