import { getContainer } from "@/server/container";
import { getShowDetail } from "@/server/shows/show-views";
import { skipAutopilotStep, skipStepSchema } from "@/server/shows/skip-autopilot-step";
import { ownShow, withAuth } from "../../../../_lib/auth";
import { json, readJson, withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/autopilot/skip – go on without a character or episode whose step failed
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownShow(request, id);
    const body = await readJson(request, skipStepSchema);
    const { engine, db, catalog } = await getContainer();
    await skipAutopilotStep(engine, id, body);
    return json(await getShowDetail(db, id, catalog.prices));
  }),
);
