import { getContainer } from "@/server/container";
import { setTrailerShape, trailerShapeSchema } from "@/server/shows/set-trailer-shape";
import { getTrailerBoard } from "@/server/shows/trailer-view";
import { checkBudget, ownShow, readableShow, shareMediaUrls, withAuth } from "../../../_lib/auth";
import { json, readJson, withErrors } from "../../../_lib/http";
import { limitRequest } from "../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:id/trailer – the trailer's board: shots, pieces, the cut and a re-cut's estimate
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await readableShow(request, id);
    const { db, catalog } = await getContainer();
    return json(shareMediaUrls(request, await getTrailerBoard(db, show.id, catalog.prices)));
  }),
);

// PATCH /api/shows/:id/trailer – length and shape ({ seconds?: 30|60, aspect?: "16:9"|"9:16" });
// a new length asks for a new script, a new shape re-cuts
export const PATCH = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const shape = await readJson(request, trailerShapeSchema);
    await limitRequest(request, "taskRequest");
    if (shape.seconds !== undefined) {
      // A new length is a new script: a text model's call.
      await checkBudget(request, show, "trailer_script");
    }
    const { db, engine, catalog } = await getContainer();
    const { requested } = await setTrailerShape(engine, show.id, shape);
    return json({ requested, trailer: await getTrailerBoard(db, show.id, catalog.prices) });
  }),
);
