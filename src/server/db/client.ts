import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: use-cases accept both. */
export type Executor = Db | Tx;

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null }
  | { kind: "postgres"; url: string; poolSize?: number };

export interface Database {
  kind: DatabaseTarget["kind"];
  db: Db;
  /** Set for PGlite: pg-boss and the migrator share this single connection. */
  pglite: PGlite | null;
  /** Set for PostgreSQL: pg-boss gets its own pool from the same URL. */
  url: string | null;
  pool: pg.Pool | null;
  close(): Promise<void>;
}

/**
 * Opens the embedded PGlite (dataDir null → in memory, for tests) or a PostgreSQL pool.
 * One schema and one set of migrations serve both.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "pglite") {
    if (target.dataDir) {
      fs.mkdirSync(path.dirname(target.dataDir), { recursive: true });
    }
    const pglite = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    await pglite.waitReady;
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      pglite,
      url: null,
      pool: null,
      close: () => pglite.close(),
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    Client: ListenedClient,
  });
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    pglite: null,
    url: target.url,
    pool,
    close: () => pool.end(),
  };
}

/**
 * A node-postgres client that always has an 'error' listener. pg-pool listens only while a client
 * is idle; one checked out (for a transaction, or by pg-boss) whose server goes away emits 'error'
 * with nobody listening, which ends the process. That error needs no handling here: the statement
 * in flight, or the next one, fails with it (the client is no longer queryable), and the pool
 * discards the client when it is released. A class rather than the pool's 'connect' event, so
 * pg-boss's pool, which connects inside `start()`, gets it too (`Client` is a pool option).
 */
export class ListenedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on("error", ignoreClientError);
  }
}

function ignoreClientError(): void {}
