import type { VideoContext } from "../../types";
import {
  layOutTimeline,
  moveFor,
  rootNoteFor,
  type SegmentContent,
  toFrames,
  type VideoPlan,
} from "./video-plan";

type CharacterVideoContext = Extract<VideoContext, { purpose: "character_video" }>;
type EpisodeClipContext = Extract<VideoContext, { purpose: "episode_clip" }>;

export interface PlanOptions {
  totalSeconds: number;
  frame: VideoPlan["frame"];
  audio: boolean;
}

/** One portrait shot: a slow move towards the face, the name and role in a lower-third. */
export function planCharacterVideo(
  context: CharacterVideoContext,
  options: PlanOptions,
): VideoPlan {
  const { dossier } = context;
  return singleShotPlan("character_video", context, options, {
    kind: "character",
    name: dossier.name,
    role: dossier.role,
    portrait: context.portrait,
    side: "right",
  });
}

/** One still with a slow push-in, captioned with the episode number and title. */
export function planEpisodeClip(context: EpisodeClipContext, options: PlanOptions): VideoPlan {
  const { episode } = context;
  return singleShotPlan("episode_clip", context, options, {
    kind: "episode",
    number: episode.number,
    title: episode.title,
    still: context.still,
  });
}

function singleShotPlan(
  purpose: VideoPlan["purpose"],
  context: CharacterVideoContext | EpisodeClipContext,
  options: PlanOptions,
  content: SegmentContent,
): VideoPlan {
  const totalSeconds = toFrames(options.totalSeconds, options.frame.fps) / options.frame.fps;
  return {
    purpose,
    blueprint: context.blueprint,
    frame: options.frame,
    totalSeconds,
    crossfadeSeconds: 0,
    segments: layOutTimeline(
      [{ content, durationSeconds: totalSeconds, move: moveFor(content, 0) }],
      0,
    ),
    audio: options.audio
      ? {
          totalSeconds,
          rootHz: rootNoteFor(context.blueprint.title),
          hits: [{ atSeconds: 0, strength: 0.5 }],
        }
      : null,
  };
}
