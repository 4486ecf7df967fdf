import { getContainer } from "@/server/container";
import { listTasksQuerySchema } from "@/server/tasks/read-tasks";
import { json, readQuery, withErrors } from "../_lib/http";

// GET /api/tasks?status=active&showId= – tasks, newest first (active includes the last 10 minutes)
export const GET = withErrors(async (request: Request) => {
  const query = readQuery(request, listTasksQuerySchema);
  const { engine } = await getContainer();
  return json({ tasks: await engine.list(query) });
});
