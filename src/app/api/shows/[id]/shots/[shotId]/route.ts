import { z } from "zod";
import { getContainer } from "@/server/container";
import { cancelShotWork } from "@/server/shows/cancel-shot-work";
import { deleteShot, updateShot } from "@/server/shows/edit-shots";
import { getShotBoard } from "@/server/shows/shot-board";
import { loadShot } from "@/server/shows/shot-records";
import { ownShow, withAuth } from "../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string; shotId: string }> };

// PATCH /api/shows/:id/shots/:shotId – edit any field of a shot (a trailer shot's beat, card and
// transition too); answers the board it is on
export const PATCH = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, shotId } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog } = await getContainer();
    await updateShot(db, show.id, shotId, body);
    const shot = await loadShot(db, show.id, shotId);
    return json(await getShotBoard(db, show.id, shot, catalog.prices));
  }),
);

// DELETE /api/shows/:id/shots/:shotId – delete a shot (its frame and takes stay in the history;
// what is still being made for it is canceled)
export const DELETE = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id, shotId } = await params;
    const show = await ownShow(request, id);
    const { db, engine } = await getContainer();
    await deleteShot(db, show.id, shotId);
    await cancelShotWork(engine, show.id, shotId);
    return new Response(null, { status: 204 });
  }),
);
