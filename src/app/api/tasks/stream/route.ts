import { z } from "zod";
import { getContainer } from "@/server/container";
import { createTaskStream } from "@/server/events/task-stream";
import { readQuery, withErrors } from "../../_lib/http";

export const dynamic = "force-dynamic";

const streamQuerySchema = z.object({
  showId: z.uuid().optional(),
  // A stream position (see src/server/events/feed-cursor.ts); unreadable ones start afresh.
  lastEventId: z.string().max(200_000).optional(),
});

// GET /api/tasks/stream?showId= – live task events (server-sent events, resumable by Last-Event-ID)
export const GET = withErrors(async (request: Request) => {
  const query = readQuery(request, streamQuerySchema);
  const lastEventId = request.headers.get("last-event-id") || query.lastEventId;
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
