import type { HostPolicy } from "./allowed-hosts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a state-changing request must be refused as cross-site, or null to let it through.
 *
 * Browsers send Sec-Fetch-Site and Origin on every POST/PUT/PATCH/DELETE, `no-cors` and forms
 * included, so a page on another origin is always recognisable. A request with neither is not
 * from a browser (curl, the CLI, Replicate's webhook) and cannot ride a visitor's session. Nor is
 * one with an API key (`Authorization: Bearer`, `x-api-key`: a browser never adds those by itself,
 * and another origin cannot without a CORS preflight we never grant). better-auth's own
 * routes under /api/auth do their own origin and CSRF checks.
 */
export function crossSiteReason(request: Request, policy: HostPolicy): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) {
    return null;
  }
  const { pathname } = new URL(request.url);
  if (pathname === "/api/auth" || pathname.startsWith("/api/auth/")) {
    return null;
  }
  if (
    /^bearer\s/i.test(request.headers.get("authorization") ?? "") ||
    request.headers.has("x-api-key")
  ) {
    return null;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") {
    return `a ${site} request`;
  }
  const origin = request.headers.get("origin");
  if (origin === null) {
    return null;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return `an opaque origin (${origin.slice(0, 40)})`;
  }
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")]
    .flatMap((value) => value?.split(",") ?? [])
    .map((value) => value.trim().toLowerCase());
  if (hosts.includes(originHost) || originHost === policy.publicHost) {
    return null;
  }
  return `a request from ${origin.slice(0, 100)}`;
}
