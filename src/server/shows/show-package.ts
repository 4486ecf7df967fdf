import { PassThrough, Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type { Executor } from "../db/client";
import type { MediaStore } from "../storage/media-store";
import type { AssetDto } from "./assets";
import { loadTimelineFiles } from "./cut-package-files";
import { loadLegacyTrailerCards } from "./legacy-trailer-cards";
import { buildShowPitchDeck } from "./show-pitch-deck";
import { getShowDetail, type ShowDetail } from "./show-views";
import {
  type PackageFile,
  safeName,
  storageKeyOf,
  storyboardPaths,
} from "./storyboard-package-paths";
import { getStoryboard, type StoryboardView } from "./storyboard-view";
import { loadTrailerPieces } from "./trailer-package";

const extensionOf = (asset: AssetDto) => asset.url.split(".").pop() ?? "bin";

const episodeFolder = (episode: { number: number; title: string }) =>
  `episodes/${String(episode.number).padStart(2, "0")}-${safeName(episode.title)}`;

/** The storyboards of the episodes that have one, for the package. */
export async function loadBoards(
  db: Executor,
  show: ShowDetail,
): Promise<Map<string, StoryboardView>> {
  const boards = new Map<string, StoryboardView>();
  for (const episode of show.episodes) {
    if (episode.shotCount > 0) {
      boards.set(episode.id, await getStoryboard(db, show.id, episode.id));
    }
  }
  return boards;
}

/**
 * Every file of the package, as (path in the ZIP, asset). `cutPieces` (loadTimelineFiles) are
 * what the current cuts used, at the paths their timelines name; they hold those paths. The
 * boards as they are now (`boards`, and `trailerPieces` for the `trailer/` folder) fill the rest.
 */
export function packageFiles(
  show: ShowDetail,
  boards: Map<string, StoryboardView> = new Map(),
  trailerPieces: PackageFile[] = [],
  cutPieces: PackageFile[] = [],
): PackageFile[] {
  const files: PackageFile[] = [];
  const add = (path: string, asset: AssetDto | null) => {
    if (asset) {
      files.push({ path: `${path}.${extensionOf(asset)}`, asset });
    }
  };
  add("poster", show.poster);
  add("portrait-grid", show.grid);
  add("trailer", show.trailer);
  add("trailer", show.trailerFiles.vtt);
  add("trailer", show.trailerFiles.srt);
  add("trailer", show.trailerFiles.timeline);
  add("trailer-script", show.trailerFiles.script);
  files.push(...trailerPieces);
  for (const member of show.characters) {
    const folder = `characters/${String(member.position + 1).padStart(2, "0")}-${safeName(member.name)}`;
    add(`${folder}/portrait`, member.portrait);
    add(`${folder}/video`, member.video);
  }
  for (const episode of show.episodes) {
    const folder = episodeFolder(episode);
    add(`${folder}/still`, episode.still);
    add(`${folder}/clip`, episode.clip);
    add(`${folder}/storyboard/script-as-written`, episode.script);
    add(`${folder}/animatic`, episode.animatic);
    add(`${folder}/animatic`, episode.captions.vtt);
    add(`${folder}/animatic`, episode.captions.srt);
    const board = boards.get(episode.id);
    for (const shot of board?.shots ?? []) {
      add(`${folder}/${storyboardPaths.frame(shot.number)}`, shot.frame);
      add(`${folder}/${storyboardPaths.clip(shot.number)}`, shot.clip);
      for (const line of shot.lines) {
        add(`${folder}/${storyboardPaths.take(shot.number, line.speaker, line.lineId)}`, line.take);
      }
    }
    if (board?.score) {
      add(`${folder}/${storyboardPaths.score()}`, board.score);
    }
    add(`${folder}/animatic`, episode.timeline);
  }
  const cutPaths = new Set(cutPieces.map((file) => file.path));
  return [...files.filter((file) => !cutPaths.has(file.path)), ...cutPieces];
}

/**
 * The package's media files as the download and the CLI write them: each current cut's pieces
 * where its stored timeline names them (`trailer.otio` at the top, each `animatic.otio` in its
 * episode's folder), then the boards as they are now around them. A trailer timeline written
 * before references named their assets gets its cards by their prompts, as it always did.
 */
export async function loadPackageFiles(
  db: Executor,
  media: MediaStore,
  show: ShowDetail,
  boards: Map<string, StoryboardView>,
): Promise<PackageFile[]> {
  const { timeline } = show.trailerFiles;
  const trailerCut = timeline ? await loadTimelineFiles(db, media, show.id, timeline, "") : null;
  const cutPieces = [...(trailerCut ?? [])];
  for (const episode of show.episodes) {
    if (episode.timeline) {
      const folder = `${episodeFolder(episode)}/`;
      cutPieces.push(
        ...((await loadTimelineFiles(db, media, show.id, episode.timeline, folder)) ?? []),
      );
    }
  }
  const trailerPieces = [
    ...(await loadTrailerPieces(db, show.id)),
    ...(trailerCut ? [] : await loadLegacyTrailerCards(db, show.id)),
  ];
  return packageFiles(show, boards, trailerPieces, cutPieces);
}

function readme(show: ShowDetail): string {
  const lines = [
    `# ${show.title ?? "Untitled show"}`,
    "",
    show.logline ?? "",
    "",
    `Premise: ${show.premise}`,
    "",
    "## Contents",
    "",
    "- `blueprint.json` — title, logline, style bible",
    "- `season.json` — episode format, season arc and loglines (when generated)",
    "- `characters/*/dossier.json`, `portrait.png`, `video.mp4` — the cast",
    "- `poster.png`, `portrait-grid.png`",
    "- `trailer.mp4` with `trailer.vtt`/`trailer.srt` captions, `trailer-script.json` (the shot",
    "  list it was cut from) and `trailer.otio`, its timeline, whose clips are the `trailer/`",
    "  folder's files: each shot's frame or clip, the voice-over takes, the score and the cards",
    "- `pitch-deck.pdf` — cover, style bible, cast, season and storyboards",
    "- `episodes/*` — stills and clips; where made, the cold open's `storyboard/` (`script.json`,",
    "  a frame per shot, every voice line, the score) and its cut `animatic.mp4` with `.vtt`/`.srt`",
    "  captions and `animatic.otio`, a timeline for DaVinci Resolve and the OTIO tools",
    "",
    "Each `.otio` opens on the files its cut used, even where the board was edited after the cut;",
    "the board's newer pieces sit beside them wherever the timeline names no file.",
    "",
    `Made with Greenlight on ${new Date().toISOString().slice(0, 10)}.`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The show package as a ZIP stream: documents first, then media files streamed one by one from
 * the store, so a package with long videos never sits in memory.
 */
export async function streamShowPackage(
  db: Executor,
  media: MediaStore,
  idOrSlug: string,
): Promise<{ stream: ReadableStream<Uint8Array>; filename: string }> {
  const show = await getShowDetail(db, idOrSlug);
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const output = new PassThrough();
  zip.on("error", (error: Error) => output.destroy(error));
  zip.pipe(output);
  zip.append(readme(show), { name: "README.md" });
  if (show.blueprint) {
    zip.append(`${JSON.stringify(show.blueprint, null, 2)}\n`, { name: "blueprint.json" });
  }
  if (show.season) {
    zip.append(`${JSON.stringify(show.season, null, 2)}\n`, { name: "season.json" });
  }
  for (const member of show.characters) {
    if (member.dossier) {
      const folder = `characters/${String(member.position + 1).padStart(2, "0")}-${safeName(member.name)}`;
      zip.append(`${JSON.stringify(member.dossier, null, 2)}\n`, {
        name: `${folder}/dossier.json`,
      });
    }
  }
  if (show.blueprint) {
    // Drawn before the stream starts, so a deck that cannot be made fails the request cleanly.
    const { pdf } = await buildShowPitchDeck(db, media, show.id);
    zip.append(pdf, { name: "pitch-deck.pdf", store: true });
  }
  const boards = await loadBoards(db, show);
  for (const [episodeId, board] of boards) {
    const episode = show.episodes.find((candidate) => candidate.id === episodeId)!;
    const script = board.shots.map((shot) => ({ number: shot.number, ...shot.spec }));
    zip.append(`${JSON.stringify({ shots: script }, null, 2)}\n`, {
      name: `${episodeFolder(episode)}/storyboard/script.json`,
    });
  }
  for (const file of await loadPackageFiles(db, media, show, boards)) {
    // Already-compressed media gains nothing from deflate; store it.
    zip.append(media.read(storageKeyOf(file.asset)), { name: file.path, store: true });
  }
  void zip.finalize();
  return {
    stream: Readable.toWeb(output) as ReadableStream<Uint8Array>,
    filename: `${safeName(show.title ?? show.slug)}.zip`,
  };
}
