"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, api, errorMessage } from "@/lib/client/api";
import type { TaskChange } from "@/lib/client/task-store";
import type { ShowDetail } from "@/lib/client/types";
import { useTaskChanges, useTaskStore } from "./use-tasks";

/** Several tasks often finish together (a portrait, then its grid): one refetch covers them. */
const REFETCH_DELAY_MS = 150;

export interface ShowState {
  show: ShowDetail | null;
  error: string | null;
  notFound: boolean;
  reload: () => void;
  replace: (show: ShowDetail) => void;
}

/**
 * A show's detail, refetched whenever one of its tasks succeeds. Also loads the show's task
 * history into the store, so slots remember failures older than the live list's ten minutes.
 */
export function useShow(
  slug: string,
  initial: ShowDetail | null = null,
  /** The server rendered the show's task history with it (TaskSeedProvider): no second read. */
  tasksSeeded = false,
): ShowState {
  const store = useTaskStore();
  const [show, setShow] = useState<ShowDetail | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const showId = show?.id;

  const load = useCallback(() => {
    api
      .getShow(slug)
      .then((detail) => {
        setShow(detail);
        setError(null);
      })
      .catch((cause) => {
        setNotFound(cause instanceof ApiError && cause.status === 404);
        setError(errorMessage(cause));
      });
  }, [slug]);

  const reload = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(load, REFETCH_DELAY_MS);
  }, [load]);

  // A show the server rendered is current; one it did not (a client-only mount) is fetched.
  const hasInitial = initial !== null;
  useEffect(() => {
    if (!hasInitial) {
      load();
    }
    return () => clearTimeout(timer.current);
  }, [load, hasInitial]);

  useEffect(() => {
    if (showId && !tasksSeeded) {
      api
        .listTasks({ showId, status: "all", limit: 200 })
        .then((tasks) => store.merge(tasks))
        .catch(() => undefined);
    }
  }, [showId, store, tasksSeeded]);

  const onChange = useCallback(
    ({ task, previous }: TaskChange) => {
      if (
        task.showId === showId &&
        task.status === "succeeded" &&
        previous?.status !== "succeeded"
      ) {
        reload();
      }
    },
    [showId, reload],
  );
  useTaskChanges(onChange);

  return { show, error, notFound, reload, replace: setShow };
}
