import { assertWithinBudget } from "@/server/auth/budgets";
import { getContainer } from "@/server/container";
import { requestTrailerCut, trailerCutSchema } from "@/server/shows/request-trailer-cut";
import { getTrailerBoard } from "@/server/shows/trailer-view";
import { callerOf, ownShow, withAuth } from "../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../_lib/http";
import { limitRequest } from "../../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/trailer/cut – cut (or re-cut) the trailer: requests the script, frames,
// clips, takes and score it still needs, each its own task, then the cut
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    // Read though empty: a form or text/plain post (another site's) is a 415, not a paid re-cut.
    await readJson(request, trailerCutSchema);
    await limitRequest(request, "taskRequest");
    const { db, engine, catalog } = await getContainer();
    // The budget is checked against what the console showed: the re-cut's estimate.
    const before = await getTrailerBoard(db, show.id, catalog.prices);
    await assertWithinBudget(db, callerOf(request), before.recut.usd);
    const { requested } = await requestTrailerCut(engine, show.id);
    return json({ requested, trailer: await getTrailerBoard(db, show.id, catalog.prices) }, 202);
  }),
);
