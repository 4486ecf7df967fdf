import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { type PrivatePostgres, startPrivatePostgres } from "../helpers/private-postgres";
import { onPostgres } from "../helpers/test-database";

/**
 * A worker (re)started while PostgreSQL is down — a supervisor restarting it during a database
 * restart — used to exit with code 1 at once, leaving nothing to run tasks. It must wait for the
 * database and then start. Runs once, in the PGlite pass of the suite (private server).
 */
describe.skipIf(onPostgres)("a worker started while PostgreSQL is down", () => {
  let postgres: PrivatePostgres;
  let worker: ChildWorker | undefined;
  beforeAll(async () => {
    postgres = await startPrivatePostgres();
  });
  afterAll(async () => {
    await worker?.kill("SIGKILL");
    await postgres?.stop();
  });

  it("waits for the database, then starts", async () => {
    const outage = postgres.restart({ downForMs: 6_000 });
    // pg_ctl stop -m fast returns within a second; start the worker while the server is down.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    worker = spawnChildWorker("src/worker.ts", {
      DATABASE_URL: postgres.url,
      LOG_LEVEL: "info",
      DATA_DIR: `${process.env.TMPDIR ?? "/tmp"}/greenlight-outage-worker`,
    });
    await outage;
    await worker.waitForLine((line) => line.msg === "worker running", 30_000);
    expect(worker.process.exitCode).toBeNull();
  });
});
