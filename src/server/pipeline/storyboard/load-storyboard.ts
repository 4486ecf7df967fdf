import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assets } from "../../db/schema";
import { loadSequenceShots } from "../../shows/shot-records";
import {
  blueprintOf,
  type EpisodeRow,
  loadCharacters,
  loadShow,
  type ShowRow,
} from "../../shows/show-records";
import { parseShowSettings } from "../../shows/show-settings";
import { PipelineStepError } from "../pipeline-errors";
import { type BoardRef, episodeBoard, trailerBoard } from "./board-ref";
import { castVoices } from "./cast-voices";
import { planStoryboard, type StoredPiece, type StoryboardInput } from "./storyboard-plan";

/** Everything the storyboard of one episode is decided from, read in the caller's transaction. */
export function loadStoryboardInput(
  db: Executor,
  show: ShowRow,
  episode: EpisodeRow,
): Promise<StoryboardInput> {
  return loadBoardInput(db, show, () => episodeBoard(episode));
}

/** Everything the trailer's board is decided from, read in the caller's transaction. */
export function loadTrailerInput(db: Executor, show: ShowRow): Promise<StoryboardInput> {
  return loadBoardInput(db, show, (settings) => trailerBoard(show, settings));
}

async function loadBoardInput(
  db: Executor,
  show: ShowRow,
  boardOf: (settings: ReturnType<typeof parseShowSettings>) => BoardRef,
): Promise<StoryboardInput> {
  const blueprint = blueprintOf(show);
  if (!blueprint) {
    throw new PipelineStepError("This show has no blueprint yet; generate the blueprint first");
  }
  const settings = parseShowSettings(show.settings);
  const board = boardOf(settings);
  const cast = await loadCharacters(db, show.id);
  const shots = await loadSequenceShots(db, show.id, board.sequence);
  const pieceColumns = {
    id: assets.id,
    contentHash: assets.contentHash,
    durationSeconds: assets.durationSeconds,
  };
  const pointed = [
    ...shots.flatMap((shot) => [shot.frameAssetId, shot.clipAssetId]),
    board.scoreAssetId,
    board.cutAssetId,
  ].filter((id): id is string => id !== null);
  const pointedRows =
    pointed.length > 0
      ? await db.select(pieceColumns).from(assets).where(inArray(assets.id, pointed))
      : [];
  const byId = new Map<string, StoredPiece>(pointedRows.map((row) => [row.id, row]));
  // Newest first: the latest take of a hash is the one a cut uses.
  const takes =
    shots.length > 0
      ? await db
          .select(pieceColumns)
          .from(assets)
          .where(
            and(
              eq(assets.showId, show.id),
              eq(assets.kind, "voice_line"),
              inArray(
                assets.shotId,
                shots.map((shot) => shot.id),
              ),
            ),
          )
          .orderBy(desc(assets.createdAt))
      : [];
  const voices = new Map<string, StoredPiece>();
  for (const take of takes) {
    if (take.contentHash && !voices.has(take.contentHash)) {
      voices.set(take.contentHash, take);
    }
  }
  return {
    blueprint,
    settings,
    cast,
    board,
    shots,
    frames: byId,
    voices,
    score: board.scoreAssetId ? (byId.get(board.scoreAssetId) ?? null) : null,
    animatic: board.cutAssetId ? (byId.get(board.cutAssetId) ?? null) : null,
    endCard:
      board.kind === "trailer"
        ? { posterAssetId: show.posterAssetId, title: blueprint.title, tagline: blueprint.tagline }
        : null,
    voiceOf: castVoices(cast, blueprint, settings),
  };
}

/** The plan of the trailer's board as stored now. */
export async function loadTrailerPlan(db: Executor, showId: string) {
  const show = await loadShow(db, showId);
  const input = await loadTrailerInput(db, show);
  return { show, input, plan: planStoryboard(input) };
}

/** The plan of one episode's storyboard as stored now. */
export async function loadStoryboardPlan(db: Executor, showId: string, episode: EpisodeRow) {
  const show = await loadShow(db, showId);
  const input = await loadStoryboardInput(db, show, episode);
  return { input, plan: planStoryboard(input) };
}
