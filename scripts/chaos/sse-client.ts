import { readSse } from "../../tests/helpers/sse";

/**
 * One long-lived client of GET /api/tasks/stream that behaves like a browser's EventSource: on a
 * closed or failed connection it waits the server's `retry` (2 s) and reconnects with the last
 * `id:` it saw as Last-Event-ID. Records every task event id it received and when progress or
 * events arrived, for `events_missed` and the recovery times.
 */
export interface SseWatch {
  received: Set<number>;
  /** Arrival times (ms) of every task frame and progress frame. */
  activity: number[];
  connections: number;
  /** The id of the first snapshot: the run's events are the ones after it. */
  firstSnapshotId: number | null;
  stop(): void;
}

export function watchTaskStream(baseUrl: string, log: (line: string) => void): SseWatch {
  const watch: SseWatch = {
    received: new Set(),
    activity: [],
    connections: 0,
    firstSnapshotId: null,
    stop: () => controller.abort(),
  };
  const controller = new AbortController();
  let lastEventId: string | undefined;
  void (async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`${baseUrl}/api/tasks/stream`, {
          headers: lastEventId ? { "last-event-id": lastEventId } : {},
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          throw new Error(`stream answered ${response.status}`);
        }
        watch.connections += 1;
        for await (const frame of readSse(response.body)) {
          if (frame.id !== undefined) {
            lastEventId = frame.id;
          }
          if (frame.event === "snapshot" && watch.firstSnapshotId === null && frame.id) {
            watch.firstSnapshotId = Number(frame.id);
          }
          if (frame.event === "task" && frame.id !== undefined) {
            watch.received.add(Number(frame.id));
            watch.activity.push(Date.now());
          } else if (frame.event === "progress") {
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
