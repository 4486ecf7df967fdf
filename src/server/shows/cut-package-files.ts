import { text } from "node:stream/consumers";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { readAssetRefs } from "../exports/otio/otio-asset-refs";
import type { MediaStore } from "../storage/media-store";
import { type AssetDto, toAssetDto } from "./assets";
import { type PackageFile, storageKeyOf } from "./storyboard-package-paths";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The files a cut's stored timeline names, each at the path it names (`folder`: where the .otio
 * sits in the package, "" or ending in "/") and each the very asset the cut used, by the id its
 * reference carries (exports/otio/otio-asset-refs.ts) — so the timeline opens on what was cut
 * however the board has changed since. Null for a timeline written before references carried
 * their assets: the package then fills its folder from the board as it is now.
 */
export async function loadTimelineFiles(
  db: Executor,
  media: MediaStore,
  showId: string,
  timeline: AssetDto,
  folder: string,
): Promise<PackageFile[] | null> {
  const refs = readAssetRefs(await text(media.read(storageKeyOf(timeline))));
  const ids = [
    ...new Set(
      refs.flatMap((ref) => (ref.assetId && uuidPattern.test(ref.assetId) ? [ref.assetId] : [])),
    ),
  ];
  if (ids.length === 0) {
    return null;
  }
  // Only this show's assets: a timeline cannot pull another show's file into the package.
  const rows = await db
    .select()
    .from(assets)
    .where(and(eq(assets.showId, showId), inArray(assets.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, toAssetDto(row)]));
  const files = new Map<string, PackageFile>();
  for (const ref of refs) {
    const asset = ref.assetId ? byId.get(ref.assetId) : undefined;
    const path = `${folder}${ref.path}`;
    // The score is one file under several clips (its loops): one entry.
    if (asset && !files.has(path)) {
      files.set(path, { path, asset });
    }
  }
  return [...files.values()];
}
