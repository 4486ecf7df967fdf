import {
  isConnectionLoss,
  isDatabaseError,
  isTransactionConflict,
  sqlStateOf,
} from "../db/db-errors";
import { coerceError } from "../errors";
import type { TaskError } from "./task-dto";

interface ClassifiedError {
  retryable?: unknown;
  userMessage?: unknown;
  code?: unknown;
  retryAfterMs?: unknown;
  waiting?: unknown;
  provider?: unknown;
  requestId?: unknown;
}

/**
 * Reads what the engine needs from anything a handler threw. Errors opt in to retries by saying
 * `retryable: true` (provider adapters classify every vendor error so); anything unclassified is
 * terminal, so a bug fails fast instead of burning attempts. Database errors are classified here:
 * their messages are SQL text with its parameters, which a user must never be shown.
 */
export function describeError(
  thrown: unknown,
): TaskError & { retryAfterMs?: number; waiting?: boolean } {
  const error = coerceError(thrown);
  const classified = error as Error & ClassifiedError;
  if (typeof classified.userMessage !== "string" && isDatabaseError(error)) {
    return describeDatabaseError(error);
  }
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
    // "Not yet" rather than "failed": another task is making what this one needs.
    ...(classified.waiting === true && classified.retryable === true ? { waiting: true } : {}),
  };
}

/**
 * A lost connection or a deadlock says nothing about the work, so the step runs again, and like
 * a rate limit it spends none of the task's attempts (`waiting`): a PostgreSQL restart must not
 * use up a paid step's budget before its provider is even asked. Any other database error is a
 * bug or bad data that a retry would only repeat. The SQLSTATE is kept: it is what an operator
 * searches the logs for.
 */
function describeDatabaseError(error: Error): TaskError & { waiting?: boolean } {
  if (isConnectionLoss(error)) {
    return {
      code: "database_unavailable",
      message: "The database was unavailable; this step will retry.",
      retryable: true,
      waiting: true,
    };
  }
  const state = sqlStateOf(error);
  if (isTransactionConflict(error)) {
    return {
      code: "database_conflict",
      message: `A database conflict with another change stopped this step (SQLSTATE ${state}); it will retry.`,
      retryable: true,
      waiting: true,
    };
  }
  return {
    code: "database_error",
    message: state
      ? `A database error stopped this step (SQLSTATE ${state}).`
      : "A database error stopped this step.",
    retryable: false,
  };
}
