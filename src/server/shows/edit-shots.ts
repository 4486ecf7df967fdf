import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Executor, Tx } from "../db/client";
import { assets, shots, shows } from "../db/schema";
import { AppError, invalidInput } from "../errors";
import { type ShotSpec, shotSpecSchema } from "./episode-script";
import {
  episodeSequence,
  isTrailerShot,
  loadSequenceShots,
  loadShot,
  narrationLineId,
  type ShotRow,
  shotSpecOf,
  trailerExtrasOf,
} from "./shot-records";
import { loadCharacters, loadEpisode, loadShow } from "./show-records";
import { type TrailerShotSpec, trailerSequence, trailerShotSpecSchema } from "./trailer-script";

/**
 * A shot's edit: any of its fields; lists (characters, dialogue) are replaced whole. A trailer
 * shot's may also set its beat, its title card's words ("" turns a card back into a picture) and
 * how it comes in.
 */
export const shotPatchSchema = trailerShotSpecSchema.partial().strict();
export type ShotPatch = z.infer<typeof shotPatchSchema>;

const trailerOnlyFields = ["beat", "card", "transitionIn"] as const;

const newShotRequest = <S extends z.ZodType>(spec: S) =>
  z
    .object({
      /** Insert after this shot; at the start when null, at the end when absent. */
      afterShotId: z.uuid().nullable().optional(),
      spec: spec.optional(),
    })
    .strict();
export const newShotSchema = newShotRequest(shotSpecSchema);
export const newTrailerShotSchema = newShotRequest(trailerShotSpecSchema);

export const shotOrderSchema = z.object({ shotIds: z.array(z.uuid()).min(1).max(40) }).strict();

/** An episode's board holds at most this many shots (a cold open is 8–14; room to experiment). */
const maxShots = 30;

/**
 * Takes the show row's lock for the rest of the transaction, as every task completion does first
 * (so the two cannot deadlock): edits of one show's boards then run one after another. Without it,
 * two adds both see 29 shots and make 31 with one position twice, and two edits of one shot each
 * write the other's fields back as they read them.
 */
async function lockBoards(tx: Tx, showId: string): Promise<void> {
  await tx.select({ id: shows.id }).from(shows).where(eq(shows.id, showId)).for("update");
}

/**
 * Characters named in a shot must be this show's. Those the shot already named (`kept`) may have
 * left the cast since (a new cast replaces the old): the shot stays editable, they draw and speak
 * as no one until the user recasts the shot.
 */
async function checkCast(
  db: Executor,
  showId: string,
  spec: ShotSpec,
  kept: ReadonlySet<string> = new Set(),
): Promise<void> {
  const ids = new Set((await loadCharacters(db, showId)).map((member) => member.id));
  const unknown = [...spec.characterIds, ...spec.dialogue.map((line) => line.characterId)].find(
    (id) => !ids.has(id) && !kept.has(id),
  );
  if (unknown) {
    throw invalidInput("characterIds", `No character ${unknown} in this show`);
  }
  const lineIds = spec.dialogue.map((line) => line.id);
  if (new Set(lineIds).size !== lineIds.length) {
    throw invalidInput("dialogue", "Two lines of this shot have the same id");
  }
  if (lineIds.includes(narrationLineId)) {
    throw invalidInput(
      "dialogue",
      `"${narrationLineId}" names the shot's voice-over; pick another line id`,
    );
  }
}

/**
 * Edits one shot; a speaker added to the dialogue joins the shot's characters. A trailer shot keeps
 * its beat, card and transition unless the edit sets them; an episode's shot has none to set.
 */
export async function updateShot(db: Db, showIdOrSlug: string, shotId: string, body: unknown) {
  const patch = shotPatchSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  await db.transaction(async (tx) => {
    await lockBoards(tx, show.id);
    await writeShotPatch(tx, show.id, await loadShot(tx, show.id, shotId), patch);
  });
}

async function writeShotPatch(tx: Tx, showId: string, shot: ShotRow, patch: ShotPatch) {
  const trailer = isTrailerShot(shot);
  const misplaced = trailerOnlyFields.find((field) => !trailer && patch[field] !== undefined);
  if (misplaced) {
    throw invalidInput(misplaced, "Only a trailer shot has a beat, a title card or a transition");
  }
  const stored = shotSpecOf(shot);
  const merged = { ...stored, ...(trailer ? trailerExtrasOf(shot) : {}), ...patch };
  for (const line of merged.dialogue) {
    if (!merged.characterIds.includes(line.characterId)) {
      merged.characterIds = [...merged.characterIds, line.characterId];
    }
  }
  const spec: ShotSpec | TrailerShotSpec = (trailer ? trailerShotSpecSchema : shotSpecSchema).parse(
    merged,
  );
  const named = [...stored.characterIds, ...stored.dialogue.map((line) => line.characterId)];
  await checkCast(tx, showId, spec, new Set(named));
  await tx
    .update(shots)
    .set({ spec, updatedAt: sql`now()` })
    .where(and(eq(shots.id, shot.id), eq(shots.showId, showId)));
}

/** A blank shot to start from: a static medium shot of nobody, 4 s. */
const blankShot = (previous: ShotSpec | undefined): ShotSpec => ({
  scene: previous?.scene ?? { interior: true, location: "Location", timeOfDay: "day" },
  durationSeconds: 4,
  framing: "medium",
  cameraMove: "static",
  characterIds: [],
  action: "New shot.",
  dialogue: [],
  narration: "",
  soundCue: "",
});

/** Which board a shot is added to or reordered on: its sequence, and what a new shot starts as. */
interface BoardTarget {
  sequence: string;
  episodeId: string | null;
  /** "this episode's board", "the trailer's board": for messages. */
  name: string;
  blank: (previous: ShotRow | undefined) => ShotSpec | TrailerShotSpec;
}

const episodeTarget = (episodeId: string): BoardTarget => ({
  sequence: episodeSequence(episodeId),
  episodeId,
  name: "this episode's board",
  blank: (previous) => blankShot(previous ? shotSpecOf(previous) : undefined),
});

/** A new trailer shot is a picture in the beat of the shot before it, cut in. */
const trailerTarget: BoardTarget = {
  sequence: trailerSequence,
  episodeId: null,
  name: "the trailer's board",
  blank: (previous) => ({
    ...blankShot(previous ? shotSpecOf(previous) : undefined),
    beat: previous ? trailerExtrasOf(previous).beat : "hook",
    card: "",
    transitionIn: "cut",
  }),
};

/** Adds a shot to an episode's board, renumbering the positions after it. */
export async function addShot(db: Db, showIdOrSlug: string, episodeId: string, body: unknown) {
  const request = newShotSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  const episode = await loadEpisode(db, show.id, episodeId);
  return insertShot(db, show.id, episodeTarget(episode.id), request);
}

/** Adds a shot (a picture, or a title card with `spec.card`) to the trailer's board. */
export async function addTrailerShot(db: Db, showIdOrSlug: string, body: unknown) {
  const request = newTrailerShotSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  return insertShot(db, show.id, trailerTarget, request);
}

async function insertShot(
  db: Db,
  showId: string,
  target: BoardTarget,
  request: { afterShotId?: string | null; spec?: ShotSpec | TrailerShotSpec },
) {
  return db.transaction(async (tx) => {
    await lockBoards(tx, showId);
    const board = await loadSequenceShots(tx, showId, target.sequence);
    if (board.length >= maxShots) {
      throw new AppError("conflict", `A board holds at most ${maxShots} shots; delete one first`);
    }
    const at =
      request.afterShotId === undefined
        ? board.length
        : request.afterShotId === null
          ? 0
          : board.findIndex((shot) => shot.id === request.afterShotId) + 1;
    if (at === 0 && request.afterShotId) {
      throw invalidInput("afterShotId", `That shot is not on ${target.name}`);
    }
    const spec = request.spec ?? target.blank(board[at - 1]);
    await checkCast(tx, showId, spec);
    const order = [...board.map((shot) => shot.id)];
    const [created] = await tx
      .insert(shots)
      .values({
        showId,
        episodeId: target.episodeId,
        sequence: target.sequence,
        position: at,
        spec,
      })
      .returning();
    order.splice(at, 0, created!.id);
    await writePositions(tx, showId, order);
    return created!;
  });
}

/** Deletes a shot; its frame, takes and clip stay in the asset history. */
export async function deleteShot(db: Db, showIdOrSlug: string, shotId: string) {
  const show = await loadShow(db, showIdOrSlug);
  const shot = await loadShot(db, show.id, shotId);
  await db.transaction(async (tx) => {
    await lockBoards(tx, show.id);
    await tx.delete(shots).where(and(eq(shots.id, shot.id), eq(shots.showId, show.id)));
    const rest = await loadSequenceShots(tx, show.id, shot.sequence);
    await writePositions(
      tx,
      show.id,
      rest.map((row) => row.id),
    );
  });
}

/** Puts an episode's shots in the order given, which must name each of them once. */
export async function reorderShots(db: Db, showIdOrSlug: string, episodeId: string, body: unknown) {
  const { shotIds } = shotOrderSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  const episode = await loadEpisode(db, show.id, episodeId);
  await reorderBoard(db, show.id, episodeTarget(episode.id), shotIds);
}

/** Puts the trailer's shots in the order given, which must name each of them once. */
export async function reorderTrailerShots(db: Db, showIdOrSlug: string, body: unknown) {
  const { shotIds } = shotOrderSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  await reorderBoard(db, show.id, trailerTarget, shotIds);
}

async function reorderBoard(db: Db, showId: string, target: BoardTarget, shotIds: string[]) {
  // A list naming one shot twice would leave another where it was, yet pass the count below.
  if (new Set(shotIds).size !== shotIds.length) {
    throw invalidInput("shotIds", "Name each shot once");
  }
  await db.transaction(async (tx) => {
    await lockBoards(tx, showId);
    const board = await loadSequenceShots(tx, showId, target.sequence);
    const current = new Set(board.map((shot) => shot.id));
    if (shotIds.length !== current.size || !shotIds.every((id) => current.has(id))) {
      throw new AppError(
        "conflict",
        "The board changed since it was loaded; reload it and reorder again",
        { field: "shotIds" },
      );
    }
    await writePositions(tx, showId, shotIds);
  });
}

async function writePositions(tx: Tx, showId: string, orderedIds: string[]) {
  if (orderedIds.length === 0) {
    return;
  }
  const cases = sql.join(
    orderedIds.map((id, index) => sql`when ${id}::uuid then ${index}::int`),
    sql` `,
  );
  await tx
    .update(shots)
    .set({ position: sql`case ${shots.id} ${cases} end`, updatedAt: sql`now()` })
    .where(and(eq(shots.showId, showId), inArray(shots.id, orderedIds)));
}

export const frameChoiceSchema = z.object({ assetId: z.uuid() }).strict();

/** Puts back an earlier frame of a shot (any frame drawn for it); a clip of the old frame goes. */
export async function chooseShotFrame(db: Db, showIdOrSlug: string, shotId: string, body: unknown) {
  const { assetId } = frameChoiceSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  const shot = await loadShot(db, show.id, shotId);
  const [frame] = await db
    .select({ id: assets.id })
    .from(assets)
    .where(
      and(
        eq(assets.id, assetId),
        eq(assets.showId, show.id),
        eq(assets.shotId, shot.id),
        eq(assets.kind, "storyboard_frame"),
      ),
    );
  if (!frame) {
    throw invalidInput("assetId", "That is not a frame of this shot");
  }
  await db
    .update(shots)
    .set({ frameAssetId: frame.id, clipAssetId: null, updatedAt: sql`now()` })
    .where(and(eq(shots.id, shot.id), eq(shots.showId, show.id)));
  return shot;
}
