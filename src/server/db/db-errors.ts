/**
 * Recognises database and driver errors by their codes, never by `instanceof` (route code and
 * server code can be bundled apart, so classes are not shared). Drizzle wraps driver errors in a
 * "Failed query" error whose `cause` is the driver's; both are looked through.
 */

/** SQLSTATE classes and driver codes that mean "the connection is gone", not "the query is wrong". */
const CONNECTION_SQLSTATES = new Set([
  "57P01", // admin_shutdown (server restarting)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down)
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const CONNECTION_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTCONN",
]);
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** SQLSTATEs after which the same transaction, run again, may well succeed. */
const CONFLICT_SQLSTATES = new Set(["40001", "40P01"]);

/** The error and every `cause` below it (drizzle → pg), at most a few levels deep. */
function* chain(thrown: unknown): Generator<Record<string, unknown>> {
  let current = thrown;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    yield current as Record<string, unknown>;
    current = (current as { cause?: unknown }).cause;
  }
}

/** The PostgreSQL SQLSTATE of a database error (five characters), if it carries one. */
export function sqlStateOf(thrown: unknown): string | null {
  for (const link of chain(thrown)) {
    if (typeof link.code === "string" && /^[0-9A-Z]{5}$/.test(link.code) && /\d/.test(link.code)) {
      return link.code;
    }
  }
  return null;
}

/** The server went away or cannot be reached: the statement failed, the data did not. */
export function isConnectionLoss(thrown: unknown): boolean {
  for (const link of chain(thrown)) {
    const code = typeof link.code === "string" ? link.code : "";
    if (CONNECTION_SQLSTATES.has(code) || CONNECTION_NODE_CODES.has(code)) {
      return true;
    }
    const message = typeof link.message === "string" ? link.message : "";
    if (CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) {
      return true;
    }
  }
  return false;
}

/** A deadlock or serialization failure: the transaction was rolled back and may simply rerun. */
export function isTransactionConflict(thrown: unknown): boolean {
  const state = sqlStateOf(thrown);
  return state !== null && CONFLICT_SQLSTATES.has(state);
}

/** Anything that came from the database or its driver (as opposed to our own code). */
export function isDatabaseError(thrown: unknown): boolean {
  if (sqlStateOf(thrown) !== null || isConnectionLoss(thrown)) {
    return true;
  }
  for (const link of chain(thrown)) {
    if (typeof link.message === "string" && link.message.startsWith("Failed query:")) {
      return true;
    }
  }
  return false;
}
