import { z } from "zod";
import { getContainer } from "@/server/container";
import { proposeRewrite, rewriteAndRetry } from "@/server/pipeline/rewrite-and-retry";
import { checkTaskBudget, ownTask, withAuth } from "../../../_lib/auth";
import { json, readJson, withErrors } from "../../../_lib/http";

type Context = { params: Promise<{ id: string }> };

const bodySchema = z.object({ prompt: z.string().trim().min(1).max(8_000).optional() }).strict();

// GET /api/tasks/:id/rewrite – the proposed rewrite of the prompt moderation blocked
export const GET = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await ownTask(request, id);
    const container = await getContainer();
    return json(await proposeRewrite(container, container.engine, id));
  }),
);

// POST /api/tasks/:id/rewrite – a new version with the edited (or proposed) prompt
export const POST = withErrors(
  withAuth("user", async (request: Request, { params }: Context) => {
    const { id } = await params;
    await checkTaskBudget(request, id);
    const body = await readJson(request, bodySchema);
    const container = await getContainer();
    const { task, created } = await rewriteAndRetry(container, container.engine, id, body.prompt);
    return json(task, created ? 201 : 200);
  }),
);
