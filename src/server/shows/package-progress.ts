import type { CharacterRow, ShowRow } from "./show-records";
import { parseShowSettings } from "./show-settings";

/** How many parts of its package a show has, of how many its settings promise. */
export interface PackageProgress {
  made: number;
  promised: number;
}

/** The episode facts the count needs (a row of `episodes`, or part of one). */
export interface EpisodeParts {
  stillAssetId: string | null;
  clipAssetId: string | null;
  skipped: boolean;
}

/** Episodes a season is counted with before its plan exists (the offline writer plans six). */
const EPISODES_BEFORE_THE_PLAN = 6;

/**
 * The package as the home page and the autopilot estimate promise it, counted part by part:
 * blueprint, cast, every dossier and portrait, grid, poster, trailer; then, for a show that goes
 * through the season (`autopilotThrough`), the season plan and every episode's still, and — when
 * video is free or the user confirmed paid videos — every clip and character video. "Complete" is
 * `made === promised`, never a trailer with an empty season. Skipped characters and episodes are
 * owed nothing.
 */
export function packageProgress(
  show: Pick<
    ShowRow,
    "blueprint" | "settings" | "gridAssetId" | "posterAssetId" | "trailerAssetId" | "season"
  >,
  cast: Pick<CharacterRow, "skipped" | "dossier" | "portraitAssetId" | "videoAssetId">[],
  episodes: EpisodeParts[],
): PackageProgress {
  const settings = parseShowSettings(show.settings);
  const owed = cast.filter((member) => !member.skipped);
  const characters = cast.length > 0 ? owed.length : settings.characterCount;
  const count = (flags: unknown[]) => flags.filter(Boolean).length;

  let promised = 5 + 2 * characters;
  let made =
    count([
      show.blueprint,
      cast.length > 0,
      show.gridAssetId,
      show.posterAssetId,
      show.trailerAssetId,
    ]) +
    count(owed.map((member) => member.dossier)) +
    count(owed.map((member) => member.portraitAssetId));

  if (settings.autopilotThrough === "season") {
    const planned = episodes.filter((episode) => !episode.skipped);
    const episodeCount = show.season ? planned.length : EPISODES_BEFORE_THE_PLAN;
    promised += 1 + episodeCount;
    made += count([show.season]) + count(planned.map((episode) => episode.stillAssetId));
    const videos = settings.video.provider === "offline" || settings.paidVideosConfirmed;
    if (videos) {
      promised += episodeCount + characters;
      made +=
        count(planned.map((episode) => episode.clipAssetId)) +
        count(owed.map((member) => member.videoAssetId));
    }
  }
  return { made: Math.min(made, promised), promised };
}
