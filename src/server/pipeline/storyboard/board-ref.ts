import { episodeSequence } from "../../shows/shot-records";
import type { EpisodeRow, ShowRow } from "../../shows/show-records";
import type { ShowSettings } from "../../shows/show-settings";
import { type TrailerAspect, trailerSequence } from "../../shows/trailer-script";

/**
 * Which board a plan is of: an episode's cold open (cut into its animatic) or the trailer (cut
 * into the show's trailer, with title cards, an end card and, on a paid video model, a clip per
 * shot). Both are shots in the `shots` table under their sequence key; both pieces and cuts are
 * found by content hash (storyboard-plan.ts).
 */
export type BoardRef =
  | {
      kind: "episode";
      sequence: string;
      episodeId: string;
      label: string;
      scoreAssetId: string | null;
      cutAssetId: string | null;
    }
  | {
      kind: "trailer";
      sequence: typeof trailerSequence;
      label: "Trailer";
      scoreAssetId: string | null;
      cutAssetId: string | null;
      aspect: TrailerAspect;
      seconds: 30 | 60;
    };

export const episodeBoard = (episode: EpisodeRow): BoardRef => ({
  kind: "episode",
  sequence: episodeSequence(episode.id),
  episodeId: episode.id,
  label: `Episode ${episode.number}`,
  scoreAssetId: episode.scoreAssetId,
  cutAssetId: episode.animaticAssetId,
});

export const trailerBoard = (show: ShowRow, settings: ShowSettings): BoardRef => ({
  kind: "trailer",
  sequence: trailerSequence,
  label: "Trailer",
  scoreAssetId: show.trailerScoreAssetId,
  cutAssetId: show.trailerAssetId,
  aspect: settings.trailer.aspect,
  seconds: settings.trailer.seconds,
});

/** A score task's target: an episode id, or `trailer` for the trailer's bed. */
export const trailerScoreTarget = trailerSequence;
