import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { assets } from "../../db/schema";
import { episodeSequence, loadSequenceShots } from "../../shows/shot-records";
import {
  blueprintOf,
  type EpisodeRow,
  loadCharacters,
  loadShow,
  type ShowRow,
} from "../../shows/show-records";
import { parseShowSettings } from "../../shows/show-settings";
import { PipelineStepError } from "../pipeline-errors";
import { castVoices } from "./cast-voices";
import { planStoryboard, type StoredPiece, type StoryboardInput } from "./storyboard-plan";

/** Everything the storyboard of one episode is decided from, read in the caller's transaction. */
export async function loadStoryboardInput(
  db: Executor,
  show: ShowRow,
  episode: EpisodeRow,
): Promise<StoryboardInput> {
  const blueprint = blueprintOf(show);
  if (!blueprint) {
    throw new PipelineStepError("This show has no blueprint yet; generate the blueprint first");
  }
  const settings = parseShowSettings(show.settings);
  const cast = await loadCharacters(db, show.id);
  const shots = await loadSequenceShots(db, show.id, episodeSequence(episode.id));
  const pieceColumns = {
    id: assets.id,
    contentHash: assets.contentHash,
    durationSeconds: assets.durationSeconds,
  };
  const pointed = [
    ...shots.map((shot) => shot.frameAssetId),
    episode.scoreAssetId,
    episode.animaticAssetId,
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
    episode,
    shots,
    frames: byId,
    voices,
    score: episode.scoreAssetId ? (byId.get(episode.scoreAssetId) ?? null) : null,
    animatic: episode.animaticAssetId ? (byId.get(episode.animaticAssetId) ?? null) : null,
    voiceOf: castVoices(cast, blueprint, settings),
  };
}

/** The plan of one episode's storyboard as stored now. */
export async function loadStoryboardPlan(db: Executor, showId: string, episode: EpisodeRow) {
  const show = await loadShow(db, showId);
  const input = await loadStoryboardInput(db, show, episode);
  return { input, plan: planStoryboard(input) };
}
