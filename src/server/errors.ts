/**
 * Errors that cross a boundary carry a stable code, an HTTP status and a message a user can act
 * on. Route handlers map them through `withErrors`; the task engine stores them on the task.
 */
export type AppErrorCode =
  | "invalid_input"
  | "unauthorized"
  | "over_budget"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "misdirected"
  | "rate_limited"
  | "unavailable"
  | "config"
  | "internal";

const statusByCode: Record<AppErrorCode, number> = {
  invalid_input: 400,
  /** Not signed in (no session, no valid API key). */
  unauthorized: 401,
  /** A paid request beyond the member's monthly budget. */
  over_budget: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  misdirected: 421,
  rate_limited: 429,
  unavailable: 503,
  config: 500,
  internal: 500,
};

/**
 * Marks an AppError across module copies: a route bundle and the server code it calls may each
 * hold their own copy of this file, so `instanceof AppError` can be false for a real one.
 * `Symbol.for` is one symbol per process whichever copy asks.
 */
const APP_ERROR_BRAND = Symbol.for("greenlight.AppError");

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Safe to show to the user verbatim. */
  readonly userMessage: string;
  readonly field?: string;
  /** Seconds until asking again helps (429, 503): sent as Retry-After. */
  readonly retryAfterSeconds?: number;
  readonly [APP_ERROR_BRAND] = true;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options: { field?: string; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = statusByCode[code];
    this.userMessage = userMessage;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** True for an AppError from any copy of this module (see APP_ERROR_BRAND). */
export function isAppError(error: unknown): error is AppError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as Record<symbol, unknown>)[APP_ERROR_BRAND] === true
  );
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const conflict = (why: string) => new AppError("conflict", why);
export const invalidInput = (field: string, why: string) =>
  new AppError("invalid_input", `${field}: ${why}`, { field });

/** Turns anything thrown into an Error, so every catch deals with one shape. */
export function coerceError(thrown: unknown): Error {
  if (thrown instanceof Error) {
    return thrown;
  }
  if (typeof thrown === "string") {
    return new Error(thrown);
  }
  try {
    return new Error(JSON.stringify(thrown));
  } catch {
    return new Error(String(thrown));
  }
}
