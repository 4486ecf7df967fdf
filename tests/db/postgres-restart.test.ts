import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as tasksRoute from "../../src/app/api/tasks/route";
import { parseEnv } from "../../src/server/config/env";
import { type Container, createContainer, setContainer } from "../../src/server/container";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { type PrivatePostgres, startPrivatePostgres } from "../helpers/private-postgres";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { onPostgres } from "../helpers/test-database";
import { fastConfig, silentLogger } from "../helpers/test-engine";
import { slowStepKind } from "./slow-step-kind";

/** Requests carry the owner's API key: the accounts check lets them through to what is tested. */
let owner: TestAccount;
const asOwner = (url: string, init?: RequestInit) => owner.request(url, init);

const entry = "tests/db/restart-worker.ts";
const TASKS = 8;

/** Polls through an outage: a check that throws (the database is away) counts as "not yet". */
async function eventually<T>(check: () => Promise<T | null | false>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`condition not met within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `pg_ctl restart -m fast` while portraits were generating used to end both `npm run worker`
 * processes within half a second (a connection checked out for a transaction died with nobody
 * listening for its error), and reads answered 500. The database going away for a moment must
 * fail statements, not processes. A private server, because the shared one must never restart;
 * it runs once, in the PGlite pass of the suite.
 */
describe.skipIf(onPostgres)("PostgreSQL restarting while tasks run", () => {
  let server: PrivatePostgres;
  let app: Container;
  const dataDirs: string[] = [];
  const workers: ChildWorker[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-restart-"));
    dataDirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    server = await startPrivatePostgres();
    // A WORKER=off app server: it enqueues and serves reads; the two workers run the tasks.
    app = await createContainer({
      env: parseEnv({ DATA_DIR: tempDir(), DATABASE_URL: server.url, WORKER: "off" }),
      logger: silentLogger,
      engineConfig: fastConfig,
      worker: false,
      extraKinds: [slowStepKind],
    });
    setContainer(app);
    owner = await createTestOwner(app);
  });
  afterAll(async () => {
    setContainer(null);
    await Promise.all(workers.map((worker) => worker.kill("SIGKILL")));
    // Closing can wait on a connection the last restart left half-open (seen once in a full
    // suite run, never alone): the server is stopped below either way, which ends it.
    await Promise.race([app?.close(), new Promise((resolve) => setTimeout(resolve, 20_000))]);
    await server?.stop();
    for (const dir of dataDirs) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  /** Restarts the server while reading GET /api/tasks every few milliseconds; returns the answers. */
  async function restartWhileReading() {
    const answers: { status: number; retryAfter: string | null; body: unknown }[] = [];
    let restarting = true;
    const reading = (async () => {
      while (restarting) {
        const response = await tasksRoute.GET(asOwner("http://localhost/api/tasks"));
        answers.push({
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
          body: await response.json(),
        });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await server.restart();
    restarting = false;
    await reading;
    return answers;
  }

  it("has a dead worker's task resumed by an app server that runs no worker", async () => {
    const worker = spawnChildWorker(entry, { DATABASE_URL: server.url, DATA_DIR: tempDir() });
    workers.push(worker);
    await worker.waitForLine((line) => line.type === "ready", 60_000);
    const { task } = await app.engine.request({
      showId: randomUUID(),
      kind: "slow_step",
      input: { ms: 60_000 },
    });
    await worker.waitForLine((line) => line.taskId === task.id && line.type === "started");
    await worker.kill("SIGKILL");

    // No worker is left: only the WORKER=off app server's reaper can notice and queue it again.
    const requeued = await eventually(async () => {
      const detail = await app.engine.get(task.id);
      return detail.status === "queued" ? detail : null;
    }, 15_000);
    expect(requeued.events.map((event) => event.type)).toContain("worker_lost");
    await app.engine.cancel(task.id);
  });

  it("keeps both workers alive, finishes every task and answers reads with 503 meanwhile", async () => {
    for (let i = 0; i < 2; i += 1) {
      const worker = spawnChildWorker(entry, { DATABASE_URL: server.url, DATA_DIR: tempDir() });
      workers.push(worker);
      await worker.waitForLine((line) => line.type === "ready", 60_000);
    }

    const showId = randomUUID();
    const requested = await Promise.all(
      Array.from({ length: TASKS }, (_, i) =>
        app.engine.request({
          showId,
          kind: "slow_step",
          target: `step-${i}`,
          input: { ms: 3_000 },
        }),
      ),
    );
    const ids = requested.map(({ task }) => task.id);
    // Both workers are in the middle of tasks when the database goes away.
    await eventually(async () => {
      const tasks = await app.engine.list({ showId, status: "all", limit: 100 });
      return tasks.filter((task) => task.status === "running").length >= 4;
    }, 30_000);

    const answers = [...(await restartWhileReading())];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    answers.push(...(await restartWhileReading()));

    const finished = await eventually(async () => {
      const tasks = await Promise.all(ids.map((id) => app.engine.get(id)));
      return tasks.every((task) => task.status === "succeeded" || task.status === "failed")
        ? tasks
        : null;
    }, 90_000);
    expect(finished.map((task) => ({ status: task.status, error: task.error }))).toEqual(
      ids.map(() => ({ status: "succeeded", error: null })),
    );

    for (const worker of workers.slice(-2)) {
      expect(worker.process.exitCode).toBeNull();
      expect(worker.process.signalCode).toBeNull();
    }

    const unavailable = answers.filter((answer) => answer.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable[0]).toEqual({
      status: 503,
      retryAfter: "5",
      body: {
        error: {
          code: "database_unavailable",
          message: "The database is unavailable right now; try again in a few seconds.",
        },
      },
    });
    // Every read either worked or said to come back: none failed as a server error.
    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
  });
});
