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
