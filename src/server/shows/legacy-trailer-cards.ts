import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { toAssetDto } from "./assets";
import { loadShow } from "./show-records";
import { extensionOfKey, type PackageFile, trailerPaths } from "./storyboard-package-paths";

/**
 * Where a title card or the end card of an older cut sits in the package, read from the card's
 * prompt (cuts name each card they draw "Title card · shot N" or "End card"; a card row carries
 * no shot of its own). Null for a prompt the cut does not write. Only for timelines written
 * before their references named their assets: a newer timeline names its cards itself.
 */
export function trailerCardPath(prompt: string): string | null {
  const titleCard = /^Title card · shot (\d+)$/.exec(prompt.trim());
  if (titleCard) {
    return trailerPaths.card(Number(titleCard[1]));
  }
  return prompt.trim() === "End card" ? trailerPaths.endCard() : null;
}

/**
 * The cards of the current trailer cut at the paths its timeline uses, for a timeline that does
 * not name its assets. An older cut's cards stay stored with their own cut.
 */
export async function loadLegacyTrailerCards(db: Executor, showId: string): Promise<PackageFile[]> {
  const show = await loadShow(db, showId);
  const cut = show.trailerAssetId;
  if (!cut) {
    return [];
  }
  const cards = await db
    .select()
    .from(assets)
    .where(and(eq(assets.showId, show.id), eq(assets.kind, "trailer_card")));
  return cards.flatMap((card) => {
    const name = trailerCardPath(card.prompt);
    return name && card.sourceAssetIds?.includes(cut)
      ? [{ path: `${name}.${extensionOfKey(card.storageKey)}`, asset: toAssetDto(card) }]
      : [];
  });
}
