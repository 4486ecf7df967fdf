import type { CutShot } from "./cut-plan";

/** A dissolve's length; shorter when the incoming shot itself is shorter. */
export const dissolveSeconds = 0.5;

/** A shot on the cut's frame grid. */
export interface ShotSpan {
  id: string;
  /** First frame of the shot's slot in the cut. */
  startFrame: number;
  /** Frames of its slot: the cut shows this shot (alone or dissolving in) for exactly these. */
  frames: number;
  /** Frames at the head of the slot where this shot fades in over the previous one. */
  dissolveFrames: number;
  /**
   * Frames of picture the shot must provide, on its own clock: its slot plus the next shot's
   * dissolve, under which it runs on. A camera move spans all of them.
   */
  shownFrames: number;
}

export interface CutTimeline {
  fps: number;
  totalFrames: number;
  spans: ShotSpan[];
}

/**
 * Puts the shots on the frame grid. Boundaries are rounded from the cumulative start times (not
 * each duration on its own), so the cut has exactly round(Σ durations · fps) frames.
 *
 * Dissolves do not shorten the cut: a dissolve into shot k happens inside k's own slot (its first
 * half second), with shot k−1 running on underneath for those frames, past its own slot. Every
 * slot keeps its planned length, so the total stays the sum of the shot durations and each shot
 * still starts where its lines were timed.
 */
export function planTimeline(shots: readonly CutShot[], fps: number): CutTimeline {
  const boundaries = [0];
  let seconds = 0;
  for (const shot of shots) {
    seconds += shot.durationSeconds;
    boundaries.push(Math.round(seconds * fps));
  }
  const wantedDissolve = Math.max(1, Math.round(dissolveSeconds * fps));
  const spans = shots.map((shot, index) => {
    const startFrame = boundaries[index]!;
    const frames = boundaries[index + 1]! - startFrame;
    if (frames < 1) {
      throw new Error(`Shot ${shot.id} is shorter than one frame (${shot.durationSeconds} s)`);
    }
    const dissolveFrames =
      index > 0 && shot.transitionIn === "dissolve" ? Math.min(wantedDissolve, frames) : 0;
    return { id: shot.id, startFrame, frames, dissolveFrames, shownFrames: frames };
  });
  spans.forEach((span, index) => {
    span.shownFrames = span.frames + (spans[index + 1]?.dissolveFrames ?? 0);
  });
  return { fps, totalFrames: boundaries.at(-1)!, spans };
}

/** Part of a segment: frames of one shot, or a dissolve laid over the previous shot's run-on. */
export type SegmentPiece =
  | { kind: "shot"; shot: number; fromFrame: number; frames: number }
  | {
      kind: "dissolve";
      /** The incoming shot; its frames 0… fade in over the outgoing shot's frames past its slot. */
      shot: number;
      frames: number;
    };

/** A run of whole shots rendered by one ffmpeg process. */
export interface CutSegment {
  index: number;
  startFrame: number;
  frames: number;
  pieces: SegmentPiece[];
}

/**
 * Groups consecutive shots into segments of at most `maxSeconds` (a longer shot is a segment of
 * its own). Segments end on shot boundaries; a dissolve belongs to the incoming shot's segment,
 * which draws the outgoing shot's run-on itself, so no segment needs another's output.
 */
export function planSegments(timeline: CutTimeline, maxSeconds: number): CutSegment[] {
  const maxFrames = Math.max(1, Math.round(maxSeconds * timeline.fps));
  const groups: number[][] = [];
  let current: number[] = [];
  let currentFrames = 0;
  timeline.spans.forEach((span, index) => {
    if (current.length > 0 && currentFrames + span.frames > maxFrames) {
      groups.push(current);
      current = [];
      currentFrames = 0;
    }
    current.push(index);
    currentFrames += span.frames;
  });
  if (current.length > 0) {
    groups.push(current);
  }

  return groups.map((shots, index) => {
    const first = timeline.spans[shots[0]!]!;
    const pieces = shots.flatMap((shot): SegmentPiece[] => {
      const span = timeline.spans[shot]!;
      const head: SegmentPiece[] =
        span.dissolveFrames > 0 ? [{ kind: "dissolve", shot, frames: span.dissolveFrames }] : [];
      const rest = span.frames - span.dissolveFrames;
      return rest > 0
        ? [...head, { kind: "shot", shot, fromFrame: span.dissolveFrames, frames: rest }]
        : head;
    });
    const frames = shots.reduce((total, shot) => total + timeline.spans[shot]!.frames, 0);
    return { index, startFrame: first.startFrame, frames, pieces };
  });
}
