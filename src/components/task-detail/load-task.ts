import { cache } from "react";
import { pageCaller } from "@/app/_auth/page-caller";
import type { TaskDetail } from "@/lib/client/types";
import { loadVisibleShow } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";
import { isAppError } from "@/server/errors";
import type { ShowRow } from "@/server/shows/show-records";
import { getTaskRow } from "@/server/tasks/read-tasks";
import { showTitle } from "../shows/show-title";

/** The show a task page links back to. */
export interface TaskShowLink {
  slug: string;
  title: string;
}

export interface TaskPageData {
  task: TaskDetail;
  show: TaskShowLink;
}

/**
 * The task's show, if the signed-in caller may see the task; null for an unknown id, a malformed
 * one or someone else's task (all alike: a 404). Two small reads, so the layout can answer 404
 * before the page streams (a streamed not-found page would go out as 200).
 */
export const loadTaskShow = cache(async (id: string): Promise<TaskShowLink | null> => {
  const { db } = await getContainer();
  return nullWhenNotFound(async () => {
    const row = await getTaskRow({ db }, id);
    const show: ShowRow = await loadVisibleShow(db, await pageCaller(), row.showId);
    return { slug: show.slug, title: showTitle(show) };
  });
});

/** The task with its timeline and cancel note, for the page's first render. */
export const loadTaskPage = cache(async (id: string): Promise<TaskPageData | null> => {
  const show = await loadTaskShow(id);
  if (!show) {
    return null;
  }
  const { engine } = await getContainer();
  return nullWhenNotFound(async () => {
    const detail = await engine.get(id);
    const active = detail.status === "queued" || detail.status === "running";
    const cancelNote = active ? await engine.cancelNote(detail.kind, id) : null;
    return { task: { ...detail, cancelNote } as TaskDetail, show };
  });
});

async function nullWhenNotFound<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      return null;
    }
    throw error;
  }
}
