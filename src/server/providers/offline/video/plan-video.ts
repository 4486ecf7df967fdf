import type { VideoRequest } from "../../types";
import { planCharacterVideo, planEpisodeClip } from "./clip-plan";
import { frameSizeFor, type VideoPlan } from "./video-plan";

const fps = 30;
/** Renders are synchronous CPU work on the app's machine: keep any request within reason. */
const secondsRange = {
  character_video: { min: 3, max: 20 },
  episode_clip: { min: 3, max: 20 },
} as const;

/** Turns a request into the shot list the renderer follows. Pure. */
export function planVideo(request: VideoRequest): VideoPlan {
  const { context } = request;
  const range = secondsRange[context.purpose];
  const options = {
    totalSeconds: Math.min(range.max, Math.max(range.min, request.durationSeconds)),
    frame: { ...frameSizeFor(request.aspect, request.resolution), fps },
    audio: request.audio,
  };
  switch (context.purpose) {
    case "character_video":
      return planCharacterVideo(context, options);
    case "episode_clip":
      return planEpisodeClip(context, options);
  }
}
