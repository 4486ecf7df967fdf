import type { VoiceSpec } from "../../providers/types";
import type { Blueprint } from "../../shows/documents";
import type { ShotSpec } from "../../shows/episode-script";
import {
  findLine,
  lineTarget,
  type ShotRow,
  shotLineIds,
  shotSpecOf,
} from "../../shows/shot-records";
import type { CharacterRow, EpisodeRow } from "../../shows/show-records";
import type { ShowSettings } from "../../shows/show-settings";
import { cutHash, frameHash, scoreHash, voiceHash } from "./content-hashes";
import { type ScoreShape, scoreShapeFor } from "./score-request";

/** A stored piece: enough to tell whether it is the current one and to place it in a cut. */
export interface StoredPiece {
  id: string;
  contentHash: string | null;
  durationSeconds: number | null;
}

export interface StoryboardInput {
  blueprint: Blueprint;
  settings: ShowSettings;
  cast: CharacterRow[];
  episode: EpisodeRow;
  shots: ShotRow[];
  /** The frame each shot points at, by asset id. */
  frames: Map<string, StoredPiece>;
  /** The newest voice take of each content hash. */
  voices: Map<string, StoredPiece>;
  score: StoredPiece | null;
  animatic: StoredPiece | null;
  /** Who speaks a line (a character id, or null for the narrator) in which voice. */
  voiceOf: (characterId: string | null) => VoiceSpec;
}

export interface PlannedLine {
  lineId: string;
  target: string;
  text: string;
  delivery: string;
  characterId: string | null;
  speaker: string;
  hash: string;
  take: StoredPiece | null;
}

export interface PlannedShot {
  row: ShotRow;
  spec: ShotSpec;
  frameHash: string;
  /** The frame it points at, current or not; `frameCurrent` says which. */
  frame: StoredPiece | null;
  frameCurrent: boolean;
  lines: PlannedLine[];
}

export interface StoryboardPlan {
  shots: PlannedShot[];
  plannedSeconds: number;
  score: ScoreShape & { hash: string; current: boolean };
  /** A hash of every piece the cut would use now: the animatic is current when its own matches. */
  cutHash: string;
  animaticCurrent: boolean;
}

/** The style a frame is drawn in: part of its hash, so a restyled show redraws its boards. */
export const frameStyle = (blueprint: Blueprint) =>
  [blueprint.productionStyle.medium, ...blueprint.visualAesthetics.palette.map((c) => c.hex)].join(
    " ",
  );

/**
 * Which pieces an episode's storyboard has and which it still needs, from stored rows alone:
 * the rules request what is missing, the animatic renders from what is current, and the console
 * marks what an edit made stale.
 */
export function planStoryboard(input: StoryboardInput): StoryboardPlan {
  const { blueprint, settings, cast } = input;
  const byId = new Map(cast.map((member) => [member.id, member]));
  const portraitOf = (id: string) => byId.get(id)?.portraitAssetId ?? null;
  const shots = input.shots.map((row): PlannedShot => {
    const spec = shotSpecOf(row);
    const wanted = frameHash(
      spec,
      spec.characterIds.map(portraitOf),
      settings.image,
      frameStyle(blueprint),
    );
    const frame = row.frameAssetId ? (input.frames.get(row.frameAssetId) ?? null) : null;
    const lines = shotLineIds(spec).flatMap((lineId): PlannedLine[] => {
      const line = findLine(spec, lineId);
      if (!line) {
        return [];
      }
      const voice = input.voiceOf(line.characterId);
      const hash = voiceHash(line.text, line.delivery, voice, settings.audio);
      return [
        {
          lineId,
          target: lineTarget(row.id, lineId),
          text: line.text,
          delivery: line.delivery,
          characterId: line.characterId,
          speaker: line.characterId ? (byId.get(line.characterId)?.name ?? "") : "",
          hash,
          take: input.voices.get(hash) ?? null,
        },
      ];
    });
    return {
      row,
      spec,
      frameHash: wanted,
      frame,
      frameCurrent: frame !== null && frame.contentHash === wanted,
      lines,
    };
  });
  const plannedSeconds = shots.reduce((sum, shot) => sum + shot.spec.durationSeconds, 0);
  const shape = scoreShapeFor(blueprint, plannedSeconds);
  const wantedScore = scoreHash(shape.mood, shape.pace, shape.durationSeconds, settings.music);
  const score = {
    ...shape,
    hash: wantedScore,
    current: input.score !== null && input.score.contentHash === wantedScore,
  };
  // What the board asks for (each frame's wanted hash, each line's words and voice, the score's
  // shape) as well as which pieces exist: an edit that outdates a frame outdates the cut too.
  const hash = cutHash({
    shots: shots.map((shot) => ({
      id: shot.row.id,
      seconds: shot.spec.durationSeconds,
      move: shot.spec.cameraMove,
      frame: [shot.frameHash, shot.frame?.id ?? null],
      clip: shot.row.clipAssetId,
      lines: shot.lines.map((line) => [line.lineId, line.hash, line.take?.id ?? null, line.text]),
    })),
    score: [wantedScore, input.score?.id ?? null],
  });
  return {
    shots,
    plannedSeconds,
    score,
    cutHash: hash,
    animaticCurrent: input.animatic !== null && input.animatic.contentHash === hash,
  };
}
