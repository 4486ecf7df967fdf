import { z } from "zod";
import { getContainer } from "@/server/container";
import { addTrailerShot, reorderTrailerShots } from "@/server/shows/edit-shots";
import { getTrailerBoard } from "@/server/shows/trailer-view";
import { ownShow, withAuth } from "../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/trailer/shots – add a shot ({ afterShotId?, spec? }; spec.card makes a title card)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog } = await getContainer();
    await addTrailerShot(db, show.id, body);
    return json(await getTrailerBoard(db, show.id, catalog.prices), 201);
  }),
);

// PUT /api/shows/:id/trailer/shots – reorder ({ shotIds: every trailer shot, in order })
export const PUT = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog } = await getContainer();
    await reorderTrailerShots(db, show.id, body);
    return json(await getTrailerBoard(db, show.id, catalog.prices));
  }),
);
