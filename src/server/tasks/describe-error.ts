import { coerceError } from "../errors";
import type { TaskError } from "./task-dto";

interface ClassifiedError {
  retryable?: unknown;
  userMessage?: unknown;
  code?: unknown;
  retryAfterMs?: unknown;
  provider?: unknown;
  requestId?: unknown;
}

/**
 * Reads what the engine needs from anything a handler threw. Errors opt in to retries by saying
 * `retryable: true` (provider adapters classify every vendor error so); anything unclassified is
 * terminal, so a bug fails fast instead of burning attempts.
 */
export function describeError(thrown: unknown): TaskError & { retryAfterMs?: number } {
  const error = coerceError(thrown);
  const classified = error as Error & ClassifiedError;
  const message =
    typeof classified.userMessage === "string" ? classified.userMessage : error.message;
  return {
    code: typeof classified.code === "string" ? classified.code : "internal",
    message: message.slice(0, 2_000),
    retryable: classified.retryable === true,
    ...(typeof classified.provider === "string" ? { provider: classified.provider } : {}),
    ...(typeof classified.requestId === "string" ? { requestId: classified.requestId } : {}),
    ...(typeof classified.retryAfterMs === "number"
      ? { retryAfterMs: classified.retryAfterMs }
      : {}),
  };
}
