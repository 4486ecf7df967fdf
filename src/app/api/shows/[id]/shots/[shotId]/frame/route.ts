import { z } from "zod";
import { getContainer } from "@/server/container";
import { chooseShotFrame } from "@/server/shows/edit-shots";
import { getShotBoard } from "@/server/shows/shot-board";
import { ownShow, withAuth } from "../../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../../_lib/http";

type Context = { params: Promise<{ id: string; shotId: string }> };

// PUT /api/shows/:id/shots/:shotId/frame – put back an earlier frame ({ assetId }); the shot's board
export const PUT = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, shotId } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog } = await getContainer();
    const shot = await chooseShotFrame(db, show.id, shotId, body);
    return json(await getShotBoard(db, show.id, shot, catalog.prices));
  }),
);
