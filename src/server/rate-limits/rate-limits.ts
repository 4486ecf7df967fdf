import type pg from "pg";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError } from "../errors";
import type { Logger } from "../logger";
import { type RateLimitName, type RateLimitSettings, rateLimitRules } from "./rate-limit-rules";

export interface RateLimits {
  /** Counts one request for `key`; throws a 429 AppError (with Retry-After) once over the rule. */
  consume(name: RateLimitName, key: string): Promise<void>;
  /** Forgets `key` (a successful sign-in clears its failures). */
  reset(name: RateLimitName, key: string): Promise<void>;
}

export interface RateLimitsOptions extends RateLimitSettings {
  /** PostgreSQL: counts are shared by every app server. Null (PGlite): this process counts. */
  pool: pg.Pool | null;
  logger: Logger;
}

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function tooMany(what: string, res: RateLimiterRes): AppError {
  const seconds = secondsOf(res.msBeforeNext);
  return new AppError(
    "rate_limited",
    `Too many ${what}; try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * Request limits by rate-limiter-flexible. On PostgreSQL the counters live in a table it manages
 * (`rate_limits_<name>`), with an in-memory limiter as insurance while the database is away, so a
 * restart of the database does not turn every request into a 500.
 */
export function createRateLimits(options: RateLimitsOptions): RateLimits {
  const rules = rateLimitRules(options);
  const limiters = new Map<RateLimitName, Promise<RateLimiterAbstract>>();
  // Resolves once the store's table exists: counting in the insurance limiter meanwhile would
  // count the first requests twice over (there, then again in the table).
  const limiterOf = (name: RateLimitName): Promise<RateLimiterAbstract> => {
    let limiter = limiters.get(name);
    if (!limiter) {
      const rule = rules[name];
      const base = { points: rule.points, duration: rule.durationSeconds, keyPrefix: name };
      const pool = options.pool;
      limiter = pool
        ? new Promise((resolve) => {
            const memory = new RateLimiterMemory(base);
            const store: RateLimiterPostgres = new RateLimiterPostgres(
              {
                ...base,
                storeClient: pool,
                storeType: "pool",
                tableName: `rate_limits_${name.toLowerCase()}`,
                insuranceLimiter: memory,
              },
              (error?: unknown) => {
                if (error) {
                  options.logger.warn({ err: error, limit: name }, "rate-limit table unavailable");
                }
                resolve(error ? memory : store);
              },
            );
          })
        : Promise.resolve(new RateLimiterMemory(base));
      limiters.set(name, limiter);
    }
    return limiter;
  };

  return {
    async consume(name, key) {
      try {
        await (await limiterOf(name)).consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw tooMany(rules[name].what, rejection);
        }
        // The store failed and its insurance too: let the request through rather than fail it.
        options.logger.warn({ err: rejection, limit: name }, "rate limit could not be checked");
      }
    },
    async reset(name, key) {
      await (await limiterOf(name)).delete(key);
    },
  };
}
