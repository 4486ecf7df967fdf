"use client";

import { useEffect } from "react";
import type { TaskStore } from "@/lib/client/task-store";
import type { Task, TaskEvent } from "@/lib/client/types";

const STREAM_URL = "/api/tasks/stream";
const MAX_RECONNECT_DELAY_MS = 15_000;

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

/**
 * Keeps `store` in step with the server over server-sent events: a snapshot of active tasks, then
 * every task event and progress tick. EventSource reconnects by itself and sends Last-Event-ID, so
 * the server replays what was missed; only when the browser gives up (a non-200 answer) do we open
 * a fresh stream, with backoff, and rely on its snapshot.
 */
export function useTaskStream(store: TaskStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) {
      return;
    }
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const connect = () => {
      source = new EventSource(STREAM_URL);
      source.addEventListener("open", () => {
        failures = 0;
        store.setConnection("open");
      });
      source.addEventListener("snapshot", (event) => {
        const body = parse<{ tasks: Task[] }>(event);
        if (body) {
          store.applySnapshot(body.tasks);
        }
      });
      source.addEventListener("task", (event) => {
        const body = parse<{ task: Task; event: TaskEvent }>(event);
        if (body) {
          store.upsert(body.task, body.event);
        }
      });
      source.addEventListener("progress", (event) => {
        const body = parse<{ task: Task }>(event);
        if (body) {
          store.upsert(body.task);
        }
      });
      source.addEventListener("error", () => {
        store.setConnection("reconnecting");
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          failures += 1;
          const delay = Math.min(MAX_RECONNECT_DELAY_MS, 1000 * 2 ** Math.min(failures, 4));
          retryTimer = setTimeout(connect, delay);
        }
      });
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [store, enabled]);
}
