import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import { type Container, createContainer } from "../../src/server/container";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { createTestDatabase, onPostgres, type TestDatabase } from "../helpers/test-database";
import { fastConfig, silentLogger, waitFor } from "../helpers/test-engine";
import {
  characterVideoRequest,
  type ReplicateVideoShow,
  showReadyForReplicateVideo,
} from "../real-providers/show-setup";
import { eventually } from "./proc";

/**
 * `npm run worker` as an operator runs it: npm → node, a real character video task polling a Replicate
 * prediction that never finishes, then SIGTERM the way systemd, Kubernetes or a shell sends it.
 * PostgreSQL only: the standalone worker needs DATABASE_URL.
 */
const root = path.resolve(import.meta.dirname, "../..");
const apiToken = "r8_signal_test";

describe.runIf(onPostgres)("SIGTERM to npm run worker while a task runs", () => {
  let replicate: ReplicateFake;
  let testDb: TestDatabase;
  let requester: Container;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-worker-signals-"));
  const replicateEnv = () => ({
    REPLICATE_API_TOKEN: apiToken,
    REPLICATE_BASE_URL: replicate.url,
    PROVIDER_POLL_INTERVAL_MS: "100",
  });
  const spawned: ChildProcess[] = [];

  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken });
    testDb = await createTestDatabase();
    // Requests and reads tasks; runs none (the npm worker does).
    requester = await createContainer({
      env: parseEnv({ DATA_DIR: dataDir, ...replicateEnv() }),
      database: testDb.database,
      logger: silentLogger,
      // The default timings, as the npm worker has: a fast reaper here would call its
      // heartbeats stale and take the task away while it is being handed over.
      worker: false,
    });
  });
  afterAll(async () => {
    for (const child of spawned) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone, which is the point.
      }
    }
    await requester?.close();
    await testDb?.drop();
    await replicate?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A show developed offline by a worker of this process, closed before npm's worker starts. */
  async function prepareShow(): Promise<ReplicateVideoShow> {
    const container = await createContainer({
      env: parseEnv({ DATA_DIR: dataDir }),
      database: testDb.database,
      logger: silentLogger,
      engineConfig: fastConfig,
      worker: true,
    });
    try {
      return await showReadyForReplicateVideo(container.engine);
    } finally {
      await container.close();
    }
  }

  /** Starts `npm run worker` in its own process group and waits until the video task runs. */
  async function workerRunningVideo() {
    const show = await prepareShow();
    replicate.planNextPrediction({ pollsUntilDone: 1_000_000 });
    const npm = spawn("npm", ["run", "--silent", "worker"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDb.url!, DATA_DIR: dataDir, ...replicateEnv() },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true, // its own process group, like a service
    });
    spawned.push(npm);
    let stderr = "";
    npm.stderr!.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) =>
      npm.once("exit", (code) => resolve(code)),
    );
    const before = new Set(replicate.predictions.keys());
    const { task } = await requester.engine.request(characterVideoRequest(show));
    await waitFor(
      async () =>
        [...replicate.predictions].some(
          ([id, prediction]) => !before.has(id) && prediction.json.status === "processing",
        ),
      60_000,
    ).catch((error: unknown) => {
      throw new Error(`the worker never ran the video (${String(error)}); stderr:\n${stderr}`);
    });
    const group = processGroup(npm.pid!);
    expect(group.length).toBeGreaterThan(1); // npm and the worker's node at least
    return { npm, exited, taskId: task.id, group };
  }

  async function expectOneGracefulStop(run: Awaited<ReturnType<typeof workerRunningVideo>>) {
    expect(await run.exited).toBe(0);
    // Every process of the chain is gone (none was orphaned and left running).
    expect(await eventually(() => run.group.every((pid) => !isAlive(pid)), 5_000)).toBe(true);
    const { events, status } = await requester.engine.get(run.taskId);
    const types = events.map((event) => event.type);
    expect({ status, handedOver: types.includes("handed_over"), types }).toMatchObject(
      status === "succeeded" ? { status } : { status: "queued", handedOver: true },
    );
    // Nobody should resume it in the next test.
    await requester.engine.cancel(run.taskId);
  }

  it("sent to the npm process alone: one graceful stop, the task is handed over, exit 0", async () => {
    const run = await workerRunningVideo();
    run.npm.kill("SIGTERM");
    await expectOneGracefulStop(run);
  });

  it("sent to the whole process group twice within a second: still one graceful stop", async () => {
    const run = await workerRunningVideo();
    process.kill(-run.npm.pid!, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(-run.npm.pid!, "SIGTERM");
    await expectOneGracefulStop(run);
  });
});

/** The pids in process group `pgid`, from /proc. */
function processGroup(pgid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}
