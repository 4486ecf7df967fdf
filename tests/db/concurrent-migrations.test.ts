import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/client";
import { runMigrations } from "../../src/server/db/migrate";
import { onPostgres, testDatabaseUrl } from "../helpers/test-database";

// Several app servers and workers start at once against one PostgreSQL: one migrates, the others
// wait on the advisory lock and find nothing to do. (PGlite has a single process by design.)
describe.runIf(onPostgres)("migrations at start-up", () => {
  it("run safely when five processes start at the same moment", async () => {
    const name = `greenlight_migrate_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(testDatabaseUrl!);
    url.pathname = `/${name}`;
    const databases = await Promise.all(
      Array.from({ length: 5 }, () =>
        openDatabase({ kind: "postgres", url: url.toString(), poolSize: 2 }),
      ),
    );
    try {
      await Promise.all(databases.map((database) => runMigrations(database)));
      const { rows } = await databases[0]!.pool!.query(
        "select count(*)::int as n from information_schema.tables where table_name in ('shows', 'tasks', 'task_events')",
      );
      expect(rows[0].n).toBe(3);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
