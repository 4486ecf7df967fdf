import { z } from "zod";
import { getContainer } from "@/server/container";
import { notFound } from "@/server/errors";
import { ownTask, withAuth } from "../../../_lib/auth";
import { json, readEmptyBody, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

// POST /api/tasks/:id/cancel – cancel a queued or running task (409 when it already finished)
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownTask(request, id);
    await readEmptyBody(request);
    // Task ids are UUIDs: anything else names no task (and must not reach a uuid column).
    if (!z.uuid().safeParse(id).success) {
      throw notFound("Task");
    }
    const { engine } = await getContainer();
    return json(await engine.cancel(id));
  }),
);
