import { ProviderError } from "../provider-error";

/** Time for the gate; tests pass a manual one. */
export interface GateClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: GateClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/**
 * One provider key's rate-limit pause. A 429 tells one caller to wait, but the limit is the
 * account's: every other call on the key would earn its own 429 (and, on OpenAI, count against the
 * limit). So when any call is told to wait, `acquire()` holds every call on that provider until
 * the hint has passed.
 */
export interface RateGate {
  /** Resolves once no pause is in force; an abort leaves at once with the signal's reason. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Hold every call until `waitMs` from now (a later pause never shortens an earlier one). */
  pause(waitMs: number): void;
  /** Pauses for a rate-limited ProviderError that says how long; anything else is ignored. */
  observe(error: unknown): void;
  /** When the current pause ends (epoch ms), or 0. */
  readonly pausedUntil: number;
}

export function createRateGate(clock: GateClock = systemClock): RateGate {
  let until = 0;
  const gate: RateGate = {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted();
        const wait = until - clock.now();
        if (wait <= 0) {
          return;
        }
        // Loop: another 429 may have pushed the pause further while this call slept.
        await clock.sleep(wait, signal);
      }
    },
    pause(waitMs) {
      until = Math.max(until, clock.now() + Math.max(0, waitMs));
    },
    observe(error) {
      if (
        error instanceof ProviderError &&
        error.code === "rate_limited" &&
        typeof error.retryAfterMs === "number"
      ) {
        gate.pause(error.retryAfterMs);
      }
    },
    get pausedUntil() {
      return until;
    },
  };
  return gate;
}
