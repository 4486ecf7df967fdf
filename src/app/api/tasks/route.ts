import { getContainer } from "@/server/container";
import { listTasksQuerySchema } from "@/server/tasks/read-tasks";
import { visibleShowIdsOf, withAuth } from "../_lib/auth";
import { json, readQuery, withErrors } from "../_lib/http";

// GET /api/tasks?status=active&showId= – tasks, newest first (active includes the last 10 minutes)
export const GET = withErrors(
  withAuth("user", async (request: Request) => {
    const query = readQuery(request, listTasksQuerySchema);
    const { engine } = await getContainer();
    return json({ tasks: await engine.list(query, await visibleShowIdsOf(request)) });
  }),
);
