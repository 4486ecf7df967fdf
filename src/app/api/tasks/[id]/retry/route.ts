import { getContainer } from "@/server/container";
import { checkTaskBudget, ownTask, withAuth } from "../../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/tasks/:id/retry – request the same target again (201 new version, 200 if still active)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownTask(request, id);
    await readEmptyBody(request);
    await checkTaskBudget(request, id);
    const { engine } = await getContainer();
    const { task, created } = await engine.retry(id);
    return json(task, created ? 201 : 200);
  }),
);
