import { z } from "zod";
import { getContainer } from "@/server/container";
import { createTaskStream } from "@/server/events/task-stream";
import { readQuery, withErrors } from "../../_lib/http";

export const dynamic = "force-dynamic";

const streamQuerySchema = z.object({
  showId: z.uuid().optional(),
  lastEventId: z.coerce.number().int().min(0).optional(),
});

// GET /api/tasks/stream?showId= – live task events (server-sent events, resumable by Last-Event-ID)
export const GET = withErrors(async (request: Request) => {
  const query = readQuery(request, streamQuerySchema);
  const header = request.headers.get("last-event-id");
  const lastEventId = header && /^\d+$/.test(header) ? Number(header) : query.lastEventId;
  const { engine } = await getContainer();
  const stream = createTaskStream({
    engine,
    showId: query.showId,
    lastEventId,
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
