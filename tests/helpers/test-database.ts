import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../src/server/db/client";
import { runMigrations } from "../../src/server/db/migrate";

/** Set to run the suite on PostgreSQL instead of PGlite (e.g. postgres://postgres@127.0.0.1:5432/test). */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const onPostgres = Boolean(testDatabaseUrl);

export interface TestDatabase {
  database: Database;
  /** A connection URL for child processes (PostgreSQL only). */
  url: string | null;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
 * TEST_DATABASE_URL server, dropped afterwards, so files never see each other's rows.
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return createScratchDatabase(testDatabaseUrl, { namePrefix: "greenlight_test", poolSize: 20 });
}

/**
 * A fresh, migrated database: in-memory PGlite without a server URL, else a new database on that
 * PostgreSQL server that `drop()` removes (the benchmarks use it too).
 */
export async function createScratchDatabase(
  serverUrl: string | undefined,
  options: { namePrefix: string; poolSize: number },
): Promise<TestDatabase> {
  if (!serverUrl) {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    await runMigrations(database);
    return { database, url: null, drop: () => database.close() };
  }
  const name = `${options.namePrefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    kind: "postgres",
    url: url.toString(),
    poolSize: options.poolSize,
  });
  await runMigrations(database);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
