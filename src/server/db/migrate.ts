import fs from "node:fs";
import path from "node:path";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client";

/**
 * Where drizzle-kit writes migrations. The app runs from the project root; the CLI may be started
 * from elsewhere, so the folder next to the sources is the fallback.
 */
export const migrationsFolder =
  [
    path.resolve(process.cwd(), "drizzle"),
    path.resolve(import.meta.dirname ?? ".", "../../../drizzle"),
  ].find((folder) => fs.existsSync(path.join(folder, "meta", "_journal.json"))) ??
  path.resolve("drizzle");

// Any constant works; it only has to be the same in every process of the deployment.
const MIGRATION_LOCK_KEY = 7_301_977_001;

/**
 * Applies pending migrations. On PostgreSQL several processes may start at once (app servers and
 * workers), so the migration runs under a session advisory lock: the first process migrates, the
 * others wait and then find nothing to do.
 */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
