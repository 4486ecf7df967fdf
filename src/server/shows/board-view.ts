import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { assets } from "../db/schema";
import { chosenVoice } from "../pipeline/storyboard/cast-voices";
import type { StoryboardInput, StoryboardPlan } from "../pipeline/storyboard/storyboard-plan";
import type { VoiceOption, VoiceSpec } from "../providers/types";
import { voiceCatalogFor, voiceOptionsOf } from "../providers/voices/voice-catalog";
import { type AssetDto, toAssetDto } from "./assets";
import type { ShotSpec } from "./episode-script";

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

export interface VoiceEntryView {
  characterId: string | null;
  name: string;
  voice: VoiceSpec;
  chosen: boolean;
}

/** What an episode's storyboard and the trailer's board both show: shots, sound, the cut. */
export interface BoardView {
  shots: StoryboardShotView[];
  plannedSeconds: number;
  score: AssetDto | null;
  scoreCurrent: boolean;
  cut: AssetDto | null;
  /** False when the board changed since the cut. */
  cutCurrent: boolean;
  subtitles: { vtt: AssetDto | null; srt: AssetDto | null };
  /** The cut as an OpenTimelineIO timeline, for DaVinci Resolve and the OTIO tools. */
  timeline: AssetDto | null;
  /**
   * Who speaks in which voice: every character, then the narrator (characterId null); `chosen` when
   * the user's pick is the one used (a pick the speech provider lacks is not).
   */
  voices: VoiceEntryView[];
  /** The voices the show's speech provider offers, for the picker. */
  voiceOptions: VoiceOption[];
}

/** A board's shots, pieces and cut as the console shows them, from its plan. */
export async function readBoardView(
  db: Executor,
  showId: string,
  input: StoryboardInput,
  plan: StoryboardPlan,
): Promise<BoardView> {
  const ids = [
    ...plan.shots.flatMap((shot) => [
      shot.frame?.id,
      shot.clip?.id,
      ...shot.lines.map((line) => line.take?.id),
    ]),
    input.score?.id,
    input.animatic?.id,
  ].filter((id): id is string => Boolean(id));
  const rows = ids.length > 0 ? await db.select().from(assets).where(inArray(assets.id, ids)) : [];
  const dto = new Map(rows.map((row) => [row.id, toAssetDto(row)]));
  const pick = (id: string | null | undefined) => (id ? (dto.get(id) ?? null) : null);
  const frameRows =
    plan.shots.length > 0
      ? await db
          .select()
          .from(assets)
          .where(
            and(
              eq(assets.showId, showId),
              eq(assets.kind, "storyboard_frame"),
              inArray(
                assets.shotId,
                plan.shots.map((shot) => shot.row.id),
              ),
            ),
          )
          .orderBy(desc(assets.createdAt))
      : [];
  const companions = input.animatic
    ? await cutCompanions(db, showId, input.animatic.id)
    : { vtt: null, srt: null, timeline: null };
  return {
    shots: plan.shots.map((shot, index) => ({
      id: shot.row.id,
      number: index + 1,
      spec: shot.spec,
      frame: pick(shot.frame?.id),
      frameCurrent: shot.frameCurrent,
      frameVersions: frameRows.filter((row) => row.shotId === shot.row.id).map(toAssetDto),
      clip: pick(shot.clip?.id),
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
    cut: pick(input.animatic?.id),
    cutCurrent: plan.animaticCurrent,
    subtitles: { vtt: companions.vtt, srt: companions.srt },
    timeline: companions.timeline,
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

/** The captions (.vtt, .srt) and timeline (.otio) stored with one cut: made from it, newest first. */
async function cutCompanions(db: Executor, showId: string, cutId: string) {
  const rows = await db
    .select()
    .from(assets)
    .where(
      and(
        eq(assets.showId, showId),
        inArray(assets.kind, ["subtitles", "timeline"]),
        sql`${assets.sourceAssetIds} @> ${JSON.stringify([cutId])}::jsonb`,
      ),
    )
    .orderBy(desc(assets.createdAt));
  const first = (match: (row: (typeof rows)[number]) => boolean) => {
    const row = rows.find(match);
    return row ? toAssetDto(row) : null;
  };
  return {
    vtt: first((row) => row.kind === "subtitles" && row.mime.startsWith("text/vtt")),
    srt: first((row) => row.kind === "subtitles" && row.mime.startsWith("application/x-subrip")),
    timeline: first((row) => row.kind === "timeline"),
  };
}
