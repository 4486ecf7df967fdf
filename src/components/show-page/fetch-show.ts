import { headers } from "next/headers";
import type { ShowDetail } from "@/lib/client/types";

/** The origin this request came in on, so server components can call our own API. */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto =
    list.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/** GET /api/shows/:slug from a server component; null when the show does not exist. */
export async function fetchShow(slug: string): Promise<ShowDetail | null> {
  const origin = await requestOrigin();
  const response = await fetch(`${origin}/api/shows/${encodeURIComponent(slug)}`, {
    cache: "no-store",
  });
  if (response.status === 404) {
    return null;
  }
  if (!response.ok) {
    throw new Error(`Could not load the show (${response.status})`);
  }
  return (await response.json()) as ShowDetail;
}
