import { type ConstructorOptions, fromPglite, PgBoss } from "pg-boss";
import { type Database, ListenedClient } from "../db/client";
import { isConnectionLoss } from "../db/db-errors";
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
      : new PgBoss(postgresOptions(database.url!));
  // Without a listener an 'error' event ends the process; pg-boss emits one for every connection
  // its pool or its LISTEN client loses, and reconnects on its own.
  boss.on("error", (error) => {
    if (isConnectionLoss(error)) {
      logger.warn({ err: error }, "pg-boss lost its database connection; it reconnects");
    } else {
      logger.error({ err: error }, "pg-boss error");
    }
  });
  boss.on("warning", (warning) => logger.warn({ warning }, "pg-boss warning"));
  await boss.start();
  return boss;
}

/**
 * pg-boss hands its options to `pg.Pool`, so `Client` reaches the pool though pg-boss's types do
 * not list it: every client of its pool, checked out or idle, survives a server restart.
 */
function postgresOptions(url: string): ConstructorOptions {
  const options: ConstructorOptions & { Client: typeof ListenedClient } = {
    connectionString: url,
    schema: "pgboss",
    max: 4,
    useListenNotify: true,
    application_name: "greenlight",
    Client: ListenedClient,
  };
  return options;
}
