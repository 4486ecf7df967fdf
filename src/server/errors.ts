/**
 * Errors that cross a boundary carry a stable code, an HTTP status and a message a user can act
 * on. Route handlers map them through `withErrors`; the task engine stores them on the task.
 */
export type AppErrorCode = "invalid_input" | "not_found" | "conflict" | "config" | "internal";

const statusByCode: Record<AppErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  config: 500,
  internal: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Safe to show to the user verbatim. */
  readonly userMessage: string;
  readonly field?: string;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options: { field?: string; cause?: unknown } = {},
  ) {
    super(userMessage, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = statusByCode[code];
    this.userMessage = userMessage;
    this.field = options.field;
  }
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
