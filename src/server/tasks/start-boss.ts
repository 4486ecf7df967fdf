import { fromPglite, PgBoss } from "pg-boss";
import type { Database } from "../db/client";
import type { Logger } from "../logger";

/**
 * pg-boss on the same database as the app: PGlite through pg-boss's own adapter (one connection,
 * in-process LISTEN/NOTIFY), PostgreSQL through its own small pool with LISTEN/NOTIFY so a job
 * enqueued by an app server wakes a worker in another process at once.
 */
export async function startBoss(database: Database, logger: Logger): Promise<PgBoss> {
  const boss =
    database.kind === "pglite"
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: "pglite", schema: "pgboss" })
      : new PgBoss({
          connectionString: database.url!,
          schema: "pgboss",
          max: 4,
          useListenNotify: true,
          application_name: "greenlight",
        });
  boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
  boss.on("warning", (warning) => logger.warn({ warning }, "pg-boss warning"));
  await boss.start();
  return boss;
}
