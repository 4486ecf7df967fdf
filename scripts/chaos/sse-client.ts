/**
 * One long-lived client of GET /api/tasks/stream that behaves like a browser's EventSource: on a
 * closed or failed connection it waits the server's `retry` (2 s) and reconnects with the last
 * `id:` it saw as Last-Event-ID (ids are opaque stream positions; an id-only heartbeat block moves
 * it too, as in EventSource). Records the `task_events` id inside every task frame and when
 * progress or events arrived, for `events_missed` and the recovery times.
 */
export interface SseWatch {
  received: Set<number>;
  /** Arrival times (ms) of every task frame and progress frame. */
  activity: number[];
  connections: number;
  stop(): void;
}

export function watchTaskStream(
  baseUrl: string,
  log: (line: string) => void,
  authorization: string,
): SseWatch {
  const watch: SseWatch = {
    received: new Set(),
    activity: [],
    connections: 0,
    stop: () => controller.abort(),
  };
  const controller = new AbortController();
  let lastEventId: string | undefined;
  void (async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`${baseUrl}/api/tasks/stream`, {
          headers: { authorization, ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          throw new Error(`stream answered ${response.status}`);
        }
        watch.connections += 1;
        for await (const block of sseBlocks(response.body)) {
          if (block.id !== undefined) {
            lastEventId = block.id;
          }
          if (block.event === "task") {
            const data = JSON.parse(block.data) as { event: { id: number } };
            watch.received.add(Number(data.event.id));
            watch.activity.push(Date.now());
          } else if (block.event === "progress") {
            watch.activity.push(Date.now());
          }
        }
        log(`sse: stream closed by the server; reconnecting after Last-Event-ID ${lastEventId}`);
      } catch (error) {
        if (controller.signal.aborted) {
          return;
        }
        log(`sse: ${error instanceof Error ? error.message : String(error)}; reconnecting`);
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  })();
  return watch;
}

/** The blank-line-separated blocks of an event stream, with their id, event and data fields. */
async function* sseBlocks(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<{ id?: string; event?: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const block: { id?: string; event?: string; data: string } = { data: "" };
      for (const line of buffer.slice(0, end).split("\n")) {
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "id") {
          block.id = value;
        } else if (field === "event") {
          block.event = value;
        } else if (field === "data") {
          block.data += block.data ? `\n${value}` : value;
        }
      }
      buffer = buffer.slice(end + 2);
      yield block;
    }
  }
}
