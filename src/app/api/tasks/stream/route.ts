import { z } from "zod";
import { getContainer } from "@/server/container";
import { StreamSlots } from "@/server/events/stream-slots";
import { createTaskStream } from "@/server/events/task-stream";
import { callerOf, streamVisibility, withAuth } from "../../_lib/auth";
import { clientIp } from "../../_lib/client-ip";
import { readQuery, withErrors } from "../../_lib/http";

export const dynamic = "force-dynamic";

const streamQuerySchema = z.object({
  showId: z.uuid().optional(),
  share: z.string().max(200).optional(),
  // A stream position (see src/server/events/feed-cursor.ts); unreadable ones start afresh.
  lastEventId: z.string().max(200_000).optional(),
});

// One count per process (per container in tests): the caps protect this process's memory.
const slotsByEngine = new WeakMap<object, StreamSlots>();

// GET /api/tasks/stream?showId= – live task events (server-sent events, resumable by Last-Event-ID)
export const GET = withErrors(
  withAuth("public", async (request: Request) => {
    const query = readQuery(request, streamQuerySchema);
    const lastEventId = request.headers.get("last-event-id") || query.lastEventId;
    const { engine, env } = await getContainer();
    let slots = slotsByEngine.get(engine);
    if (!slots) {
      slots = new StreamSlots(() => ({
        total: env.SSE_MAX_STREAMS,
        perClient: env.SSE_MAX_STREAMS_PER_CLIENT,
      }));
      slotsByEngine.set(engine, slots);
    }
    const visibility = await streamVisibility(request);
    const caller = callerOf(request);
    const release = slots.acquire(
      `ip:${clientIp(request)}`,
      ...(caller.kind === "user" ? [`user:${caller.user.id}`] : []),
    );
    // The slot is free the moment the client leaves, even while the stream is still starting.
    request.signal.addEventListener("abort", release, { once: true });
    let stream: ReadableStream<Uint8Array>;
    try {
      stream = createTaskStream({
        engine,
        showId: query.showId,
        visibility: visibility ?? undefined,
        lastEventId,
        signal: request.signal,
        onClose: release,
      });
    } catch (error) {
      release();
      throw error;
    }
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  }),
);
