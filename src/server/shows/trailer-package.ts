import { inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { loadTrailerInput } from "../pipeline/storyboard/load-storyboard";
import { planStoryboard } from "../pipeline/storyboard/storyboard-plan";
import { toAssetDto } from "./assets";
import { loadShow } from "./show-records";
import { extensionOfKey, type PackageFile, trailerPaths } from "./storyboard-package-paths";

/**
 * The trailer's board as it is now, for the package's `trailer/` folder at the same `trailerPaths`
 * the trailer cut's timeline uses: each picture shot's frame and, when it has one, its clip, every
 * voice-over take and the score. The cut's own pieces and cards come from its timeline
 * (cut-package-files.ts) and hold every path it names; these fill the rest. Empty when there is
 * no trailer cut.
 */
export async function loadTrailerPieces(db: Executor, showId: string): Promise<PackageFile[]> {
  const show = await loadShow(db, showId);
  if (!show.trailerAssetId || !show.blueprint) {
    return [];
  }
  const input = await loadTrailerInput(db, show);
  const plan = planStoryboard(input);
  const wanted: { name: string; assetId: string }[] = [];
  for (const [index, shot] of plan.shots.entries()) {
    const number = index + 1;
    if (shot.frame) {
      wanted.push({ name: trailerPaths.frame(number), assetId: shot.frame.id });
    }
    if (shot.clip) {
      wanted.push({ name: trailerPaths.clip(number), assetId: shot.clip.id });
    }
    for (const line of shot.lines) {
      if (line.take) {
        wanted.push({
          name: trailerPaths.take(number, line.speaker || "Narrator", line.lineId),
          assetId: line.take.id,
        });
      }
    }
  }
  if (input.score) {
    wanted.push({ name: trailerPaths.score(), assetId: input.score.id });
  }
  const pieces =
    wanted.length > 0
      ? await db
          .select()
          .from(assets)
          .where(
            inArray(
              assets.id,
              wanted.map((piece) => piece.assetId),
            ),
          )
      : [];
  const byId = new Map(pieces.map((row) => [row.id, row]));
  return wanted.flatMap((piece) => {
    const row = byId.get(piece.assetId);
    return row
      ? [{ path: `${piece.name}.${extensionOfKey(row.storageKey)}`, asset: toAssetDto(row) }]
      : [];
  });
}
