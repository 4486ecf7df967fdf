import { getContainer } from "@/server/container";
import { resumeAutopilot } from "@/server/shows/resume-autopilot";
import { getShowDetail } from "@/server/shows/show-views";
import { ownShow, withAuth } from "../../../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/autopilot/resume – ask for whatever autopilot would do next (failed steps too)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownShow(request, id);
    await readEmptyBody(request);
    const { engine, db, catalog } = await getContainer();
    await resumeAutopilot(engine, id);
    return json(await getShowDetail(db, id, catalog.prices));
  }),
);
