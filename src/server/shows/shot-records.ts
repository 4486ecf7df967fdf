import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client";
import { shots } from "../db/schema";
import { notFound } from "../errors";
import { type ShotSpec, shotSpecSchema } from "./episode-script";
import { fitDocument } from "./fit-document";
import { type TrailerShotSpec, trailerSequence, trailerShotSpecSchema } from "./trailer-script";

export type ShotRow = typeof shots.$inferSelect;

/** The sequence key of an episode's cold open; the trailer's is `trailer`. */
export const episodeSequence = (episodeId: string) => `episode:${episodeId}`;

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** A sequence's shots in cut order. */
export function loadSequenceShots(
  db: Executor,
  showId: string,
  sequence: string,
): Promise<ShotRow[]> {
  return db
    .select()
    .from(shots)
    .where(and(eq(shots.showId, showId), eq(shots.sequence, sequence)))
    .orderBy(asc(shots.position), asc(shots.createdAt));
}

/** One shot of a show; 404 when it does not exist or belongs to another show. */
export async function loadShot(db: Executor, showId: string, shotId: string): Promise<ShotRow> {
  const [row] = isUuid(shotId)
    ? await db
        .select()
        .from(shots)
        .where(and(eq(shots.showId, showId), eq(shots.id, shotId)))
    : [];
  if (!row) {
    throw notFound("Shot");
  }
  return row;
}

/** A stored shot read through the limits, like every stored document. */
export const shotSpecOf = (row: Pick<ShotRow, "spec">): ShotSpec =>
  shotSpecSchema.parse(fitDocument(shotSpecSchema, row.spec));

export const isTrailerShot = (row: Pick<ShotRow, "sequence">) => row.sequence === trailerSequence;

/** What a trailer shot adds to an episode's: its beat, a title card's words, how it comes in. */
export type TrailerExtras = Pick<TrailerShotSpec, "beat" | "card" | "transitionIn">;

const pictureShot: TrailerExtras = { beat: "world", card: "", transitionIn: "cut" };

/** A trailer shot's extras (a shot with none stored reads as a plain picture shot). */
export function trailerExtrasOf(row: Pick<ShotRow, "spec">): TrailerExtras {
  const parsed = trailerShotSpecSchema
    .pick({ beat: true, card: true, transitionIn: true })
    .safeParse(row.spec);
  return parsed.success ? parsed.data : pictureShot;
}

/** A voice line's task target: the shot and the line (`narration` for the shot's voice-over). */
export const lineTarget = (shotId: string, lineId: string) => `${shotId}:${lineId}`;

export const narrationLineId = "narration";

export function parseLineTarget(target: string): { shotId: string; lineId: string } | null {
  const [shotId, lineId, ...rest] = target.split(":");
  if (!shotId || !lineId || rest.length > 0 || !isUuid(shotId)) {
    return null;
  }
  return { shotId, lineId };
}

/** What one line says and who says it; null when the shot no longer has that line. */
export function findLine(
  spec: ShotSpec,
  lineId: string,
): { text: string; characterId: string | null; delivery: string } | null {
  if (lineId === narrationLineId) {
    return spec.narration.trim() ? { text: spec.narration, characterId: null, delivery: "" } : null;
  }
  const line = spec.dialogue.find((candidate) => candidate.id === lineId);
  return line ? { text: line.line, characterId: line.characterId, delivery: line.delivery } : null;
}

/** Every line a shot speaks in the order heard: its narration opens it, then the dialogue. */
export function shotLineIds(spec: ShotSpec): string[] {
  return [
    ...(spec.narration.trim() ? [narrationLineId] : []),
    ...spec.dialogue.map((line) => line.id),
  ];
}
