import type { TaskEngine } from "../tasks/task-engine";
import type { TaskBusMessage } from "./task-bus";

export interface TaskStreamOptions {
  engine: TaskEngine;
  showId?: string;
  /** From the Last-Event-ID header (or `?lastEventId=`): replay everything after it. */
  lastEventId?: number;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

const encoder = new TextEncoder();

function frame(event: string, data: unknown, id?: number): Uint8Array {
  const idLine = id !== undefined ? `id: ${id}\n` : "";
  return encoder.encode(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * Server-sent task events: a snapshot of active tasks, then every task event live. Subscribing
 * before reading the snapshot and replay, and dropping live events at or below the last id sent,
 * closes the gap between "read from the database" and "listen to the bus".
 */
export function createTaskStream(options: TaskStreamOptions): ReadableStream<Uint8Array> {
  const { engine, showId, signal } = options;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      // Event ids are assigned at insert but published at commit, so under concurrency they can
      // arrive out of order: dedupe by id, never by "below the last id". Events at or below the
      // baseline are covered by the snapshot (or were seen by the client's previous connection).
      let baseline = options.lastEventId ?? 0;
      const sent = new Set<number>();
      const sentOrder: number[] = [];
      let replaying = true;
      const pending: TaskBusMessage[] = [];
      const send = (chunk: Uint8Array) => {
        if (!closed) {
          controller.enqueue(chunk);
        }
      };
      const deliver = (message: TaskBusMessage, buffered: boolean) => {
        if (message.type === "job_nudge" || (showId && message.task.showId !== showId)) {
          return;
        }
        if (message.type === "progress") {
          send(frame("progress", { task: message.task }));
          return;
        }
        const { id } = message.event;
        if (sent.has(id) || (buffered && id <= baseline)) {
          return;
        }
        sent.add(id);
        sentOrder.push(id);
        if (sentOrder.length > 10_000) {
          sent.delete(sentOrder.shift()!);
        }
        send(frame("task", message, id));
      };
      const unsubscribe = engine.deps.bus.subscribe((message) => {
        if (replaying) {
          pending.push(message);
        } else {
          deliver(message, false);
        }
      });
      const heartbeat = setInterval(
        () => send(encoder.encode(": ping\n\n")),
        options.heartbeatMs ?? 15_000,
      );
      cleanup = () => {
        if (closed) {
          return;
        }
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      signal.addEventListener("abort", cleanup, { once: true });

      try {
        send(encoder.encode("retry: 2000\n\n"));
        const [tasks, latest] = await Promise.all([
          engine.list({ status: "active", showId, limit: 200 }),
          engine.latestEventId(),
        ]);
        if (options.lastEventId === undefined) {
          baseline = latest;
        }
        send(frame("snapshot", { tasks }, options.lastEventId === undefined ? latest : undefined));
        if (options.lastEventId !== undefined) {
          let after = baseline;
          for (;;) {
            const missed = await engine.eventsSince(after, showId);
            for (const message of missed) {
              deliver({ type: "event", ...message }, false);
              after = message.event.id;
            }
            if (missed.length < 1_000) {
              break;
            }
          }
        }
        replaying = false;
        for (const message of pending.splice(0)) {
          deliver(message, true);
        }
      } catch (error) {
        cleanup();
        throw error;
      }
    },
    cancel() {
      cleanup();
    },
  });
}
