import { getContainer } from "@/server/container";
import { makeAll, makeAllSchema } from "@/server/shows/make-all";
import { json, readJson, withErrors } from "../../../_lib/http";
import { limitRequest } from "../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/make-all – request every missing still, clip or character video (idempotent)
export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body = await readJson(request, makeAllSchema);
  await limitRequest(request, "taskRequest");
  const { engine } = await getContainer();
  return json(await makeAll(engine, id, body));
});
