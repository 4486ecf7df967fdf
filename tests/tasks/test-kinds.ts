import { z } from "zod";
import { defineTaskKind } from "../../src/server/tasks/task-kind";

/** A retryable error as provider adapters throw them. */
export class FlakyError extends Error {
  readonly retryable = true;
  readonly code = "provider_unavailable";
  readonly userMessage = "The provider had a problem; retrying";
}

/** A rate limit: waiting it out spends no attempt, within the engine's patience. */
export class RateLimitedError extends Error {
  readonly retryable = true;
  readonly code = "rate_limited";
  readonly userMessage = "Rate limited by the provider";
  readonly retryAfterMs = 10;
}

/** "Not yet": another task is making what this one needs; waiting spends no attempt either. */
export class WaitingError extends Error {
  readonly retryable = true;
  readonly waiting = true;
  readonly code = "waiting_for_grid";
  readonly userMessage = "Waiting for the cast grid to include every current portrait";
  readonly retryAfterMs = 10;
}

export class RefusedError extends Error {
  readonly retryable = false;
  readonly code = "moderation";
  readonly userMessage = "The provider refused this prompt; edit it and try again";
}

/** A gate a test opens when it wants a handler to finish. */
export function createGate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

export function waitOrAbort(promise: Promise<unknown>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(() => resolve(), reject);
  });
}

export const noopKind = (id = "noop", runs = { count: 0 }) =>
  defineTaskKind({
    id,
    label: "No-op",
    input: z.object({}).passthrough(),
    timeoutSeconds: 30,
    async handler() {
      runs.count += 1;
      return { ok: true };
    },
  });

export const echoInputKind = defineTaskKind({
  id: "echo",
  label: "Echo",
  input: z.object({ text: z.string().min(1) }),
  timeoutSeconds: 30,
  async handler({ input }) {
    return { text: input.text };
  },
});
