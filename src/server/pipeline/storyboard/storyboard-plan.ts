import type { VoiceSpec } from "../../providers/types";
import type { Blueprint } from "../../shows/documents";
import type { ShotSpec } from "../../shows/episode-script";
import {
  findLine,
  lineTarget,
  type ShotRow,
  shotLineIds,
  shotSpecOf,
  type TrailerExtras,
  trailerExtrasOf,
} from "../../shows/shot-records";
import type { CharacterRow } from "../../shows/show-records";
import type { ShowSettings } from "../../shows/show-settings";
import { endCardSeconds } from "../../shows/trailer-script";
import type { BoardRef } from "./board-ref";
import { clipHash, cutHash, frameHash, scoreHash, voiceHash } from "./content-hashes";
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
  board: BoardRef;
  shots: ShotRow[];
  /** The frame and the clip each shot points at, by asset id. */
  frames: Map<string, StoredPiece>;
  /** The newest voice take of each content hash. */
  voices: Map<string, StoredPiece>;
  score: StoredPiece | null;
  /** The board's current cut: the episode's animatic, or the show's trailer. */
  animatic: StoredPiece | null;
  /** The trailer's end card: what it shows, so a new poster or title re-cuts it. */
  endCard: { posterAssetId: string | null; title: string; tagline: string } | null;
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
  /** A trailer shot's beat, title card words ("" for a picture) and transition. */
  trailer: TrailerExtras | null;
  /** A title card: drawn by the cut, with no frame or clip of its own. */
  isCard: boolean;
  /** The clip it points at, its wanted hash (null until the frame exists), and whether to make one. */
  clip: StoredPiece | null;
  clipHash: string | null;
  clipCurrent: boolean;
  clipWanted: boolean;
}

export interface StoryboardPlan {
  shots: PlannedShot[];
  plannedSeconds: number;
  score: ScoreShape & { hash: string; current: boolean };
  /** A hash of every piece the cut would use now: the animatic is current when its own matches. */
  cutHash: string;
  animaticCurrent: boolean;
}

/** The names an end card bills, in cast order (a skipped character is not billed). */
export const castNames = (cast: CharacterRow[]) =>
  cast.filter((member) => !member.skipped).map((member) => member.name);

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
  const trailer = input.board.kind === "trailer" ? input.board : null;
  // A trailer on a video model moves every picture shot with its own clip once the user confirmed
  // paid videos (the autopilot estimate counts them), as character videos and episode clips wait
  // for it; otherwise (offline, unconfirmed, or an episode's animatic, where clips are optional)
  // the cut moves the frame itself, and a clip made on request is used while it is current.
  const clipsWanted =
    trailer !== null && settings.video.provider !== "offline" && settings.paidVideosConfirmed;
  const shots = input.shots.map((row): PlannedShot => {
    const spec = shotSpecOf(row);
    const extras = trailer ? trailerExtrasOf(row) : null;
    const isCard = (extras?.card.trim() ?? "") !== "";
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
    const clip = row.clipAssetId ? (input.frames.get(row.clipAssetId) ?? null) : null;
    const wantedClip =
      frame && !isCard
        ? clipHash(
            frame.id,
            Math.ceil(spec.durationSeconds),
            trailer?.aspect ?? "16:9",
            settings.video,
          )
        : null;
    return {
      row,
      spec,
      frameHash: wanted,
      frame: isCard ? null : frame,
      frameCurrent: isCard || (frame !== null && frame.contentHash === wanted),
      lines,
      trailer: extras,
      isCard,
      clip: isCard ? null : clip,
      clipHash: wantedClip,
      // An episode's clip (made on request, hash-less before trailers) is used while it exists.
      clipCurrent: clip !== null && (!trailer || clip.contentHash === wantedClip),
      clipWanted: clipsWanted && !isCard,
    };
  });
  const plannedSeconds =
    shots.reduce((sum, shot) => sum + shot.spec.durationSeconds, 0) +
    (trailer ? endCardSeconds : 0);
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
      frame: shot.isCard ? null : [shot.frameHash, shot.frame?.id ?? null],
      clip: shot.clipWanted ? [shot.clipHash, shot.clip?.id ?? null] : (shot.clip?.id ?? null),
      lines: shot.lines.map((line) => [line.lineId, line.hash, line.take?.id ?? null, line.text]),
      ...(shot.trailer ? { trailer: shot.trailer } : {}),
    })),
    score: [wantedScore, input.score?.id ?? null],
    ...(trailer
      ? { shape: [trailer.aspect, trailer.seconds], endCard: input.endCard, cast: castNames(cast) }
      : {}),
  });
  return {
    shots,
    plannedSeconds,
    score,
    cutHash: hash,
    animaticCurrent: input.animatic !== null && input.animatic.contentHash === hash,
  };
}
