import { eq, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { shows } from "../db/schema";
import { type AssetDraft, type AssetRow, insertAsset } from "../shows/assets";
import type { TaskDto } from "../tasks/task-dto";

type ShowAssetColumn = "posterAssetId" | "gridAssetId" | "trailerAssetId";

/** Records a show-level asset and moves the show's pointer to it; older versions stay listed. */
export async function pointShowAt(
  tx: Tx,
  task: TaskDto,
  asset: AssetDraft,
  column: ShowAssetColumn,
): Promise<AssetRow> {
  const row = await insertAsset(tx, asset, { showId: task.showId, taskId: task.id });
  await tx
    .update(shows)
    .set({ [column]: row.id, updatedAt: sql`now()` })
    .where(eq(shows.id, task.showId));
  return row;
}
