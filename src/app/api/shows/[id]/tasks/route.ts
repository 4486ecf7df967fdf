import { getContainer } from "@/server/container";
import { requestShowTask } from "@/server/shows/request-show-task";
import { requestTaskBodySchema } from "@/server/tasks/request-task";
import { checkBudget, ownShow, withAuth } from "../../../_lib/auth";
import { json, readJson, withErrors } from "../../../_lib/http";
import { limitRequest } from "../../../_lib/rate-limit";

type Context = { params: Promise<{ id: string }> };

// POST /api/shows/:id/tasks – request a generation (201 new task, 200 the active one for that target)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    const show = await ownShow(request, id);
    const body = await readJson(request, requestTaskBodySchema);
    await limitRequest(request, "taskRequest");
    await checkBudget(request, show, body.kind);
    const container = await getContainer();
    const { task, created } = await requestShowTask(container, id, body);
    return json(task, created ? 201 : 200);
  }),
);
