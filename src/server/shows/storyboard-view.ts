import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { chosenVoice } from "../pipeline/storyboard/cast-voices";
import { loadStoryboardInput } from "../pipeline/storyboard/load-storyboard";
import { planStoryboard } from "../pipeline/storyboard/storyboard-plan";
import type { VoiceOption, VoiceSpec } from "../providers/types";
import { voiceCatalogFor, voiceOptionsOf } from "../providers/voices/voice-catalog";
import { type AssetDto, toAssetDto } from "./assets";
import type { ShotSpec } from "./episode-script";
import { loadEpisode, loadShow } from "./show-records";

export interface StoryboardLineView {
  lineId: string;
  /** The voice_line task target, `<shot id>:<line id>`. */
  target: string;
  characterId: string | null;
  speaker: string;
  text: string;
  delivery: string;
  /** The take in the line's current words and voice; null until one is made. */
  take: AssetDto | null;
}

export interface StoryboardShotView {
  id: string;
  number: number;
  spec: ShotSpec;
  frame: AssetDto | null;
  /** False when an edit changed what the frame shows: regenerating draws the current shot. */
  frameCurrent: boolean;
  /** Every frame drawn for this shot, newest first; any can be put back. */
  frameVersions: AssetDto[];
  clip: AssetDto | null;
  lines: StoryboardLineView[];
}

export interface StoryboardView {
  episode: { id: string; number: number; title: string };
  shots: StoryboardShotView[];
  plannedSeconds: number;
  score: AssetDto | null;
  scoreCurrent: boolean;
  animatic: AssetDto | null;
  /** False when the board changed since the cut: "Make animatic" re-cuts what changed. */
  animaticCurrent: boolean;
  subtitles: { vtt: AssetDto | null; srt: AssetDto | null };
  /** The cut as an OpenTimelineIO timeline, for DaVinci Resolve and the OTIO tools. */
  timeline: AssetDto | null;
  animaticWanted: boolean;
  /**
   * Who speaks in which voice: every character, then the narrator (characterId null); `chosen` when
   * the user's pick is the one used (a pick the speech provider lacks is not).
   */
  voices: { characterId: string | null; name: string; voice: VoiceSpec; chosen: boolean }[];
  /** The voices the show's speech provider offers, for the picker. */
  voiceOptions: VoiceOption[];
}

/** One episode's storyboard as the console shows it. */
export async function getStoryboard(
  db: Executor,
  showIdOrSlug: string,
  episodeId: string,
): Promise<StoryboardView> {
  const show = await loadShow(db, showIdOrSlug);
  const episode = await loadEpisode(db, show.id, episodeId);
  const input = await loadStoryboardInput(db, show, episode);
  const plan = planStoryboard(input);
  const ids = [
    ...plan.shots.flatMap((shot) => [
      shot.frame?.id,
      shot.row.clipAssetId,
      ...shot.lines.map((line) => line.take?.id),
    ]),
    input.score?.id,
    input.animatic?.id,
  ].filter((id): id is string => Boolean(id));
  const rows = ids.length > 0 ? await db.select().from(assets).where(inArray(assets.id, ids)) : [];
  const dto = new Map(rows.map((row) => [row.id, toAssetDto(row)]));
  const frameRows =
    plan.shots.length > 0
      ? await db
          .select()
          .from(assets)
          .where(
            and(
              eq(assets.showId, show.id),
              eq(assets.kind, "storyboard_frame"),
              inArray(
                assets.shotId,
                plan.shots.map((shot) => shot.row.id),
              ),
            ),
          )
          .orderBy(desc(assets.createdAt))
      : [];
  const pick = (id: string | null | undefined) => (id ? (dto.get(id) ?? null) : null);
  const subtitleRows = input.animatic
    ? await db
        .select()
        .from(assets)
        .where(
          and(
            eq(assets.showId, show.id),
            inArray(assets.kind, ["subtitles", "timeline"]),
            eq(assets.episodeId, episode.id),
          ),
        )
        .orderBy(desc(assets.createdAt))
        .limit(10)
    : [];
  const madeFromCut = subtitleRows.filter((row) =>
    row.sourceAssetIds?.includes(input.animatic!.id),
  );
  const subtitle = (mime: string) => {
    const row = madeFromCut.find(
      (candidate) => candidate.kind === "subtitles" && candidate.mime.startsWith(mime),
    );
    return row ? toAssetDto(row) : null;
  };
  return {
    episode: { id: episode.id, number: episode.number, title: episode.title },
    shots: plan.shots.map((shot, index) => ({
      id: shot.row.id,
      number: index + 1,
      spec: shot.spec,
      frame: pick(shot.frame?.id),
      frameCurrent: shot.frameCurrent,
      frameVersions: frameRows.filter((row) => row.shotId === shot.row.id).map(toAssetDto),
      clip: pick(shot.row.clipAssetId),
      lines: shot.lines.map((line) => ({
        lineId: line.lineId,
        target: line.target,
        characterId: line.characterId,
        speaker: line.speaker || "Narrator",
        text: line.text,
        delivery: line.delivery,
        take: pick(line.take?.id),
      })),
    })),
    plannedSeconds: plan.plannedSeconds,
    score: pick(input.score?.id),
    scoreCurrent: plan.score.current,
    animatic: pick(input.animatic?.id),
    animaticCurrent: plan.animaticCurrent,
    subtitles: { vtt: subtitle("text/vtt"), srt: subtitle("application/x-subrip") },
    timeline: (() => {
      const row = madeFromCut.find((candidate) => candidate.kind === "timeline");
      return row ? toAssetDto(row) : null;
    })(),
    animaticWanted: episode.animaticWanted,
    voices: [
      ...input.cast.map((member) => ({
        characterId: member.id,
        name: member.name,
        voice: input.voiceOf(member.id),
        chosen: chosenVoice(member.voice, input.settings.audio.provider) !== null,
      })),
      {
        characterId: null,
        name: "Narrator",
        voice: input.voiceOf(null),
        chosen: chosenVoice(input.settings.narratorVoice, input.settings.audio.provider) !== null,
      },
    ],
    voiceOptions: voiceOptionsOf(voiceCatalogFor(input.settings.audio.provider)),
  };
}
