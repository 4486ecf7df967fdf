import { scopeCondition } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";
import { rejectShutDownModels } from "@/server/settings/reject-shut-down-models";
import { createShow, createShowSchema } from "@/server/shows/create-show";
import type { ShowRow } from "@/server/shows/show-records";
import { getShowDetail, listShows, listShowsQuerySchema } from "@/server/shows/show-views";
import { callerId, checkBudget, scopeOfRequest, withAuth } from "../_lib/auth";
import { json, readJson, readQuery, withErrors } from "../_lib/http";
import { limitRequest } from "../_lib/rate-limit";

// POST /api/shows – create a show (at the caller's slug, once); its blueprint task starts at once
export const POST = withErrors(
  withAuth("user", async (request: Request) => {
    const body = await readJson(request, createShowSchema);
    await limitRequest(request, "showCreate");
    const { engine, db, catalog, env } = await getContainer();
    rejectShutDownModels(body.settings, { env });
    await checkBudget(request, { settings: body.settings } as ShowRow, "blueprint");
    const show = await createShow(engine, body, callerId(request));
    return json(await getShowDetail(db, show.id, catalog.prices), 201);
  }),
);

// GET /api/shows?q=&sort= – the library
export const GET = withErrors(
  withAuth("user", async (request: Request) => {
    const query = readQuery(request, listShowsQuerySchema);
    const { db } = await getContainer();
    return json({ shows: await listShows(db, query, scopeCondition(scopeOfRequest(request))) });
  }),
);
