import { getContainer } from "@/server/container";
import { ownTask, withAuth } from "../../_lib/auth";
import { json, withErrors } from "../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// GET /api/tasks/:id – a task with its whole timeline
export const GET = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownTask(request, id);
    const { engine } = await getContainer();
    const task = await engine.get(id);
    const cancelNote =
      task.status === "queued" || task.status === "running"
        ? await engine.cancelNote(task.kind, id)
        : null;
    return json({ ...task, cancelNote });
  }),
);
