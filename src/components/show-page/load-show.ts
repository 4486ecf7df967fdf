import { headers } from "next/headers";
import { pageCaller } from "@/app/_auth/page-caller";
import type { ShowDetail } from "@/lib/client/types";
import { loadVisibleShow } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";
import { isAppError } from "@/server/errors";
import { getShowDetail } from "@/server/shows/show-views";

/**
 * The show for the share page, read in this process — never over HTTP: a request to our own API
 * built from the Host header would let a forged Host point the server at any address (SSRF).
 * Null when no show has this id or slug.
 */
export async function loadShow(slug: string, share?: string): Promise<ShowDetail | null> {
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
