import { getContainer } from "@/server/container";
import { requestAnimatic } from "@/server/shows/request-animatic";
import { getStoryboard } from "@/server/shows/storyboard-view";
import { checkBudget, ownShow, withAuth } from "../../../../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../../../../_lib/http";
import { limitRequest } from "../../../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string; episodeId: string }> };

// POST /api/shows/:id/episodes/:episodeId/animatic – make (or re-cut) the animatic: requests the
// script, frames, takes and score it still needs, each its own task, then the cut
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, episodeId } = await params;
    const show = await ownShow(request, id);
    await readEmptyBody(request);
    await limitRequest(request, "taskRequest");
    await checkBudget(request, show, "episode_animatic");
    const { db, engine } = await getContainer();
    const { requested } = await requestAnimatic(engine, show.id, episodeId);
    return json({ requested, storyboard: await getStoryboard(db, show.id, episodeId) }, 202);
  }),
);
