import { z } from "zod";
import { getContainer } from "@/server/container";
import { addShot, reorderShots } from "@/server/shows/edit-shots";
import { getStoryboard } from "@/server/shows/storyboard-view";
import { ownShow, withAuth } from "../../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../../_lib/http";

type Context = { params: Promise<{ id: string; episodeId: string }> };

// POST /api/shows/:id/episodes/:episodeId/shots – add a shot ({ afterShotId?, spec? })
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, episodeId } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db } = await getContainer();
    await addShot(db, show.id, episodeId, body);
    return json(await getStoryboard(db, show.id, episodeId), 201);
  }),
);

// PUT /api/shows/:id/episodes/:episodeId/shots – reorder ({ shotIds: every shot, in order })
export const PUT = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, episodeId } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db } = await getContainer();
    await reorderShots(db, show.id, episodeId, body);
    return json(await getStoryboard(db, show.id, episodeId));
  }),
);
