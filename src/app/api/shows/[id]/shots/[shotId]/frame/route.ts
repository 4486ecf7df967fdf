import { z } from "zod";
import { getContainer } from "@/server/container";
import { chooseShotFrame } from "@/server/shows/edit-shots";
import { getStoryboard } from "@/server/shows/storyboard-view";
import { ownShow, withAuth } from "../../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../../_lib/http";

type Context = { params: Promise<{ id: string; shotId: string }> };

// PUT /api/shows/:id/shots/:shotId/frame – put back an earlier frame ({ assetId }); the storyboard
export const PUT = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, shotId } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db } = await getContainer();
    const shot = await chooseShotFrame(db, show.id, shotId, body);
    return json(shot.episodeId ? await getStoryboard(db, show.id, shot.episodeId) : shot);
  }),
);
