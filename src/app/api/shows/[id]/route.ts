import { z } from "zod";
import { getContainer } from "@/server/container";
import { rejectShutDownModels } from "@/server/settings/reject-shut-down-models";
import { deleteShow } from "@/server/shows/delete-show";
import { resumeAutopilot } from "@/server/shows/resume-autopilot";
import { getShowDetail } from "@/server/shows/show-views";
import { updateShow, updateShowSchema } from "@/server/shows/update-show";
import { ownShow, readableShow, shareMediaUrls, withAuth } from "../../_lib/auth";
import { json, readJson, withErrors } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/shows/:idOrSlug – a show with its cast, episodes, current assets and versions
export const GET = withErrors(
  withAuth("public", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await readableShow(request, id);
    const { db, catalog } = await getContainer();
    return json(shareMediaUrls(request, await getShowDetail(db, show.id, catalog.prices)));
  }),
);

// PATCH /api/shows/:id – edit the blueprint, autopilot or settings
export const PATCH = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownShow(request, id);
    const body = await readJson(request, z.unknown());
    const { db, catalog, engine, env } = await getContainer();
    rejectShutDownModels(updateShowSchema.parse(body).settings, { env });
    const { autopilotTurnedOn } = await updateShow(db, id, body);
    if (autopilotTurnedOn) {
      // "Autopilot makes whatever is still missing": it starts now, not at the next completion.
      await resumeAutopilot(engine, id);
    }
    return json(await getShowDetail(db, id, catalog.prices));
  }),
);

// DELETE /api/shows/:id – cancel its tasks, delete its rows and files
export const DELETE = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownShow(request, id);
    const { engine, media } = await getContainer();
    await deleteShow({ engine, media }, id);
    return new Response(null, { status: 204 });
  }),
);
