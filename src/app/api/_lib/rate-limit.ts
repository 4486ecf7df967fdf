import { getContainer } from "@/server/container";
import { getRateLimits } from "@/server/rate-limits/get-rate-limits";
import type { RateLimitName } from "@/server/rate-limits/rate-limit-rules";
import { callerOf } from "./auth";
import { clientIp } from "./client-ip";

/** The signed-in user of a route wrapped in withAuth, or null (anonymous, or not wrapped). */
function userIdOf(request: Request): string | null {
  try {
    const caller = callerOf(request);
    return caller.kind === "user" ? caller.user.id : null;
  } catch {
    return null;
  }
}

/**
 * Counts this request against `name` for its client IP and, when signed in, for its user (so
 * one account cannot spread its requests over many addresses); throws the 429 (Retry-After and
 * a sentence) that `withErrors` sends once over either.
 */
export async function limitRequest(request: Request, name: RateLimitName): Promise<void> {
  const limits = getRateLimits(await getContainer());
  await limits.consume(name, `ip:${clientIp(request)}`);
  const userId = userIdOf(request);
  if (userId !== null) {
    await limits.consume(name, `user:${userId}`);
  }
}
