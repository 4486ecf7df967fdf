import type { Blueprint } from "../../../shows/documents";
import type { MediaRef, Size, VideoPurpose } from "../../types";

/** A point on the frame, 0..1 on each axis. */
export interface FramePoint {
  x: number;
  y: number;
}

/** A slow zoom/pan over a still: zoom 1 shows the whole plate, the focus is kept centred. */
export interface KenBurnsMove {
  zoomFrom: number;
  zoomTo: number;
  focusFrom: FramePoint;
  focusTo: FramePoint;
}

export type SegmentContent =
  | {
      kind: "character";
      name: string;
      role: string;
      portrait: MediaRef | null;
      /** Where the portrait sits; the lower-third takes the other side. */
      side: "left" | "right";
    }
  | { kind: "episode"; number: number; title: string; still: MediaRef };

/** One shot of the video: a still plate with a move, placed on the timeline. */
export type Segment = SegmentContent & {
  startSeconds: number;
  durationSeconds: number;
  move: KenBurnsMove;
};

export interface AudioHit {
  atSeconds: number;
  /** 0..1: how hard the cut lands. */
  strength: number;
}

/** A synthesized bed: a quiet drone chord on `rootHz`, swelling, with low hits on the cuts. */
export interface AudioBedPlan {
  totalSeconds: number;
  rootHz: number;
  hits: AudioHit[];
}

export interface VideoPlan {
  purpose: VideoPurpose;
  blueprint: Blueprint;
  frame: Size & { fps: number };
  totalSeconds: number;
  /** Overlap between consecutive shots; each shot fades in over it. */
  crossfadeSeconds: number;
  segments: Segment[];
  audio: AudioBedPlan | null;
}

/** Snaps a duration to whole frames so the shots add up to the planned total exactly. */
export function toFrames(seconds: number, fps: number): number {
  return Math.max(1, Math.round(seconds * fps));
}

/** Places shots back to back, each starting `crossfade` before the previous one ends. */
export function layOutTimeline(
  shots: { content: SegmentContent; durationSeconds: number; move: KenBurnsMove }[],
  crossfadeSeconds: number,
): Segment[] {
  let startSeconds = 0;
  return shots.map(({ content, durationSeconds, move }) => {
    const segment: Segment = { ...content, startSeconds, durationSeconds, move };
    startSeconds += durationSeconds - crossfadeSeconds;
    return segment;
  });
}

/** A low root note picked from the title, so each show keeps its own key. */
export function rootNoteFor(title: string): number {
  const roots = [36.71, 41.2, 43.65, 49.0, 55.0];
  let hash = 0;
  for (const char of title) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return roots[hash % roots.length] ?? 55;
}

/** Frame size for a request's aspect and resolution, as a real provider would honour them. */
export function frameSizeFor(aspect: "16:9" | "9:16" | "1:1", resolution: "720p" | "1080p"): Size {
  const short = resolution === "1080p" ? 1080 : 720;
  const long = Math.round((short * 16) / 9);
  switch (aspect) {
    case "16:9":
      return { width: long, height: short };
    case "9:16":
      return { width: short, height: long };
    case "1:1":
      return { width: short, height: short };
  }
}

/** Alternating in/out moves, drifting towards where the subject sits. */
export function moveFor(content: SegmentContent, index: number): KenBurnsMove {
  const inward = index % 2 === 0;
  const center = { x: 0.5, y: 0.5 };
  switch (content.kind) {
    case "character": {
      const x = content.side === "right" ? 0.66 : 0.34;
      // The face sits low in the plate (the portrait is framed past its lower edge): pushing in
      // above y 0.5 would cut the chin at the frame's bottom (shot-framing.test.ts).
      const face = { x, y: 0.5 };
      const wide = { x: (x + 0.5) / 2, y: 0.5 };
      return inward
        ? { zoomFrom: 1.02, zoomTo: 1.16, focusFrom: wide, focusTo: face }
        : { zoomFrom: 1.16, zoomTo: 1.02, focusFrom: face, focusTo: wide };
    }
    case "episode":
      return { zoomFrom: 1, zoomTo: 1.12, focusFrom: center, focusTo: { x: 0.5, y: 0.45 } };
  }
}

/**
 * Stills are prepared larger than the frame: zoompan crops at whole input pixels, and at twice
 * the frame size that rounding is half an output pixel, which the eye reads as smooth motion.
 */
export function plateSizeFor(frame: Size): Size {
  const scale = Math.max(frame.width, frame.height) <= 1280 ? 2 : 1.5;
  return { width: Math.round(frame.width * scale), height: Math.round(frame.height * scale) };
}
