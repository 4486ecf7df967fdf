import type { Db } from "../db/client";
import { listTasks } from "../tasks/read-tasks";
import type { TaskEngine } from "../tasks/task-engine";
import {
  covers,
  encodePosition,
  isVisible,
  parsePosition,
  type Snapshot,
  type StreamPosition,
} from "./feed-cursor";
import { currentSnapshot, type FeedRow, readFeedPage } from "./read-feed";
import { type FeedBatch, getTaskFeed } from "./task-feed";

export interface TaskStreamOptions {
  engine: TaskEngine;
  showId?: string;
  /**
   * Which shows this caller may see (a member's own, a share link's one); absent = every show.
   * Snapshot, replay, live rows and progress are all filtered by it.
   */
  visibility?: ShowVisibility;
  /** From the Last-Event-ID header (or `?lastEventId=`): replay everything after it. */
  lastEventId?: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
  /** The shared feed's safety-net read interval (tests shorten it). */
  pollMs?: number;
  /**
   * Bytes queued for a client that does not read before it is dropped: a stalled reader must not
   * hold every later event in this process's memory. It reconnects and resumes by Last-Event-ID.
   */
  maxBufferBytes?: number;
  /** At most this many missed events are replayed; a resume further back gets a fresh snapshot. */
  replayLimit?: number;
  /** Called once when the stream ends, however it ends (frees its slot, see stream-slots.ts). */
  onClose?: () => void;
}

/** The shows a stream may carry, decided per show id and cached (a show never changes owner). */
export interface ShowVisibility {
  /** The shows visible when the stream starts, for the snapshot. */
  initial(): Promise<readonly string[]>;
  /** Decides the ids not seen before (a show created after the stream opened). */
  learn(showIds: readonly string[]): Promise<void>;
  /** From the cache: false for a show not yet learned. */
  allows(showId: string): boolean;
}

export const DEFAULT_MAX_BUFFER_BYTES = 1024 * 1024;
export const DEFAULT_REPLAY_LIMIT = 500;

const encoder = new TextEncoder();

function frame(event: string, data: string, id?: string): string {
  const idLine = id !== undefined ? `id: ${id}\n` : "";
  return `${idLine}event: ${event}\ndata: ${data}\n\n`;
}

// Every stream of a process sends the same row: serialise it once.
const rowJson = new WeakMap<FeedRow, string>();
function taskData(row: FeedRow): string {
  let json = rowJson.get(row);
  if (json === undefined) {
    json = JSON.stringify({ event: row.event, task: row.task });
    rowJson.set(row, json);
  }
  return json;
}

/**
 * Server-sent task events: a snapshot of active tasks, then every committed task event exactly
 * once, each task's in commit order; progress ticks ride the bus, best effort.
 *
 * The stream joins the process's shared feed first, then reads the task list (or the rows after
 * Last-Event-ID) in one repeatable-read transaction whose snapshot becomes its position: feed rows
 * visible in it were already covered and are skipped, every later one is sent. SSE ids are
 * positions (see feed-cursor.ts), so a resume also gets an event that committed late with a
 * lower id. Within a catch-up only its last frame carries an id: a drop in the middle of it
 * resends rather than loses.
 */
export function createTaskStream(options: TaskStreamOptions): ReadableStream<Uint8Array> {
  const { engine, showId, signal, visibility } = options;
  const resumeFrom = parsePosition(options.lastEventId);
  const replayLimit = options.replayLimit ?? DEFAULT_REPLAY_LIMIT;
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        let closed = false;
        let live = false;
        let position: Snapshot | null = null;
        const pending: FeedBatch[] = [];
        const send = (text: string) => {
          if (closed || !text) {
            return;
          }
          controller.enqueue(encoder.encode(text));
          // desiredSize = bound − bytes the client has not taken. Below zero it is not reading:
          // drop it (discarding its queue) rather than buffer without end. The first answer may be
          // larger than the bound; only later sends count.
          if (live && (controller.desiredSize ?? 0) < 0) {
            drop();
          }
        };

        const deliver = (batch: FeedBatch) => {
          const before = position!;
          const after = covers(batch.to, before) ? batch.to : before;
          position = after;
          const rows = batch.rows.filter(
            (row) =>
              !isVisible(before, row.xid) &&
              (!showId || row.event.showId === showId) &&
              (!visibility || visibility.allows(row.event.showId)),
          );
          let text = "";
          rows.forEach((row, index) => {
            const at: StreamPosition =
              index === rows.length - 1
                ? { kind: "snapshot", at: after }
                : { kind: "within", from: before, upTo: row.event.id, to: after };
            text += frame("task", taskData(row), encodePosition(at));
          });
          send(text);
        };

        const feed = getTaskFeed({
          db: engine.deps.db,
          bus: engine.deps.bus,
          logger: engine.deps.logger,
          pollMs: options.pollMs,
        });
        // With a visibility, shows not seen before are looked up before their rows go out; the
        // chain keeps batches in order while it waits.
        let chain = Promise.resolve();
        const deliverInOrder = (batch: FeedBatch) => {
          if (!visibility) {
            deliver(batch);
            return;
          }
          chain = chain
            .then(() => visibility.learn(batch.rows.map((row) => row.event.showId)))
            .then(() => deliver(batch))
            .catch((error: unknown) => {
              engine.deps.logger.warn({ err: error }, "live task stream could not check a show");
              cleanup();
            });
        };
        const leaveFeed = await feed.subscribe((batch) => {
          if (position) {
            deliverInOrder(batch);
          } else {
            pending.push(batch);
          }
        });
        const unsubscribeBus = engine.deps.bus.subscribe((message) => {
          if (
            message.type !== "progress" ||
            (showId && message.task.showId !== showId) ||
            (visibility && !visibility.allows(message.task.showId))
          ) {
            return;
          }
          send(frame("progress", JSON.stringify({ task: message.task })));
        });
        // The heartbeat carries the position too (an id with no data moves Last-Event-ID), so a
        // client of a quiet show resumes from now, not from its last event days ago.
        const heartbeat = setInterval(() => {
          send(position ? `id: ${position.text}\n\n` : ": ping\n\n");
        }, options.heartbeatMs ?? 15_000);
        const release = () => {
          closed = true;
          clearInterval(heartbeat);
          leaveFeed();
          unsubscribeBus();
          options.onClose?.();
        };
        cleanup = () => {
          if (closed) {
            return;
          }
          release();
          try {
            controller.close();
          } catch {
            // Already closed by the runtime.
          }
        };
        const drop = () => {
          if (closed) {
            return;
          }
          release();
          engine.deps.logger.warn(
            { showId },
            "dropped a live task stream whose client stopped reading",
          );
          controller.error(new Error("The client did not read its stream; reconnect to resume."));
        };
        signal.addEventListener("abort", cleanup, { once: true });
        // A client gone while the feed was joining: its abort fired before anyone listened.
        if (signal.aborted) {
          cleanup();
          return;
        }

        try {
          send("retry: 2000\n\n");
          const visibleIds = visibility ? await visibility.initial() : null;
          const start = await engine.deps.db.transaction(
            async (tx) => {
              const at = await currentSnapshot(tx);
              const tasks = await listTasks(
                { db: tx as unknown as Db },
                {
                  status: "active",
                  showId,
                  limit: 200,
                },
                visibleIds,
              );
              let missed: FeedRow[] = [];
              if (resumeFrom) {
                const page = await readFeedPage(tx, resumeFrom, { showId, limit: replayLimit + 1 });
                // Too far back to replay: the snapshot alone (today's active tasks) is the answer,
                // and its position is now — history is for /api/tasks, not the live stream.
                missed = page.rows.length > replayLimit ? [] : page.rows;
              }
              return { at, tasks, missed };
            },
            { isolationLevel: "repeatable read", accessMode: "read only" },
          );
          if (visibility) {
            await visibility.learn(start.missed.map((row) => row.event.showId));
            start.missed = start.missed.filter((row) => visibility.allows(row.event.showId));
          }
          const id = encodePosition({ kind: "snapshot", at: start.at });
          let text = frame(
            "snapshot",
            JSON.stringify({ tasks: start.tasks }),
            start.missed.length === 0 ? id : undefined,
          );
          start.missed.forEach((row, index) => {
            text += frame(
              "task",
              taskData(row),
              index === start.missed.length - 1 ? id : undefined,
            );
          });
          send(text);
          position = start.at;
          live = true;
          for (const batch of pending.splice(0)) {
            deliverInOrder(batch);
          }
        } catch (error) {
          cleanup();
          throw error;
        }
      },
      cancel() {
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({
      highWaterMark: options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES,
    }),
  );
}
