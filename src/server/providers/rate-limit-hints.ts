/**
 * How long a provider asked us to wait, from every place providers put it: `retry-after-ms`
 * (OpenAI), `retry-after` (seconds or an HTTP date), OpenAI's `x-ratelimit-reset-requests` /
 * `x-ratelimit-reset-tokens` (Go durations: "6m0s", "1s", "20ms", "1m30.5s"), and the message
 * ("Please try again in 7s", "in 20ms", Replicate's "resets in ~30s"). The longest wins: waiting
 * less than any of them only earns another 429.
 */

/** A hint longer than this is a misreading or a quota in disguise; the engine's backoff takes over. */
export const maxRateLimitWaitMs = 2 * 60_000;

const unitMs: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 0.000001,
};

/** A Go-style duration ("1m30.5s", "20ms", "6m0s") in milliseconds, or undefined. */
export function parseDurationMs(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== trimmed) {
    return undefined;
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * (unitMs[unit!] ?? 0), 0);
}

function retryAfterHeaderMs(value: string | null, now: number): number | undefined {
  if (!value) {
    return undefined;
  }
  const seconds = Number(value);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** "try again in 7s", "Please try again in 20ms", "in 1m30.5s", "resets in ~30s". */
export function messageHintMs(message: string | undefined): number | undefined {
  const match = message?.match(
    /(?:try again|retry|resets?) in ~?\s*((?:\d+(?:\.\d+)?(?:ms|us|µs|ns|h|m|s))+|\d+(?:\.\d+)?\s*seconds?)/i,
  );
  if (!match?.[1]) {
    return undefined;
  }
  const seconds = match[1].match(/^(\d+(?:\.\d+)?)\s*seconds?$/i);
  return seconds ? Number(seconds[1]) * 1000 : parseDurationMs(match[1]);
}

export interface RateLimitHintSources {
  headers?: Headers | null;
  message?: string;
  /** A body field in seconds (Replicate's problem `retry_after`). */
  bodySeconds?: number;
  now?: number;
}

/** The longest wait any source asks for, capped at two minutes; undefined when none says. */
export function rateLimitWaitMs(sources: RateLimitHintSources): number | undefined {
  const now = sources.now ?? Date.now();
  const headers = sources.headers;
  const milliseconds = Number(headers?.get("retry-after-ms") ?? Number.NaN);
  const reset = (name: string) => {
    const value = headers?.get(name);
    return value ? parseDurationMs(value) : undefined;
  };
  const hints = [
    Number.isFinite(milliseconds) && milliseconds >= 0 ? milliseconds : undefined,
    retryAfterHeaderMs(headers?.get("retry-after") ?? null, now),
    reset("x-ratelimit-reset-requests"),
    reset("x-ratelimit-reset-tokens"),
    messageHintMs(sources.message),
    typeof sources.bodySeconds === "number" ? sources.bodySeconds * 1000 : undefined,
  ].filter((hint): hint is number => hint !== undefined && Number.isFinite(hint));
  if (hints.length === 0) {
    return undefined;
  }
  return Math.min(maxRateLimitWaitMs, Math.max(...hints));
}

/**
 * Adds up to 10 % (at most a second) so the callers told the same reset do not all come back in
 * the same millisecond; never shortens the wait.
 */
export function jitterWaitMs(waitMs: number, random: () => number = Math.random): number {
  return Math.round(waitMs + Math.min(1_000, waitMs * 0.1) * random());
}
