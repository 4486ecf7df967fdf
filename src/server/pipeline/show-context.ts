import { inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { AppError } from "../errors";
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

/**
 * Local files for asset ids (portraits, poster, grid), for providers that read references. With
 * a remote store each file is downloaded once per machine, all of them at the same time.
 */
export async function mediaRefs(
  db: Executor,
  media: MediaStore,
  assetIds: (string | null)[],
): Promise<Map<string, MediaRef>> {
  const ids = assetIds.filter((id): id is string => Boolean(id));
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.select().from(assets).where(inArray(assets.id, ids));
  const refs = await Promise.all(
    rows.map(async (row) => {
      const path = await media.localFile(row.storageKey).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") {
          throw new PipelineStepError(
            `The file of a reference image (${row.kind}) is missing from media storage; regenerate it`,
          );
        }
        throw error;
      });
      return [row.id, { path, mime: row.mime }] as const;
    }),
  );
  return new Map(refs);
}

export const castLine = (characters: CharacterRow[]) =>
  characters.map((character) => character.name).join(", ");
