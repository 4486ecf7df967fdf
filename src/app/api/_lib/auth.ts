import { z } from "zod";
import { assertWithinBudget, estimateFor } from "@/server/auth/budgets";
import type { Auth } from "@/server/auth/create-auth";
import { getAuth } from "@/server/auth/get-auth";
import { resolveCaller } from "@/server/auth/resolve-caller";
import { type Caller, isOwner } from "@/server/auth/roles";
import {
  loadSharedShow,
  loadVisibleShow,
  scopeOf,
  showIdOfMediaKey,
  visibleShowIds,
} from "@/server/auth/show-access";
import { createShowVisibility } from "@/server/auth/show-visibility";
import { getContainer } from "@/server/container";
import { AppError, notFound } from "@/server/errors";
import type { ShowRow } from "@/server/shows/show-records";
import type { TaskDetail } from "@/server/tasks/read-tasks";

/**
 * Who may call a route. public: anyone (the handler checks share links and ownership itself);
 * user: any signed-in account; owner: the owner only (members get 404, as if it did not exist).
 */
export type Access = "public" | "user" | "owner";

const callers = new WeakMap<Request, Caller>();

/** The caller `withAuth` resolved for this request. */
export function callerOf(request: Request): Caller {
  const caller = callers.get(request);
  if (!caller) {
    throw new Error("callerOf() needs the route to be wrapped in withAuth()");
  }
  return caller;
}

export async function authOf(): Promise<Auth> {
  const container = await getContainer();
  return getAuth(container);
}

/**
 * Resolves the caller (session cookie, session bearer token or API key) before the handler runs
 * and enforces `access`. Composes inside withErrors: `withErrors(withAuth("user", handler))`.
 */
export function withAuth<Args extends unknown[]>(
  access: Access,
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    const container = await getContainer();
    const auth = await getAuth(container);
    const caller = await resolveCaller(auth, container.db, request.headers);
    if (access !== "public" && caller.kind !== "user") {
      throw new AppError(
        "unauthorized",
        "Sign in first (or send Authorization: Bearer <API key>).",
      );
    }
    if (access === "owner" && !isOwner(caller)) {
      throw notFound("Page");
    }
    callers.set(request, caller);
    return handler(request, ...args);
  };
}

/** A show the caller may change (their own; any for the owner); 404 otherwise. */
export async function ownShow(request: Request, idOrSlug: string): Promise<ShowRow> {
  const { db } = await getContainer();
  return loadVisibleShow(db, callerOf(request), idOrSlug);
}

/** A show the caller may read: their own, or any with `?share=<token>` matching its link. */
export async function readableShow(request: Request, idOrSlug: string): Promise<ShowRow> {
  const { db } = await getContainer();
  const shareToken = new URL(request.url).searchParams.get("share");
  return loadVisibleShow(db, callerOf(request), idOrSlug, { shareToken });
}

/** The task's show must be the caller's: a task of someone else's show is a 404. */
export async function ownTask(request: Request, taskId: string): Promise<TaskDetail> {
  if (!z.uuid().safeParse(taskId).success) {
    throw notFound("Task");
  }
  const { engine } = await getContainer();
  const task = await engine.get(taskId);
  await ownShow(request, task.showId).catch(() => {
    throw notFound("Task");
  });
  return task;
}

/** A retry is a new paid request: the same budget check as asking for the target afresh. */
export async function checkTaskBudget(request: Request, taskId: string): Promise<void> {
  const task = await ownTask(request, taskId);
  await checkBudget(request, await ownShow(request, task.showId), task.kind);
}

/** The signed-in caller's account id (withAuth("user") guarantees one). */
export function callerId(request: Request): string | null {
  const caller = callerOf(request);
  return caller.kind === "user" ? caller.user.id : null;
}

/**
 * A show opened with a share link: its media URLs carry the token too, so the browser's image and
 * video requests are let through by the media route (which knows no page, only a key).
 */
export function shareMediaUrls<T>(request: Request, detail: T): T {
  const token = new URL(request.url).searchParams.get("share");
  if (!token) {
    return detail;
  }
  const suffix = `?share=${encodeURIComponent(token)}`;
  return JSON.parse(JSON.stringify(detail), (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("/api/media/") ? `${value}${suffix}` : value,
  ) as T;
}

/** Refuses a paid request past a member's monthly budget (402 with the numbers). */
export async function checkBudget(request: Request, show: ShowRow, kind: string): Promise<void> {
  const { db, catalog } = await getContainer();
  await assertWithinBudget(db, callerOf(request), estimateFor(show, kind, catalog.prices));
}

/** The SQL condition for lists of shows, and the member's show ids for task lists. */
export const scopeOfRequest = (request: Request) => scopeOf(callerOf(request));
export async function visibleShowIdsOf(request: Request): Promise<string[] | null> {
  const { db } = await getContainer();
  return visibleShowIds(db, scopeOf(callerOf(request)));
}

/**
 * May the caller read this stored file? The owner reads every file; anyone else only files of a
 * show they may see, or of a shared show when `?share=` carries its token.
 */
export async function mayReadMedia(request: Request, key: string): Promise<boolean> {
  const container = await getContainer();
  const auth = await getAuth(container);
  const caller = await resolveCaller(auth, container.db, request.headers);
  if (isOwner(caller)) {
    return true;
  }
  const showId = await showIdOfMediaKey(container.db, key);
  if (!showId) {
    return false;
  }
  const shareToken = new URL(request.url).searchParams.get("share");
  return loadVisibleShow(container.db, caller, showId, { shareToken }).then(
    () => true,
    () => false,
  );
}

/** Passes better-auth's session cookie (from a sign-up made on the server) on to the browser. */
export function withCookies(response: Response, headers: Headers | null): Response {
  for (const cookie of headers?.getSetCookie() ?? []) {
    response.headers.append("set-cookie", cookie);
  }
  return response;
}

/** What the caller's live stream may carry (their shows, a share link's show); null = all. */
export async function streamVisibility(request: Request) {
  const { db } = await getContainer();
  const token = new URL(request.url).searchParams.get("share");
  const shared = token ? await loadSharedShow(db, token).catch(() => null) : null;
  return createShowVisibility(db, scopeOf(callerOf(request)), shared?.id ?? null);
}
