/**
 * Why a running handler's signal was aborted. The runner reads it back to decide what the
 * attempt's outcome is: a cancel or a takeover already wrote the task's state, an expiry and a
 * shutdown still have to.
 */
export type AbortCause = "canceled" | "expired" | "lost" | "shutdown";

export class TaskAbortedError extends Error {
  readonly cause: AbortCause;
  constructor(cause: AbortCause) {
    super(`task ${cause}`);
    this.name = "AbortError";
    this.cause = cause;
  }
}

export function abortCauseOf(signal: AbortSignal): AbortCause | null {
  return signal.aborted && signal.reason instanceof TaskAbortedError ? signal.reason.cause : null;
}
