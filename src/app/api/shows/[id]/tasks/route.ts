import { getContainer } from "@/server/container";
import { requestShowTask } from "@/server/shows/request-show-task";
import { requestTaskBodySchema } from "@/server/tasks/request-task";
import { json, readJson, withErrors } from "../../../_lib/http";
import { limitRequest } from "../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/tasks – request a generation (201 new task, 200 the active one for that target)
export const POST = withErrors(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const body = await readJson(request, requestTaskBodySchema);
  await limitRequest(request, "taskRequest");
  const container = await getContainer();
  const { task, created } = await requestShowTask(container, id, body);
  return json(task, created ? 201 : 200);
});
