import { getContainer } from "@/server/container";
import { getRateLimits } from "@/server/rate-limits/get-rate-limits";
import type { RateLimitName } from "@/server/rate-limits/rate-limit-rules";
import { clientIp } from "./client-ip";

/**
 * Counts this request against `name` for its client IP; throws the 429 (with Retry-After and a
 * sentence) that `withErrors` sends once over. Per-user keys join when accounts do.
 */
export async function limitRequest(request: Request, name: RateLimitName): Promise<void> {
  const container = await getContainer();
  await getRateLimits(container).consume(name, `ip:${clientIp(request)}`);
}
