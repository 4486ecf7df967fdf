import { getContainer } from "@/server/container";
import { makeAll, makeAllSchema } from "@/server/shows/make-all";
import { checkBudget, ownShow, withAuth } from "../../../_lib/auth";
import { json, readJson, withErrors } from "../../../_lib/http";
import { limitRequest } from "../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/make-all – request every missing still, clip or character video (idempotent)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, makeAllSchema);
    await limitRequest(request, "taskRequest");
    await checkBudget(request, show, body.kind);
    const { engine } = await getContainer();
    return json(await makeAll(engine, id, body));
  }),
);
