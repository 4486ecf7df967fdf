import { headers } from "next/headers";
import type { ShowDetail } from "@/lib/client/types";
import { getContainer } from "@/server/container";
import { isAppError } from "@/server/errors";
import { getShowDetail } from "@/server/shows/show-views";

/**
 * The show for the share page, read in this process — never over HTTP: a request to our own API
 * built from the Host header would let a forged Host point the server at any address (SSRF).
 * Null when no show has this id or slug.
 */
export async function loadShow(slug: string): Promise<ShowDetail | null> {
  const { db, catalog } = await getContainer();
  try {
    const detail = await getShowDetail(db, slug, catalog.prices);
    // The API's JSON shape exactly (dates as strings), as the client components expect.
    return JSON.parse(JSON.stringify(detail)) as ShowDetail;
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
