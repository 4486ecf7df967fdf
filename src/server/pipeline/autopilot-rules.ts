import { eq } from "drizzle-orm";
import type { Executor } from "../db/client";
import { characters, shows } from "../db/schema";
import type { FollowUpRequest } from "../tasks/task-kind";

/**
 * The show-level chain, decided in the transaction that completes a step:
 * first portrait → grid → poster (once, with no user action); with autopilot, once every character
 * has a portrait and the poster exists → trailer (once).
 */
export async function showLevelFollowUps(db: Executor, showId: string): Promise<FollowUpRequest[]> {
  const [show] = await db.select().from(shows).where(eq(shows.id, showId));
  if (!show) {
    return [];
  }
  const cast = await db
    .select({ portraitAssetId: characters.portraitAssetId })
    .from(characters)
    .where(eq(characters.showId, showId));
  const followUps: FollowUpRequest[] = [];
  if (show.gridAssetId && !show.posterAssetId) {
    followUps.push({ kind: "poster", title: "Library poster" });
  }
  const everyonePortrayed = cast.length > 0 && cast.every((member) => member.portraitAssetId);
  if (show.autopilot && show.posterAssetId && everyonePortrayed && !show.trailerAssetId) {
    followUps.push({ kind: "trailer", title: "Trailer" });
  }
  return followUps;
}
