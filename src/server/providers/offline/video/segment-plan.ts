import type { VideoPlan } from "./video-plan";

/** Where one shot sits on the output timeline, in whole frames. */
export interface ShotSpan {
  startFrame: number;
  frames: number;
}

/** A stretch of the output timeline rendered by one ffmpeg run into one file. */
export interface RenderSegment {
  index: number;
  startFrame: number;
  frames: number;
}

/**
 * Longer shots are split so that a killed worker loses at most this much rendering: a worker
 * killed every 10–20 s on a loaded machine must still store a segment between kills. Not much
 * below 3 s: each piece must stay at least one cross-fade long (`planSegments` splits a stretch
 * into pieces of more than half this), and every piece is one more ffmpeg start.
 */
export const maxSegmentSeconds = 3;

/** Each shot starts one cross-fade before the previous one ends. */
export function shotSpans(plan: VideoPlan): ShotSpan[] {
  const { fps } = plan.frame;
  const overlap = Math.round(plan.crossfadeSeconds * fps);
  let startFrame = 0;
  return plan.segments.map((segment) => {
    const frames = Math.round(segment.durationSeconds * fps);
    const span = { startFrame, frames };
    startFrame += frames - overlap;
    return span;
  });
}

/** The planned length in frames, which is what the single-pass render cut the video to. */
export function totalFrames(plan: VideoPlan): number {
  return Math.round(plan.totalSeconds * plan.frame.fps);
}

/**
 * Cuts the timeline where each cross-fade begins, so a cross-fade is never split between two
 * files (the outgoing shot's tail and the incoming shot's head are blended in the same run), then
 * splits anything longer than `maxSegmentSeconds` evenly. Every cut but the shot cuts falls inside
 * a shot's body, where one file can simply continue the other.
 */
export function planSegments(plan: VideoPlan, maxSeconds = maxSegmentSeconds): RenderSegment[] {
  const spans = shotSpans(plan);
  const end = totalFrames(plan);
  const cuts = [0, ...spans.slice(1).map((span) => span.startFrame)].filter((cut) => cut < end);
  const maxFrames = Math.max(1, Math.round(maxSeconds * plan.frame.fps));
  const segments: RenderSegment[] = [];
  cuts.forEach((from, index) => {
    const to = cuts[index + 1] ?? end;
    const pieces = Math.ceil((to - from) / maxFrames);
    for (let piece = 0; piece < pieces; piece += 1) {
      const startFrame = from + Math.round(((to - from) * piece) / pieces);
      const next = from + Math.round(((to - from) * (piece + 1)) / pieces);
      segments.push({ index: segments.length, startFrame, frames: next - startFrame });
    }
  });
  return segments;
}
