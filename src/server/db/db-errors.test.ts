import pg from "pg";
import { describe, expect, it } from "vitest";
import { isConnectionLoss, isDatabaseError, isTransactionConflict, sqlStateOf } from "./db-errors";

function pgError(code: string, message = "from the server"): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  return error;
}

/** drizzle 0.45's DrizzleQueryError: the SQL and its parameters in the message, the driver's error in `cause`. */
function drizzleWrapped(cause: unknown): Error {
  return Object.assign(new Error("Failed query: select * from tasks where id = $1\nparams: 42"), {
    query: "select * from tasks where id = $1",
    params: [42],
    cause,
  });
}

const systemError = (code: string) =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, syscall: "connect" });

describe("database error classification", () => {
  it("recognises every way a connection is lost, also inside drizzle's wrapper", () => {
    const lost = [
      ...["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"].map((code) =>
        pgError(code),
      ),
      ...["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"].map(systemError),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
    ];
    for (const error of lost) {
      expect(isConnectionLoss(error), String(error)).toBe(true);
      expect(isConnectionLoss(drizzleWrapped(error)), String(error)).toBe(true);
      expect(isDatabaseError(error)).toBe(true);
    }
  });

  it("does not take a query's own failure for a lost connection", () => {
    for (const error of [pgError("23505"), pgError("42P01"), pgError("40P01"), new Error("boom")]) {
      expect(isConnectionLoss(error)).toBe(false);
      expect(isConnectionLoss(drizzleWrapped(error))).toBe(false);
    }
  });

  it("reads the SQLSTATE through drizzle's wrapper and spots conflicts", () => {
    expect(sqlStateOf(drizzleWrapped(pgError("23505")))).toBe("23505");
    expect(isTransactionConflict(drizzleWrapped(pgError("40P01")))).toBe(true);
    expect(isTransactionConflict(pgError("40001"))).toBe(true);
    expect(isTransactionConflict(pgError("23505"))).toBe(false);
  });

  it("counts drizzle's wrapper as a database error even without a code, and nothing else", () => {
    expect(isDatabaseError(drizzleWrapped(new Error("odd")))).toBe(true);
    expect(isDatabaseError(new Error("boom"))).toBe(false);
    expect(isDatabaseError(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseError("a string")).toBe(false);
  });
});
