import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tasks } from "../db/schema";
import { describeError } from "./describe-error";

/** What a statement drizzle ran threw, as a handler would see it. */
async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to fail");
}

function pgError(code: string, message: string): pg.DatabaseError {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  error.severity = "ERROR";
  return error;
}

describe("describeError on database errors", () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = new PGlite();
    await pglite.waitReady;
    await pglite.exec("create table tasks (id uuid primary key, kind text not null)");
  });
  afterAll(() => pglite.close());

  it("hides the SQL and its parameters of a failed statement, keeping the SQLSTATE", async () => {
    const db = drizzlePglite(pglite);
    const id = randomUUID();
    await db.execute(`insert into tasks (id, kind) values ('${id}', 'portrait')`);
    const thrown = await thrownBy(() =>
      db.execute(`insert into tasks (id, kind) values ('${id}', 'portrait')`),
    );
    expect(String((thrown as Error).message)).toContain("insert into tasks");

    const described = describeError(thrown);
    expect(described).toEqual({
      code: "database_error",
      message: "A database error stopped this step (SQLSTATE 23505).",
      retryable: false,
    });
    expect(JSON.stringify(described)).not.toContain(id);
  });

  it("says a lost connection will retry, through drizzle's wrapper", async () => {
    // Nothing listens on port 1: node-postgres fails to connect (ECONNREFUSED).
    const pool = new pg.Pool({ connectionString: "postgres://postgres@127.0.0.1:1/none" });
    try {
      const db = drizzleNodePg(pool);
      const id = randomUUID();
      const thrown = await thrownBy(() => db.select().from(tasks).where(eq(tasks.id, id)));
      expect(describeError(thrown)).toEqual({
        code: "database_unavailable",
        message: "The database was unavailable; this step will retry.",
        retryable: true,
        waiting: true,
      });
    } finally {
      await pool.end();
    }
  });

  it("says a server restart (57P01) and a dropped socket will retry", () => {
    const restart = pgError("57P01", "terminating connection due to administrator command");
    expect(describeError(restart)).toMatchObject({ code: "database_unavailable", retryable: true });
    const dropped = new Error("Connection terminated unexpectedly");
    expect(describeError(dropped)).toMatchObject({ code: "database_unavailable", retryable: true });
  });

  it("retries deadlocks and serialization failures as conflicts", () => {
    for (const state of ["40P01", "40001"]) {
      const wrapped = new Error("Failed query: update tasks set ...\nparams: 1,2", {
        cause: pgError(state, "deadlock detected"),
      });
      expect(describeError(wrapped)).toMatchObject({
        code: "database_conflict",
        retryable: true,
      });
      expect(describeError(wrapped).message).not.toContain("update tasks");
    }
  });

  it("leaves a provider's classified error as it was", () => {
    const error = Object.assign(new Error("HTTP 429"), {
      retryable: true,
      code: "rate_limited",
      userMessage: "Rate limited by the provider",
    });
    expect(describeError(error)).toEqual({
      code: "rate_limited",
      message: "Rate limited by the provider",
      retryable: true,
    });
  });
});
