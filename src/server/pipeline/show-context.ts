import { inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import type { MediaRef } from "../providers/types";
import type { Blueprint } from "../shows/documents";
import { blueprintOf, type CharacterRow, loadShow, type ShowRow } from "../shows/show-records";
import { parseShowSettings, type ShowSettings } from "../shows/show-settings";
import type { MediaStore } from "../storage/media-store";
import { PipelineStepError } from "./pipeline-errors";

export interface ShowContext {
  show: ShowRow;
  blueprint: Blueprint;
  settings: ShowSettings;
}

/** The show a step works on, with its blueprint; a step needing one before it exists fails clearly. */
export async function loadShowContext(db: Executor, showId: string): Promise<ShowContext> {
  const show = await loadShow(db, showId);
  const blueprint = blueprintOf(show);
  if (!blueprint) {
    throw new PipelineStepError("This show has no blueprint yet; generate the blueprint first");
  }
  return { show, blueprint, settings: parseShowSettings(show.settings) };
}

export const paletteText = (blueprint: Blueprint) =>
  blueprint.visualAesthetics.palette.map((color) => `${color.name} ${color.hex}`).join(", ");

/** Local files for asset ids (portraits, poster, grid), for providers that read references. */
export async function mediaRefs(
  db: Executor,
  media: MediaStore,
  assetIds: (string | null)[],
): Promise<Map<string, MediaRef>> {
  const ids = assetIds.filter((id): id is string => Boolean(id));
  const refs = new Map<string, MediaRef>();
  if (ids.length === 0) {
    return refs;
  }
  const rows = await db.select().from(assets).where(inArray(assets.id, ids));
  for (const row of rows) {
    const path = media.localPath(row.storageKey);
    if (path) {
      refs.set(row.id, { path, mime: row.mime });
    }
  }
  return refs;
}

export const castLine = (characters: CharacterRow[]) =>
  characters.map((character) => character.name).join(", ");
