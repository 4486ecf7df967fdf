import { inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assets } from "../../db/schema";
import type { MediaStore } from "../../storage/media-store";

/** Local files for stored pieces of a cut (frames, clips, takes, the score), by asset id. */
export async function localPieceFiles(
  db: Executor,
  media: MediaStore,
  assetIds: string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(assetIds)];
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: assets.id, key: assets.storageKey })
    .from(assets)
    .where(inArray(assets.id, ids));
  const files = await Promise.all(
    rows.map(async (row) => [row.id, await media.localFile(row.key)] as const),
  );
  return new Map(files);
}

/** Storage keys of assets, by id (a file's extension in the package comes from its key). */
export async function storageKeys(db: Executor, assetIds: string[]): Promise<Map<string, string>> {
  if (assetIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: assets.id, key: assets.storageKey })
    .from(assets)
    .where(inArray(assets.id, assetIds));
  return new Map(rows.map((row) => [row.id, row.key]));
}
