import { getContainer } from "@/server/container";
import { json, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/tasks/:id/cancel – cancel a queued or running task (409 when it already finished)
export const POST = withErrors(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  const { engine } = await getContainer();
  return json(await engine.cancel(id));
});
