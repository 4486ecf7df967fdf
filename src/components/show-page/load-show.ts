import { headers } from "next/headers";
import { cache } from "react";
import { pageCaller } from "@/app/_auth/page-caller";
import type { ShowDetail, Task } from "@/lib/client/types";
import { loadSharedShow, loadVisibleShow } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";
import { isAppError } from "@/server/errors";
import { getShowDetail } from "@/server/shows/show-views";

/**
 * The show for the share page, read in this process — never over HTTP: a request to our own API
 * built from the Host header would let a forged Host point the server at any address (SSRF).
 * Null when no show has this id or slug.
 */
export const loadShow = cache(loadShowUncached);

async function loadShowUncached(slug: string, share?: string): Promise<ShowDetail | null> {
  const { db, catalog } = await getContainer();
  try {
    // Only the visitor's own show (or any, for the owner), or a shared one with its token.
    const show = await loadVisibleShow(db, await pageCaller(), slug, { shareToken: share });
    const detail = await getShowDetail(db, show.id, catalog.prices);
    // The API's JSON shape exactly (dates as strings), as the client components expect; a share
    // link's media URLs carry its token so the media route lets the images through.
    const suffix = share ? `?share=${encodeURIComponent(share)}` : "";
    return JSON.parse(JSON.stringify(detail), (_key, value: unknown) =>
      suffix && typeof value === "string" && value.startsWith("/api/media/")
        ? `${value}${suffix}`
        : value,
    ) as ShowDetail;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      return null;
    }
    throw error;
  }
}

/**
 * The origin for absolute links (og:image): PUBLIC_URL when set, else the request's Host, which
 * the proxy has already checked against the allow-list (src/proxy.ts).
 */
export async function publicOrigin(): Promise<string> {
  const { env } = await getContainer();
  if (env.PUBLIC_URL) {
    return new URL(env.PUBLIC_URL).origin;
  }
  const list = await headers();
  const host = list.get("host") ?? "localhost:3000";
  const loopback = /^(localhost|127\.|\[::1\])/.test(host);
  return `${loopback ? "http" : "https"}://${host}`;
}

/**
 * Whether the caller may see this show (their own, any for the owner): one read, so a layout can
 * answer 404 before its page streams (a not-found page sent after streaming began goes out as 200).
 */
export const showIsVisible = cache(async (slug: string): Promise<boolean> => {
  const { db } = await getContainer();
  return loadVisibleShow(db, await pageCaller(), slug).then(
    () => true,
    (error: unknown) => {
      if (isAppError(error) && error.code === "not_found") {
        return false;
      }
      throw error;
    },
  );
});

/** The show's tasks, newest first, for the console's first render (the slots' live states). */
export async function loadShowTasks(showId: string): Promise<Task[]> {
  const { engine } = await getContainer();
  return engine.list({ showId, status: "all", limit: 200 });
}

/** The studio console's address when the caller may edit this show (their own; any for the owner). */
export async function studioHrefFor(slug: string): Promise<string | null> {
  return (await showIsVisible(slug)) ? `/shows/${slug}` : null;
}

/** The slug a share token opens, or null when the link is unknown or revoked. */
export async function sharedShowSlug(token: string): Promise<string | null> {
  const { db } = await getContainer();
  return loadSharedShow(db, token).then(
    (show) => show.slug,
    () => null,
  );
}
