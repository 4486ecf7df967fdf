/** When and how often a task is retried after a retryable error. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
};

/**
 * Exponential backoff with "full jitter" (AWS architecture blog): a uniform delay in
 * [base·2^(n-1) / 2, base·2^(n-1)], capped. Half the range stays fixed so a retry is never
 * immediate; the other half spreads retries of many tasks that failed together (a rate limit).
 * A provider's Retry-After wins when it asks for longer.
 *
 * @param failedAttempt the 1-based attempt that just failed
 * @param random a source in [0, 1); tests pass a fixed one
 */
export function retryDelayMs(
  policy: RetryPolicy,
  failedAttempt: number,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, failedAttempt - 1);
  const ceiling = Math.min(policy.maxDelayMs, exponential);
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random());
  return Math.max(jittered, retryAfterMs ?? 0);
}
