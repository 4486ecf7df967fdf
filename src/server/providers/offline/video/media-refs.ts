import type { MediaRef, VideoContext, VideoRequest } from "../../types";

type Map = (ref: MediaRef) => Promise<MediaRef>;

/**
 * The request with every file its context names passed through `map`, one at a time in a fixed
 * order. `references` stay as they are: the offline renderer draws from the context only.
 */
export async function mapMediaRefs(request: VideoRequest, map: Map): Promise<VideoRequest> {
  const maybe = (ref: MediaRef | null) => (ref ? map(ref) : Promise.resolve(null));
  return { ...request, context: await mapContext(request.context, map, maybe) };
}

async function mapContext(
  context: VideoContext,
  map: Map,
  maybe: (ref: MediaRef | null) => Promise<MediaRef | null>,
): Promise<VideoContext> {
  switch (context.purpose) {
    case "trailer": {
      const cast = [];
      for (const member of context.cast) {
        cast.push({ ...member, portrait: await maybe(member.portrait) });
      }
      return {
        ...context,
        cast,
        poster: await maybe(context.poster),
        grid: await maybe(context.grid),
      };
    }
    case "character_video":
      return { ...context, portrait: await map(context.portrait) };
    case "episode_clip":
      return { ...context, still: await map(context.still) };
  }
}
