import { readFile } from "node:fs/promises";
import type { CutResult } from "../../cut/cut-plan";
import type { AssetDraft, AssetKind } from "../../shows/assets";
import type { PipelineServices } from "../pipeline-services";
import { storeOutput } from "../store-output";

export interface StoredCut {
  video: AssetDraft;
  /** WebVTT and SRT, none for a burned-in export. */
  subtitles: AssetDraft[];
  /** The cut as an OpenTimelineIO timeline pointing at the package's files. */
  timeline?: AssetDraft;
}

/**
 * Stores a rendered cut (an animatic or the trailer): the MP4 at its real length, its captions
 * as WebVTT and SRT, and its timeline when there is one (an export with burned captions has
 * neither: it is a copy of a cut that has them).
 */
export async function storeCut(
  services: Pick<PipelineServices, "media">,
  owner: { showId: string; taskId: string },
  kind: Extract<AssetKind, "episode_animatic" | "trailer">,
  made: CutResult,
  options: { prompt: string; size: { width: number; height: number }; otio: string | null },
): Promise<StoredCut> {
  const common = {
    width: null,
    height: null,
    durationSeconds: made.durationSeconds,
    provider: "greenlight",
    model: "cut-1",
    prompt: options.prompt,
    costUsd: 0,
  };
  const video = await storeOutput(
    services.media,
    { ...owner, kind },
    await readFile(made.videoPath),
    "video/mp4",
    { ...common, ...options.size },
  );
  if (options.otio === null) {
    return { video, subtitles: [] };
  }
  const [timeline, vtt, srt] = await Promise.all([
    storeOutput(
      services.media,
      { ...owner, kind: "timeline", extension: "otio" },
      Buffer.from(options.otio),
      "application/json",
      common,
    ),
    storeOutput(
      services.media,
      { ...owner, kind: "subtitles" },
      Buffer.from(made.vtt),
      "text/vtt",
      common,
    ),
    storeOutput(
      services.media,
      { ...owner, kind: "subtitles" },
      Buffer.from(made.srt),
      "application/x-subrip",
      common,
    ),
  ]);
  return { video, subtitles: [vtt, srt], timeline };
}

/** A card a trailer cut drew: `number` is its shot's, null for the end card. */
export interface DrawnCard {
  /** The id its asset row will get, already named by the cut's timeline. */
  id: string;
  number: number | null;
  png: Buffer;
}

/**
 * Stores the title cards and end card a trailer cut drew, each as a draft carrying the asset id
 * its timeline names it by; the rows are inserted with the timeline's, in one transaction.
 */
export function storeDrawnCards(
  services: Pick<PipelineServices, "media">,
  owner: { showId: string; taskId: string },
  size: { width: number; height: number },
  cards: DrawnCard[],
): Promise<AssetDraft[]> {
  return Promise.all(
    cards.map(async ({ id, number, png }) => {
      // One task draws several cards: each its own key (the key is the task's by default).
      const name = number === null ? "end-card" : `card-${number}`;
      const draft = await storeOutput(
        services.media,
        { ...owner, kind: "trailer_card", extension: `${name}.png` },
        png,
        "image/png",
        {
          ...size,
          durationSeconds: null,
          provider: "greenlight",
          model: "cut-1",
          prompt: number === null ? "End card" : `Title card · shot ${number}`,
          costUsd: 0,
        },
      );
      return { ...draft, id };
    }),
  );
}
