import type { Env } from "@/server/config/env";

type HeaderEnv = Pick<Env, "NODE_ENV" | "PUBLIC_URL" | "FRAME_ANCESTORS" | "MEDIA_DELIVERY"> & {
  S3_ENDPOINT?: string;
};

/** Where presigned media comes from: the bucket's endpoint, or AWS S3 when none is set. */
function mediaOrigins(env: HeaderEnv): string {
  if (env.MEDIA_DELIVERY !== "presigned") {
    return "";
  }
  return env.S3_ENDPOINT ? ` ${new URL(env.S3_ENDPOINT).origin}` : " https://*.amazonaws.com";
}

/** The share page may be embedded by FRAME_ANCESTORS; everything else by no one (clickjacking). */
export function frameAncestorsFor(pathname: string, env: HeaderEnv): string {
  return pathname.startsWith("/show/") && env.FRAME_ANCESTORS ? env.FRAME_ANCESTORS : "'none'";
}

/**
 * The page CSP: scripts only with this response's nonce (Next puts it on its own inline and
 * bundle scripts when it finds it in the request's CSP) and what they load ('strict-dynamic').
 * Styles allow inline: React style attributes cannot carry a nonce, and scripts are the risk.
 */
export function contentSecurityPolicy(nonce: string, pathname: string, env: HeaderEnv): string {
  const dev = env.NODE_ENV === "development";
  const https = env.PUBLIC_URL?.startsWith("https://") ?? false;
  const media = mediaOrigins(env);
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${media}`,
    `media-src 'self' blob:${media}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestorsFor(pathname, env)}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API answers are data, never documents: nothing may run or be framed from them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Headers on every response the proxy sees, page or API. */
export function baseSecurityHeaders(pathname: string, env: HeaderEnv): Record<string, string> {
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
  };
  if (frameAncestorsFor(pathname, env) === "'none'") {
    headers["x-frame-options"] = "DENY";
  }
  if (env.PUBLIC_URL?.startsWith("https://")) {
    headers["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  }
  return headers;
}
