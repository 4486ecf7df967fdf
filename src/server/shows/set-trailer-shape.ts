import { eq } from "drizzle-orm";
import { z } from "zod";
import { shows } from "../db/schema";
import { AppError } from "../errors";
import { isTrailerScriptInFlight } from "../pipeline/storyboard/trailer-script-in-flight";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { lockShow, wantTrailerCut } from "./request-trailer-cut";
import { requestUserSteps } from "./request-user-steps";
import { loadSequenceShots } from "./shot-records";
import { parseShowSettings } from "./show-settings";
import { trailerAspects, trailerSequence } from "./trailer-script";

export const trailerShapeSchema = z
  .object({
    seconds: z.union([z.literal(30), z.literal(60)]).optional(),
    aspect: z.enum(trailerAspects).optional(),
  })
  .strict();

/**
 * The trailer's length and shape (settings.trailer). A new length is a new trailer: a new
 * `trailer_script` is asked for (it replaces the board when it lands, and a wanted cut carries on
 * from it). A new shape re-cuts a trailer that exists or was asked for; on a video model its clips
 * are made again in the new shape (their hashes include it), frames and takes are reused. A new
 * length while a script is being written is a 409: that script is written at the length it was
 * asked at.
 */
export async function setTrailerShape(engine: TaskEngine, showIdOrSlug: string, body: unknown) {
  const patch = trailerShapeSchema.parse(body);
  return inTransaction(engine.deps.db, async (scope) => {
    const show = await lockShow(scope.tx, showIdOrSlug);
    const raw = (show.settings ?? {}) as Record<string, unknown>;
    const before = parseShowSettings(raw).trailer;
    const trailer = { ...before, ...patch };
    const newLength = trailer.seconds !== before.seconds;
    if (!newLength && trailer.aspect === before.aspect) {
      return { requested: [] };
    }
    if (newLength && (await isTrailerScriptInFlight(scope.tx, show.id))) {
      // That script reads the length it was asked at; asking again would only find it, and it
      // would land a board of the other length under the new setting.
      throw new AppError(
        "conflict",
        `A ${before.seconds}-second trailer script is being written. Wait for it to land, or cancel it in the dock, then pick ${trailer.seconds} s again.`,
        { field: "seconds" },
      );
    }
    await scope.tx
      .update(shows)
      .set({ settings: { ...raw, trailer } })
      .where(eq(shows.id, show.id));
    const cutBefore = show.trailerAssetId !== null || show.trailerWanted;
    const board = await loadSequenceShots(scope.tx, show.id, trailerSequence);
    if (newLength && board.length > 0) {
      // Wanted first, so the new script's completion goes on to cut a trailer that existed.
      if (cutBefore) {
        await scope.tx.update(shows).set({ trailerWanted: true }).where(eq(shows.id, show.id));
      }
      const script = { kind: "trailer_script", title: `Trailer script · ${trailer.seconds} s` };
      return { requested: await requestUserSteps(engine, scope, show.id, [script]) };
    }
    if (cutBefore) {
      // It reads the show again, with the new shape, in this transaction.
      return { requested: await wantTrailerCut(engine, scope, show.id) };
    }
    return { requested: [] };
  });
}
