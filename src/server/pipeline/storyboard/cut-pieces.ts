import path from "node:path";
import { inArray } from "drizzle-orm";
import type { TimedShotInput } from "../../cut/cut-plan";
import type { Executor } from "../../db/client";
import { assets } from "../../db/schema";
import { extensionOfKey } from "../../shows/storyboard-package-paths";
import type { MediaStore } from "../../storage/media-store";
import type { StoryboardPlan } from "./storyboard-plan";

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

/** Each shot's planned length and its takes' lengths, what the cut is timed from. */
export function timingInputs(plan: StoryboardPlan): TimedShotInput[] {
  return plan.shots.map((shot) => ({
    id: shot.row.id,
    plannedSeconds: shot.spec.durationSeconds,
    lines: shot.lines.map((line) => ({
      id: line.lineId,
      durationSeconds: line.take?.durationSeconds ?? 2,
    })),
  }));
}

/**
 * The package path each local file of a cut is known by, and the stored asset it is: the cut's
 * timeline names the path and records the asset on the reference, so the package can put that
 * very asset there whatever the board has become since. `place` records a stored piece under a
 * name, the extension taken from its storage key; `placeMade` a file the cut made itself (a
 * card), under the id its asset row will get.
 */
export function packagePathBook(files: Map<string, string>, keys: Map<string, string>) {
  const pieces = new Map<string, { path: string; assetId: string }>();
  return {
    place(assetId: string, name: string) {
      const local = files.get(assetId);
      if (local) {
        pieces.set(local, { path: `${name}.${extensionOfKey(keys.get(assetId) ?? "")}`, assetId });
      }
    },
    placeMade(local: string, packagePath: string, assetId: string) {
      pieces.set(local, { path: packagePath, assetId });
    },
    /** For `otioInputFromCut`: a file nothing placed keeps its own name. */
    packagePath: (local: string) => pieces.get(local)?.path ?? path.basename(local),
    assetIdOf: (local: string) => pieces.get(local)?.assetId,
  };
}
