import type { VideoContext } from "../../types";
import {
  type AudioHit,
  layOutTimeline,
  moveFor,
  rootNoteFor,
  type SegmentContent,
  toFrames,
  type VideoPlan,
} from "./video-plan";

type TrailerContext = Extract<VideoContext, { purpose: "trailer" }>;

export interface PlanOptions {
  totalSeconds: number;
  frame: VideoPlan["frame"];
  audio: boolean;
}

export const trailerCrossfadeSeconds = 0.6;

/** Shot lengths at a 30 s trailer; cards scale with the target, character shots fill the rest. */
const cardSeconds = { title: 3.5, logline: 4, ensemble: 3, end_card: 4.5 } as const;
const characterSeconds = { min: 2.2, max: 6.5 } as const;

interface PlannedShot {
  content: SegmentContent;
  frames: number;
}

/**
 * Title card → logline → one shot per cast member → the ensemble grid → the poster end card.
 * Character shots share what the cards leave of the target, within readable bounds; whatever
 * the bounds refuse goes back to the cards, so the total stays on target for 1..10 characters.
 */
export function planTrailer(context: TrailerContext, options: PlanOptions): VideoPlan {
  const { fps } = options.frame;
  const crossfadeFrames = toFrames(trailerCrossfadeSeconds, fps);
  const totalFrames = toFrames(options.totalSeconds, fps);
  const scale = options.totalSeconds / 30;

  const cards: PlannedShot[] = [
    { content: { kind: "title" }, frames: toFrames(cardSeconds.title * scale, fps) },
    { content: { kind: "logline" }, frames: toFrames(cardSeconds.logline * scale, fps) },
  ];
  if (context.grid && context.cast.length >= 2) {
    cards.push({
      content: { kind: "ensemble", grid: context.grid },
      frames: toFrames(cardSeconds.ensemble * scale, fps),
    });
  }
  cards.push({
    content: { kind: "end_card", poster: context.poster },
    frames: toFrames(cardSeconds.end_card * scale, fps),
  });

  const characters: PlannedShot[] = context.cast.map((member, index) => ({
    content: {
      kind: "character",
      name: member.name,
      role: member.role,
      portrait: member.portrait,
      side: index % 2 === 0 ? "right" : "left",
    },
    frames: 0,
  }));

  const shotCount = cards.length + characters.length;
  const cardFrames = sum(cards.map((card) => card.frames));
  const available = totalFrames - cardFrames + (shotCount - 1) * crossfadeFrames;
  if (characters.length > 0) {
    const each = clamp(
      Math.floor(available / characters.length),
      toFrames(characterSeconds.min, fps),
      toFrames(characterSeconds.max, fps),
    );
    for (const character of characters) {
      character.frames = each;
    }
  }
  const usedFrames = cardFrames + sum(characters.map((c) => c.frames));
  spreadOver(cards, totalFrames + (shotCount - 1) * crossfadeFrames - usedFrames, fps);

  const [title, logline, ...rest] = cards;
  const ordered = [title, logline, ...characters, ...rest].filter(
    (shot): shot is PlannedShot => shot !== undefined,
  );
  const segments = layOutTimeline(
    ordered.map((shot, index) => ({
      content: shot.content,
      durationSeconds: shot.frames / fps,
      move: moveFor(shot.content, index),
    })),
    crossfadeFrames / fps,
  );

  // Full hits on the title, the first face and the end card; softer ones on the other cuts.
  const firstCharacter = segments.find((segment) => segment.kind === "character");
  const hits: AudioHit[] = segments.map((segment, index) => ({
    atSeconds: segment.startSeconds,
    strength: index === 0 || segment === firstCharacter || segment.kind === "end_card" ? 1 : 0.45,
  }));
  return {
    purpose: "trailer",
    blueprint: context.blueprint,
    frame: options.frame,
    totalSeconds: totalFrames / fps,
    crossfadeSeconds: crossfadeFrames / fps,
    segments,
    audio: options.audio
      ? {
          totalSeconds: totalFrames / fps,
          rootHz: rootNoteFor(context.blueprint.title),
          hits,
          mood: "trailer",
        }
      : null,
  };
}

/** Hands `frames` (maybe negative) to the cards evenly; the last card absorbs the rounding. */
function spreadOver(cards: PlannedShot[], frames: number, fps: number): void {
  const minimum = toFrames(1.5, fps);
  const share = Math.trunc(frames / cards.length);
  let left = frames;
  cards.forEach((card, index) => {
    const wanted = index === cards.length - 1 ? card.frames + left : card.frames + share;
    const next = Math.max(minimum, wanted);
    left -= next - card.frames;
    card.frames = next;
  });
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
