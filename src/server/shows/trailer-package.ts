import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { loadTrailerInput } from "../pipeline/storyboard/load-storyboard";
import { planStoryboard } from "../pipeline/storyboard/storyboard-plan";
import { type AssetDto, toAssetDto } from "./assets";
import { loadShow } from "./show-records";
import { extensionOfKey, trailerPaths } from "./storyboard-package-paths";

/** A file of the show package: its path in the ZIP and the stored asset written there. */
export interface PackageFile {
  path: string;
  asset: AssetDto;
}

/**
 * Where a title card or the end card sits in the package, read from the card's prompt (the
 * trailer cut names each card it draws "Title card · shot N" or "End card"; the card rows carry
 * no shot of their own). Null for a prompt the cut does not write.
 */
export function trailerCardPath(prompt: string): string | null {
  const titleCard = /^Title card · shot (\d+)$/.exec(prompt.trim());
  if (titleCard) {
    return trailerPaths.card(Number(titleCard[1]));
  }
  return prompt.trim() === "End card" ? trailerPaths.endCard() : null;
}

/**
 * The trailer's pieces for the package's `trailer/` folder, at the paths the trailer's .otio
 * points at (`trailerPaths`, shared with the trailer cut): each picture shot's frame and, when it
 * has one, its clip, every voice-over take, the score, and the cards the cut drew. Both a frame
 * and its clip go in, so the timeline resolves whichever of them the cut used. Read from the
 * board as it is now, like an episode's storyboard folder. Empty when there is no trailer cut.
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
  const [pieces, cards] = await Promise.all([
    wanted.length > 0
      ? db
          .select()
          .from(assets)
          .where(
            inArray(
              assets.id,
              wanted.map((piece) => piece.assetId),
            ),
          )
      : [],
    db
      .select()
      .from(assets)
      .where(and(eq(assets.showId, show.id), eq(assets.kind, "trailer_card"))),
  ]);
  const byId = new Map(pieces.map((row) => [row.id, row]));
  const files: PackageFile[] = [];
  for (const piece of wanted) {
    const row = byId.get(piece.assetId);
    if (row) {
      files.push({
        path: `${piece.name}.${extensionOfKey(row.storageKey)}`,
        asset: toAssetDto(row),
      });
    }
  }
  // Only the cards of the current cut: an older cut's cards stay stored with their own cut.
  for (const card of cards) {
    const name = trailerCardPath(card.prompt);
    if (name && card.sourceAssetIds?.includes(show.trailerAssetId)) {
      files.push({ path: `${name}.${extensionOfKey(card.storageKey)}`, asset: toAssetDto(card) });
    }
  }
  return files;
}
