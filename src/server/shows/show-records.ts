import { and, asc, eq, or } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client";
import { characters, episodes, shows } from "../db/schema";
import { notFound } from "../errors";
import {
  type Blueprint,
  blueprintSchema,
  type CharacterSeed,
  characterSeedSchema,
  type Dossier,
  dossierSchema,
} from "./documents";
import { fitDocument } from "./fit-document";

export type ShowRow = typeof shows.$inferSelect;
export type CharacterRow = typeof characters.$inferSelect;
export type EpisodeRow = typeof episodes.$inferSelect;

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** A show by id or slug; 404 when there is none. */
export async function loadShow(db: Executor, idOrSlug: string): Promise<ShowRow> {
  const [row] = await db
    .select()
    .from(shows)
    .where(
      isUuid(idOrSlug)
        ? or(eq(shows.id, idOrSlug), eq(shows.slug, idOrSlug))
        : eq(shows.slug, idOrSlug),
    );
  if (!row) {
    throw notFound("Show");
  }
  return row;
}

export async function loadCharacters(db: Executor, showId: string): Promise<CharacterRow[]> {
  return db
    .select()
    .from(characters)
    .where(eq(characters.showId, showId))
    .orderBy(asc(characters.position));
}

export async function loadCharacter(
  db: Executor,
  showId: string,
  characterId: string,
): Promise<CharacterRow> {
  const [row] = isUuid(characterId)
    ? await db
        .select()
        .from(characters)
        .where(and(eq(characters.showId, showId), eq(characters.id, characterId)))
    : [];
  if (!row) {
    throw notFound("Character");
  }
  return row;
}

export async function loadEpisode(
  db: Executor,
  showId: string,
  episodeId: string,
): Promise<EpisodeRow> {
  const [row] = isUuid(episodeId)
    ? await db
        .select()
        .from(episodes)
        .where(and(eq(episodes.showId, showId), eq(episodes.id, episodeId)))
    : [];
  if (!row) {
    throw notFound("Episode");
  }
  return row;
}

/*
 * Stored documents are read through `fitDocument`: rows written before the text limits (or
 * straight into the database) still load, cut to the limits, instead of reading as missing.
 */
export const blueprintOf = (show: ShowRow): Blueprint | null => {
  const parsed = blueprintSchema.safeParse(fitDocument(blueprintSchema, show.blueprint));
  return parsed.success ? parsed.data : null;
};

export const seedOf = (character: CharacterRow): CharacterSeed =>
  characterSeedSchema.parse(fitDocument(characterSeedSchema, character.seed));

export const dossierOf = (character: CharacterRow): Dossier | null => {
  const parsed = dossierSchema.safeParse(fitDocument(dossierSchema, character.dossier));
  return parsed.success ? parsed.data : null;
};
