import type { MediaRef, VideoContext, VideoRequest } from "../../types";

type Map = (ref: MediaRef) => Promise<MediaRef>;

/**
 * The request with every file its context names passed through `map`, one at a time in a fixed
 * order. `references` stay as they are: the offline renderer draws from the context only.
 */
export async function mapMediaRefs(request: VideoRequest, map: Map): Promise<VideoRequest> {
  return { ...request, context: await mapContext(request.context, map) };
}

async function mapContext(context: VideoContext, map: Map): Promise<VideoContext> {
  switch (context.purpose) {
    case "character_video":
      return { ...context, portrait: await map(context.portrait) };
    case "episode_clip":
      return { ...context, still: await map(context.still) };
  }
}
