import type { Executor } from "../db/client";
import type { PriceTable } from "../providers/pricing/price-table";
import { isTrailerShot, type ShotRow } from "./shot-records";
import { getStoryboard } from "./storyboard-view";
import { getTrailerBoard } from "./trailer-view";

/** The board a shot is on, as the console shows it after an edit: its episode's, or the trailer's. */
export async function getShotBoard(
  db: Executor,
  showId: string,
  shot: ShotRow,
  prices: PriceTable,
) {
  if (isTrailerShot(shot)) {
    return getTrailerBoard(db, showId, prices);
  }
  return shot.episodeId ? getStoryboard(db, showId, shot.episodeId) : shot;
}
