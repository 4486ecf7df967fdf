import { getContainer } from "@/server/container";
import { getStoryboard } from "@/server/shows/storyboard-view";
import { readableShow, shareMediaUrls, withAuth } from "../../../../../_lib/auth";
import { json, withErrors } from "../../../../../_lib/http";

type Context = { params: Promise<{ id: string; episodeId: string }> };

// GET /api/shows/:id/episodes/:episodeId/storyboard – the episode's shots, frames, takes and cut
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id, episodeId } = await params;
    const show = await readableShow(request, id);
    const { db } = await getContainer();
    return json(shareMediaUrls(request, await getStoryboard(db, show.id, episodeId)));
  }),
);
