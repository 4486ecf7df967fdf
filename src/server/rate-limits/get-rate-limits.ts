import type { Container } from "../container";
import { createRateLimits, type RateLimits } from "./rate-limits";

const byDatabase = new WeakMap<object, RateLimits>();

/**
 * The process's limits for this container, made on first use (a test's container gets its own,
 * so counts never leak between tests). Sign-in (better-auth) uses `signInPerIp` and
 * `signInPerUser` from here.
 */
export function getRateLimits(
  container: Pick<Container, "database" | "env" | "logger">,
): RateLimits {
  let limits = byDatabase.get(container.database);
  if (!limits) {
    limits = createRateLimits({
      pool: container.database.pool,
      logger: container.logger,
      showsPerHour: container.env.RATE_LIMIT_SHOWS_PER_HOUR,
      tasksPerMinute: container.env.RATE_LIMIT_TASKS_PER_MINUTE,
    });
    byDatabase.set(container.database, limits);
  }
  return limits;
}
