/**
 * `npm run bench:live`: commit → SSE client latency and memory per connection for the live task
 * stream, on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test: a
 * scratch database is created and dropped there). Two app-server processes (bench/live-server.ts)
 * share 100, 500 and 1,000 clients; this process commits timeline events at a steady rate while
 * quick tasks run, and every client times each event from its commit. The bare LISTEN/NOTIFY bus
 * (no database read, no gap repair) is the baseline in the same run. 127.0.0.1 only; stops itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { z } from "zod";
import { createPgNotifyBus } from "../src/server/events/pg-notify-bus";
import { KindRegistry } from "../src/server/tasks/kind-registry";
import { getTaskRow } from "../src/server/tasks/read-tasks";
import { startBoss } from "../src/server/tasks/start-boss";
import { TaskEngine } from "../src/server/tasks/task-engine";
import { appendTaskEvent } from "../src/server/tasks/task-events";
import { defineTaskKind } from "../src/server/tasks/task-kind";
import { inTransaction } from "../src/server/tasks/tx-scope";
import { createScratchDatabase } from "../tests/helpers/test-database";
import { benchPostgresUrl, percentile, postgresReachable, report } from "./bench-helpers";

const logger = pino({ level: "silent" });
const PORTS = [47_311, 47_312];
const EVENTS = Number(process.env.BENCH_LIVE_EVENTS ?? 100);
const EVENTS_PER_SECOND = 20;

const quickKind = defineTaskKind({
  id: "quick",
  label: "Quick",
  input: z.object({}).passthrough(),
  timeoutSeconds: 30,
  concurrency: 8,
  async handler({ progress }) {
    progress(0.5, "Halfway");
    return null;
  },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", "bench/live-server.ts", url, String(port)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`live server exited with ${code}`)));
  });
}

interface ServerMemory {
  rss: number;
  /** V8 heap in use plus buffers outside it, after a collection: what the connections hold. */
  live: number;
}

const serverMemory = (port: number) =>
  new Promise<ServerMemory>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/rss", agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve(JSON.parse(body) as ServerMemory));
      })
      .on("error", reject);
  });

interface Client {
  latencies: number[];
  close(): void;
}

/** An SSE client that times every `bench N` event against its commit. */
function connect(port: number, path: string, commits: Map<number, number>): Promise<Client> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const request = http.get({ host: "127.0.0.1", port, path, agent: false }, (response) => {
      let buffer = "";
      let ready = false;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        if (!ready && buffer.includes("event: snapshot")) {
          ready = true;
          resolve({ latencies, close: () => request.destroy() });
        }
        const end = buffer.lastIndexOf("\n\n");
        const complete = end < 0 ? 0 : end + 2;
        for (const match of buffer.slice(0, complete).matchAll(/"message":"bench (\d+)"/g)) {
          const committed = commits.get(Number(match[1]));
          if (committed !== undefined) {
            latencies.push(performance.now() - committed);
          }
        }
        buffer = buffer.slice(complete);
      });
    });
    request.on("error", reject);
  });
}

/**
 * Every round gets fresh servers: RSS seldom shrinks after a round's sockets close, so a server
 * reused from a larger round would show the next round's connections as free or negative.
 */
async function round(
  engine: TaskEngine,
  databaseUrl: string,
  taskId: string,
  showId: string,
  clients: number,
  path: string,
  label: string,
) {
  const servers = await Promise.all(PORTS.map((port) => startServer(databaseUrl, port)));
  try {
    await measureRound(engine, taskId, showId, clients, path, label);
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) {
      resolve();
      return;
    }
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

async function measureRound(
  engine: TaskEngine,
  taskId: string,
  showId: string,
  clients: number,
  path: string,
  label: string,
) {
  const commits = new Map<number, number>();
  // One client per server first: the first stream loads code and warms caches, a fixed cost that
  // is not what each connection costs. These two are counted as clients too.
  const open: Client[] = await Promise.all(PORTS.map((port) => connect(port, path, commits)));
  await sleep(200);
  const rssBefore = await Promise.all(PORTS.map(serverMemory));
  for (let n = PORTS.length; n < clients; n += 50) {
    const batch = Math.min(50, clients - n);
    open.push(
      ...(await Promise.all(
        Array.from({ length: batch }, (_, i) => connect(PORTS[(n + i) % 2]!, path, commits)),
      )),
    );
  }
  await sleep(500);
  const rssAfter = await Promise.all(PORTS.map(serverMemory));
  const base = Math.floor(performance.now());
  for (let n = 0; n < EVENTS; n += 1) {
    const seq = base + n;
    if (n % 4 === 0) {
      void engine.request({ showId, kind: "quick", target: `t${seq}` });
    }
    // Timed from the start of the committing transaction (a few ms early): a client may see the
    // row before this busy event loop gets back from the commit.
    commits.set(seq, performance.now());
    await inTransaction(engine.deps.db, async (scope) => {
      const row = await getTaskRow({ db: scope.tx as never }, taskId);
      await appendTaskEvent(engine.deps, scope, row, "log", `bench ${seq}`);
    });
    await sleep(1000 / EVENTS_PER_SECOND);
  }
  const until = Date.now() + 10_000;
  while (open.some((client) => client.latencies.length < EVENTS) && Date.now() < until) {
    await sleep(100);
  }
  const latencies = open.flatMap((client) => client.latencies).sort((a, b) => a - b);
  const missing = clients * EVENTS - latencies.length;
  for (const client of open) {
    client.close();
  }
  const perConnection = (key: keyof ServerMemory) =>
    Math.round(
      (rssAfter.reduce((sum, memory) => sum + memory[key], 0) -
        rssBefore.reduce((sum, memory) => sum + memory[key], 0)) /
        (clients - PORTS.length) /
        1024,
    );
  const common = { clients, mode: label };
  report("live", { metric: "latency_p50_ms", value: percentile(latencies, 50), ...common });
  report("live", { metric: "latency_p99_ms", value: percentile(latencies, 99), ...common });
  report("live", { metric: "rss_kb_per_connection", value: perConnection("rss"), ...common });
  report("live", { metric: "live_kb_per_connection", value: perConnection("live"), ...common });
  report("live", { metric: "events_missing", value: missing, ...common });
  await sleep(1_000);
}

async function main() {
  if (!(await postgresReachable(benchPostgresUrl))) {
    report("live", { metric: "skipped", value: 0, reason: "PostgreSQL not reachable" });
    return;
  }
  const scratch = await createScratchDatabase(benchPostgresUrl, {
    namePrefix: "greenlight_bench_live",
    poolSize: 10,
  });
  const { database } = scratch;
  const boss = await startBoss(database, logger);
  const bus = await createPgNotifyBus(scratch.url!, database.pool!, logger);
  const kinds = new KindRegistry();
  kinds.register(quickKind);
  const engine = new TaskEngine({ db: database.db, boss, bus, kinds, logger });
  try {
    await engine.startWorker();
    const showId = "00000000-0000-4000-8000-000000000001";
    const { task } = await engine.request({ showId, kind: "quick", target: "timeline" });
    await sleep(500);
    await round(engine, scratch.url!, task.id, showId, 500, "/bus", "bus_baseline");
    for (const clients of [100, 500, 1_000]) {
      await round(engine, scratch.url!, task.id, showId, clients, "/stream", "stream");
    }
  } finally {
    await engine.stopWorker({ force: true });
    await boss.stop({ graceful: false, close: true });
    await bus.close();
    await scratch.drop();
  }
}

await main();
