import { type NextRequest, NextResponse } from "next/server";
import type { Env } from "@/server/config/env";
import { forbiddenHost, hostPolicyOf } from "./allowed-hosts";
import { crossSiteReason } from "./same-origin";
import { API_CSP, baseSecurityHeaders, contentSecurityPolicy } from "./security-headers";

const refuse = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * What the proxy does for one request: refuses forged Hosts (DNS rebinding) with 421 and
 * cross-site writes (CSRF) with 403 before any route runs, and sets the security headers — a
 * fresh CSP nonce per page, which Next applies to its own scripts while rendering.
 */
export function guardRequest(request: NextRequest, env: Env): Response {
  const policy = hostPolicyOf(env);
  const { pathname } = request.nextUrl;
  const badHost = forbiddenHost(request.headers, policy);
  if (badHost !== null) {
    return refuse(
      421,
      "misdirected",
      `This server does not answer for host "${badHost.slice(0, 100)}"; set PUBLIC_URL or ALLOWED_HOSTS to serve it.`,
    );
  }
  const crossSite = crossSiteReason(request, policy);
  if (crossSite !== null) {
    return refuse(
      403,
      "cross_site",
      `Refused ${crossSite}: changes can only be made from this app's own pages.`,
    );
  }
  const headers = baseSecurityHeaders(pathname, env);
  let response: NextResponse;
  if (pathname.startsWith("/api/")) {
    response = NextResponse.next();
    headers["content-security-policy"] = API_CSP;
  } else {
    const nonce = btoa(crypto.randomUUID());
    const csp = contentSecurityPolicy(nonce, pathname, env);
    // Next finds the nonce in the request's CSP while rendering (the root layout is dynamic).
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    requestHeaders.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    headers["content-security-policy"] = csp;
  }
  for (const [name, value] of Object.entries(headers)) {
    response.headers.set(name, value);
  }
  return response;
}
