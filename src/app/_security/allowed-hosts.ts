import type { Env } from "@/server/config/env";

/** Loopback names a local install answers on whatever PUBLIC_URL says. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export interface HostPolicy {
  /** PUBLIC_URL's host (with port when it has one), or null. */
  publicHost: string | null;
  /** ALLOWED_HOSTS, lower-cased; `*` accepts any host. */
  extra: readonly string[];
}

export const hostPolicyOf = (env: Pick<Env, "PUBLIC_URL" | "ALLOWED_HOSTS">): HostPolicy => ({
  publicHost: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).host.toLowerCase() : null,
  extra: env.ALLOWED_HOSTS,
});

const hostnameOf = (host: string) => {
  const bracket = host.startsWith("[") ? host.indexOf("]") : -1;
  if (bracket > 0) {
    return host.slice(0, bracket + 1);
  }
  return host.split(":")[0] ?? host;
};

/**
 * Whether a Host (or X-Forwarded-Host) value names this server: PUBLIC_URL's host, an
 * ALLOWED_HOSTS entry (with or without its port), or a loopback name. Anything else is a forged
 * Host or a DNS-rebinding page, answered 421 before it reaches a route.
 */
export function isAllowedHost(host: string, policy: HostPolicy): boolean {
  const value = host.trim().toLowerCase();
  const name = hostnameOf(value);
  if (LOOPBACK.has(name) || value === policy.publicHost) {
    return true;
  }
  return policy.extra.some((entry) => entry === "*" || entry === value || entry === name);
}

/** The first host of the request that is not allowed, or null when all are. */
export function forbiddenHost(headers: Headers, policy: HostPolicy): string | null {
  const hosts = [headers.get("host"), ...(headers.get("x-forwarded-host")?.split(",") ?? [])];
  for (const host of hosts) {
    if (host !== null && host.trim() !== "" && !isAllowedHost(host, policy)) {
      return host.trim();
    }
  }
  return headers.get("host") === null ? "(none)" : null;
}
