import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../db/client";
import { characters, episodes, shows } from "../db/schema";
import { type AssetDraft, type AssetRow, insertAsset } from "../shows/assets";
import type { TaskDto } from "../tasks/task-dto";

type ShowAssetColumn = "posterAssetId" | "gridAssetId" | "trailerAssetId" | "trailerScoreAssetId";

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

/** Records a character's asset and moves that character's pointer to it. */
export async function pointCharacterAt(
  tx: Tx,
  task: TaskDto,
  asset: AssetDraft,
  characterId: string,
  column: "portraitAssetId" | "videoAssetId",
): Promise<AssetRow> {
  const row = await insertAsset(tx, asset, { showId: task.showId, taskId: task.id, characterId });
  await tx
    .update(characters)
    .set({ [column]: row.id })
    .where(and(eq(characters.id, characterId), eq(characters.showId, task.showId)));
  return row;
}

/** Records an episode's asset and moves that episode's pointer to it. */
export async function pointEpisodeAt(
  tx: Tx,
  task: TaskDto,
  asset: AssetDraft,
  episodeId: string,
  column: "stillAssetId" | "clipAssetId" | "scoreAssetId" | "animaticAssetId",
): Promise<AssetRow> {
  const row = await insertAsset(tx, asset, { showId: task.showId, taskId: task.id, episodeId });
  await tx
    .update(episodes)
    .set({ [column]: row.id })
    .where(and(eq(episodes.id, episodeId), eq(episodes.showId, task.showId)));
  return row;
}
