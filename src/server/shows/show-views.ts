import { count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client";
import { assets, characters, episodes, shots, shows, tasks } from "../db/schema";
import { type AutopilotPause, findAutopilotPause } from "../pipeline/autopilot-pause";
import { estimateAutopilotCost, estimateKindCosts } from "../pipeline/cost-estimates";
import { loadShowState } from "../pipeline/show-state";
import { defaultPrices, type PriceTable } from "../providers/pricing/price-table";
import { readSpendTotals } from "../spend/read-spend";
import { ACTIVE_STATUSES } from "../tasks/status";
import { type AssetDto, type AssetRow, toAssetDto } from "./assets";
import type { Blueprint, CharacterSeed, Dossier, EpisodeOutline, Season } from "./documents";
import { type PackageProgress, packageProgress } from "./package-progress";
import {
  blueprintOf,
  type CharacterRow,
  dossierOf,
  loadCharacters,
  loadShow,
  type ShowRow,
} from "./show-records";
import { parseShowSettings, type ShowSettings } from "./show-settings";
import { textLimits } from "./text-limits";
import { truncateAtWord } from "./truncate-text";

export interface ShowSummary {
  id: string;
  slug: string;
  premise: string;
  title: string | null;
  logline: string | null;
  autopilot: boolean;
  createdAt: string;
  poster: AssetDto | null;
  completion: number;
  /** Parts of the package made, of those its settings promise (the season's too): "Complete" is equal. */
  packageProgress: PackageProgress;
  activeTasks: number;
  /** USD spent on the show, from the spend ledger: every paid call, canceled or abandoned ones too. */
  costUsd: number;
}

export interface ShowCharacter {
  id: string;
  position: number;
  name: string;
  seed: CharacterSeed;
  dossier: Dossier | null;
  portraitPrompt: string | null;
  portrait: AssetDto | null;
  video: AssetDto | null;
  portraitVersions: AssetDto[];
  videoVersions: AssetDto[];
  /** The user went on without this character after its portrait failed. */
  skipped: boolean;
}

export interface ShowEpisode {
  id: string;
  number: number;
  title: string;
  outline: EpisodeOutline;
  still: AssetDto | null;
  clip: AssetDto | null;
  /** The cold open's script as last written (JSON); the board's shots carry later edits. */
  script: AssetDto | null;
  /** The cold open's cut (episode_animatic) and its captions; null until made. */
  animatic: AssetDto | null;
  captions: { vtt: AssetDto | null; srt: AssetDto | null };
  /** The cut as an OpenTimelineIO timeline (.otio) pointing at the package's storyboard files. */
  timeline: AssetDto | null;
  animaticVersions: AssetDto[];
  /** Shots on the episode's storyboard (0 until its script is written). */
  shotCount: number;
  skipped: boolean;
}

export interface TrailerFiles {
  vtt: AssetDto | null;
  srt: AssetDto | null;
  timeline: AssetDto | null;
  script: AssetDto | null;
}

/** `GET /api/shows/:id`; the browser uses this very type (docs/api.md). */
export interface ShowDetail extends ShowSummary {
  blueprint: Blueprint | null;
  season: Season | null;
  settings: ShowSettings;
  grid: AssetDto | null;
  trailer: AssetDto | null;
  /**
   * The trailer cut's own files (null until made): its captions, its OpenTimelineIO timeline
   * pointing at the package's `trailer/` folder, and the newest trailer script (JSON).
   */
  trailerFiles: TrailerFiles;
  characters: ShowCharacter[];
  episodes: ShowEpisode[];
  versions: { poster: AssetDto[]; grid: AssetDto[]; trailer: AssetDto[] };
  /** Estimated USD of one task of each kind under the show's settings; 0 when free or unpriced. */
  estimates: Record<string, number>;
  /** Estimated USD of a whole autopilot run, premise through the first season. */
  autopilotEstimate: number;
  /** Why autopilot stopped (a step failed for good), with Retry and maybe Skip; null if it did not. */
  autopilotPause: AutopilotPause | null;
}

/** How much of the package exists: blueprint, cast, every dossier and portrait, grid, poster, trailer. */
export function completionOf(show: ShowRow, cast: CharacterRow[]): number {
  // A skipped character (the user went on without it) is not owed a dossier or a portrait.
  const owed = cast.filter((member) => !member.skipped);
  const expected = cast.length ? owed.length : parseShowSettings(show.settings).characterCount;
  const total = 5 + 2 * expected;
  const done =
    (show.blueprint ? 1 : 0) +
    (cast.length > 0 ? 1 : 0) +
    owed.filter((member) => member.dossier).length +
    owed.filter((member) => member.portraitAssetId).length +
    (show.gridAssetId ? 1 : 0) +
    (show.posterAssetId ? 1 : 0) +
    (show.trailerAssetId ? 1 : 0);
  return Math.round((done / total) * 100) / 100;
}

export const listShowsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["recent", "title", "completion"]).default("recent"),
});

export async function listShows(
  db: Executor,
  query: z.infer<typeof listShowsQuerySchema>,
  /** Which shows the caller may see (src/server/auth/show-access.ts); undefined = all. */
  visible?: SQL,
): Promise<ShowSummary[]> {
  const rows = await db
    .select()
    .from(shows)
    .where(visible)
    .orderBy(desc(shows.createdAt))
    .limit(500);
  const needle = query.q?.toLowerCase();
  const matching = needle
    ? rows.filter((row) =>
        `${row.title ?? ""} ${row.logline ?? ""} ${row.premise}`.toLowerCase().includes(needle),
      )
    : rows;
  const summaries = await summarize(db, matching);
  if (query.sort === "title") {
    summaries.sort((a, b) => (a.title ?? a.premise).localeCompare(b.title ?? b.premise));
  }
  if (query.sort === "completion") {
    summaries.sort((a, b) => b.completion - a.completion);
  }
  return summaries;
}

/**
 * Summaries for many shows in four queries (their casts, their posters, their task counts, their
 * spend), not four per show: the library lists every show at once. Spend is the ledger's, not the
 * tasks' costUsd: a canceled or abandoned paid job was billed too.
 */
async function summarize(
  db: Executor,
  list: ShowRow[],
  /** The casts, when the caller has loaded them already (a show's detail). */
  loadedCast?: CharacterRow[],
): Promise<ShowSummary[]> {
  if (list.length === 0) {
    return [];
  }
  const ids = list.map((show) => show.id);
  const posterIds = list
    .map((show) => show.posterAssetId)
    .filter((id): id is string => Boolean(id));
  const [cast, posters, counts, spend, episodeParts] = await Promise.all([
    loadedCast ?? db.select().from(characters).where(inArray(characters.showId, ids)),
    posterIds.length > 0 ? db.select().from(assets).where(inArray(assets.id, posterIds)) : [],
    db
      .select({
        showId: tasks.showId,
        active: sql<number>`count(*) filter (where ${inArray(tasks.status, [...ACTIVE_STATUSES])})`,
      })
      .from(tasks)
      .where(inArray(tasks.showId, ids))
      .groupBy(tasks.showId),
    readSpendTotals(db, ids),
    db
      .select({
        showId: episodes.showId,
        stillAssetId: episodes.stillAssetId,
        clipAssetId: episodes.clipAssetId,
        skipped: episodes.skipped,
      })
      .from(episodes)
      .where(inArray(episodes.showId, ids)),
  ]);
  const posterById = new Map(posters.map((row) => [row.id, row]));
  const countsByShow = new Map(counts.map((row) => [row.showId, row]));
  return list.map((show) => {
    const poster = show.posterAssetId ? posterById.get(show.posterAssetId) : undefined;
    const count = countsByShow.get(show.id);
    return {
      id: show.id,
      slug: show.slug,
      // Cut on the way out too: rows from before the limits are sent to every viewer.
      premise: truncateAtWord(show.premise, textLimits.premise),
      title: show.title === null ? null : truncateAtWord(show.title, textLimits.title),
      logline: show.logline === null ? null : truncateAtWord(show.logline, textLimits.logline),
      autopilot: show.autopilot,
      createdAt: show.createdAt.toISOString(),
      poster: poster ? toAssetDto(poster) : null,
      completion: completionOf(
        show,
        cast.filter((member) => member.showId === show.id),
      ),
      packageProgress: packageProgress(
        show,
        cast.filter((member) => member.showId === show.id),
        episodeParts.filter((episode) => episode.showId === show.id),
      ),
      activeTasks: Number(count?.active ?? 0),
      costUsd: spend.get(show.id) ?? 0,
    };
  });
}

/** `prices` are the deployment's (PROVIDER_PRICES over the defaults); estimates use them. */
export async function getShowDetail(
  db: Executor,
  idOrSlug: string,
  prices: PriceTable = defaultPrices,
): Promise<ShowDetail> {
  const show = await loadShow(db, idOrSlug);
  const cast = await loadCharacters(db, show.id);
  const [allAssets, episodeRows, [summary], state, shotCounts] = await Promise.all([
    db.select().from(assets).where(eq(assets.showId, show.id)).orderBy(desc(assets.createdAt)),
    db.select().from(episodes).where(eq(episodes.showId, show.id)).orderBy(episodes.number),
    summarize(db, [show], cast),
    loadShowState(db, show.id),
    db
      .select({ episodeId: shots.episodeId, count: count() })
      .from(shots)
      .where(eq(shots.showId, show.id))
      .groupBy(shots.episodeId),
  ]);
  const shotsOf = new Map(shotCounts.map((row) => [row.episodeId, row.count]));
  /** A file stored beside a cut (its captions, its timeline), found by the cut it was made from. */
  const madeFrom = (cutId: string | null, kind: string, mime: string) => {
    const row = cutId
      ? allAssets.find(
          (candidate) =>
            candidate.kind === kind &&
            candidate.mime.startsWith(mime) &&
            candidate.sourceAssetIds?.includes(cutId),
        )
      : undefined;
    return row ? toAssetDto(row) : null;
  };
  const byId = new Map(allAssets.map((row) => [row.id, row]));
  const current = (id: string | null) => {
    const row = id ? byId.get(id) : undefined;
    return row ? toAssetDto(row) : null;
  };
  const versions = (filter: (row: AssetRow) => boolean) => allAssets.filter(filter).map(toAssetDto);
  const settings = parseShowSettings(show.settings);
  const estimates = estimateKindCosts(settings, prices);
  return {
    ...summary!,
    blueprint: blueprintOf(show),
    season: (show.season as Season | null) ?? null,
    settings,
    estimates,
    autopilotEstimate: estimateAutopilotCost(estimates, cast.length || settings.characterCount),
    autopilotPause: show.autopilot && state ? findAutopilotPause(state) : null,
    grid: current(show.gridAssetId),
    trailer: current(show.trailerAssetId),
    trailerFiles: {
      vtt: madeFrom(show.trailerAssetId, "subtitles", "text/vtt"),
      srt: madeFrom(show.trailerAssetId, "subtitles", "application/x-subrip"),
      timeline: madeFrom(show.trailerAssetId, "timeline", "application/json"),
      script: versions((row) => row.kind === "trailer_script")[0] ?? null,
    },
    characters: cast.map((member) => ({
      id: member.id,
      position: member.position,
      name: member.name,
      seed: member.seed as CharacterSeed,
      dossier: dossierOf(member),
      portraitPrompt: member.portraitPrompt,
      portrait: current(member.portraitAssetId),
      video: current(member.videoAssetId),
      portraitVersions: versions((row) => row.kind === "portrait" && row.characterId === member.id),
      videoVersions: versions(
        (row) => row.kind === "character_video" && row.characterId === member.id,
      ),
      skipped: member.skipped,
    })),
    episodes: episodeRows.map((episode) => ({
      id: episode.id,
      number: episode.number,
      title: episode.title,
      outline: episode.outline as EpisodeOutline,
      still: current(episode.stillAssetId),
      clip: current(episode.clipAssetId),
      script:
        versions((row) => row.kind === "episode_script" && row.episodeId === episode.id)[0] ?? null,
      animatic: current(episode.animaticAssetId),
      captions: {
        vtt: madeFrom(episode.animaticAssetId, "subtitles", "text/vtt"),
        srt: madeFrom(episode.animaticAssetId, "subtitles", "application/x-subrip"),
      },
      timeline: madeFrom(episode.animaticAssetId, "timeline", "application/json"),
      animaticVersions: versions(
        (row) => row.kind === "episode_animatic" && row.episodeId === episode.id,
      ),
      shotCount: shotsOf.get(episode.id) ?? 0,
      skipped: episode.skipped,
    })),
    versions: {
      poster: versions((row) => row.kind === "poster"),
      grid: versions((row) => row.kind === "portrait_grid"),
      trailer: versions((row) => row.kind === "trailer"),
    },
  };
}
