import type { Db } from "../db/client";
import type { Logger } from "../logger";
import type { TaskDto } from "../tasks/task-dto";
import type { Snapshot } from "./feed-cursor";
import { currentSnapshot, type FeedRow, readFeedPage } from "./read-feed";
import type { TaskBus } from "./task-bus";

/** Rows that became visible between two snapshots, oldest id first. */
export interface FeedBatch {
  from: Snapshot;
  to: Snapshot;
  rows: FeedRow[];
}

export type FeedListener = (batch: FeedBatch) => void;

export interface TaskFeed {
  /** Resolves once the feed has a position: every commit after that reaches `listener`. */
  subscribe(listener: FeedListener): Promise<() => void>;
}

export interface TaskFeedOptions {
  db: Db;
  bus: TaskBus;
  logger: Logger;
  /** The safety net when no wake-up comes (a lost NOTIFY): read anyway this often. */
  pollMs?: number;
}

/** Task rows as published carry the state right after their event; the join has today's. */
const MAX_PUBLISHED = 10_000;

/**
 * One reader of `task_events` per process, shared by every open stream: the database is the
 * source of truth and the bus only says "look now". A wake-up (a published event, a bus that
 * reconnected after a gap, the slow tick) reads every row committed since the last read, by
 * transaction snapshot rather than by id, so a transaction that commits late with a lower id is
 * read in a later batch instead of being skipped. Wake-ups during a read coalesce into one more.
 */
export function createTaskFeed(options: TaskFeedOptions): TaskFeed {
  const { db, bus, logger } = options;
  const listeners = new Set<FeedListener>();
  const published = new Map<number, TaskDto>();
  let cursor: Snapshot | null = null;
  let starting: Promise<void> | null = null;
  let stop = () => {};
  let reading = false;
  let again = false;
  let failing = false;

  const readOnce = async () => {
    const from = cursor;
    if (!from) {
      return;
    }
    const { rows, snapshot } = await readFeedPage(db, { kind: "snapshot", at: from });
    if (!snapshot || cursor !== from) {
      return;
    }
    cursor = snapshot;
    for (const row of rows) {
      const task = published.get(row.event.id);
      if (task) {
        published.delete(row.event.id);
        row.task = task;
      }
    }
    const batch = { from, to: snapshot, rows };
    for (const listener of listeners) {
      try {
        listener(batch);
      } catch (error) {
        logger.warn({ err: error }, "a task stream failed on a batch");
      }
    }
  };

  const wake = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    void (async () => {
      do {
        again = false;
        try {
          await readOnce();
          failing = false;
        } catch (error) {
          // The database is away (a restart): keep the position, the tick tries again.
          if (!failing) {
            logger.warn({ err: error }, "live task feed could not read task events");
          }
          failing = true;
        }
      } while (again && listeners.size > 0);
      reading = false;
    })();
  };

  const start = async () => {
    const unsubscribe = bus.subscribe((message) => {
      if (message.type !== "event") {
        return;
      }
      if (published.size >= MAX_PUBLISHED) {
        published.clear();
      }
      published.set(message.event.id, message.task);
      wake();
    });
    const unsubscribeGap = bus.onReconnect(wake);
    const tick = setInterval(wake, options.pollMs ?? 1_000);
    tick.unref();
    stop = () => {
      clearInterval(tick);
      unsubscribe();
      unsubscribeGap();
      published.clear();
      cursor = null;
    };
    try {
      cursor = await currentSnapshot(db);
      if (listeners.size === 0) {
        stop();
      }
    } catch (error) {
      stop();
      throw error;
    }
  };

  return {
    async subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = () => {
        listeners.delete(listener);
        if (listeners.size === 0 && starting !== null) {
          starting = null;
          stop();
        }
      };
      starting ??= start();
      try {
        await starting;
      } catch (error) {
        starting = null;
        unsubscribe();
        throw error;
      }
      return unsubscribe;
    },
  };
}

const feeds = new WeakMap<TaskBus, TaskFeed>();

/** The process's feed for this bus and database, made on first use. */
export function getTaskFeed(options: TaskFeedOptions): TaskFeed {
  let feed = feeds.get(options.bus);
  if (!feed) {
    feed = createTaskFeed(options);
    feeds.set(options.bus, feed);
  }
  return feed;
}
