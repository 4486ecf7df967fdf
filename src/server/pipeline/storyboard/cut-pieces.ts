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
