/**
 * `npm run chaos -- --shows N`: N autopilot shows on one API-only app server and two worker
 * processes over a private PostgreSQL, while workers are SIGKILLed every 10–20 s and PostgreSQL is
 * restarted twice. Prints `{"bench":"chaos",…}` lines and exits non-zero on any loss.
 * Options: --shows 5, --providers offline|paid, --fault-rate 0.1 (paid), --characters 3 (offline),
 * --timeout 600 (s), --workers 2, --keep-logs (copy logs to test-results/chaos).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startPrivatePostgres } from "../../tests/helpers/private-postgres";
import { startS3rver } from "../../tests/helpers/s3rver";
import {
  attemptsOf,
  duplicateRuns,
  type Fault,
  finishedShows,
  loadEvents,
  percentile,
  recoveries,
  workerIdOf,
} from "./measure";
import { allProcs, killAllNow, killProc, type Proc, spawnProc } from "./processes";
import { type PaidProviders, paidSettings, startPaidProviders } from "./providers";
import { metric, printSummary, say } from "./report";
import { watchTaskStream } from "./sse-client";

const { values: args } = parseArgs({
  options: {
    shows: { type: "string", default: "5" },
    providers: { type: "string", default: "offline" },
    "fault-rate": { type: "string", default: "0.1" },
    characters: { type: "string", default: "3" },
    timeout: { type: "string", default: "600" },
    workers: { type: "string", default: "2" },
    "keep-logs": { type: "boolean", default: false },
    media: { type: "string", default: "s3" },
  },
});
const showCount = Number(args.shows);
const paid = args.providers === "paid";
const deadline = Date.now() + Number(args.timeout) * 1000;
const root = path.resolve(import.meta.dirname, "../..");
const premises = [
  "A lighthouse keeper's daughter runs a pirate radio station from the lamp room",
  "Two rival food-truck owners are stuck sharing one parking spot for a summer",
  "A retired astronaut coaches a hopeless middle-school robotics team",
  "A small-town notary discovers every contract she stamps comes true",
  "Night-shift staff at a museum keep the exhibits from arguing with each other",
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const random = (min: number, max: number) => min + Math.random() * (max - min);

const tempDir = mkdtempSync(path.join(tmpdir(), "greenlight-chaos-"));
const logDir = path.join(tempDir, "logs");
mkdirSync(logDir);
let cleanups: Array<() => Promise<void> | void> = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    killAllNow();
    for (const step of cleanups.reverse()) {
      await Promise.resolve(step()).catch(() => {});
    }
    cleanups = [];
    if (args["keep-logs"]) {
      const kept = path.join(root, "test-results/chaos");
      rmSync(kept, { recursive: true, force: true });
      cpSync(logDir, kept, { recursive: true });
      say(`logs kept in ${path.relative(root, kept)}/`);
    }
    rmSync(tempDir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping every process and removing ${tempDir}`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const postgres = await startPrivatePostgres();
  cleanups.push(() => postgres.stop());
  let providers: PaidProviders | null = null;
  if (paid) {
    providers = await startPaidProviders(Number(args["fault-rate"]));
    cleanups.push(() => providers!.close());
  }
  // Media in a real S3 server (s3rver), as the scaled shape keeps it: workers share no disk, so a
  // render continued by another worker finds its segments only through the store.
  const media: Record<string, string> =
    args.media === "s3"
      ? await (async () => {
          const s3 = await startS3rver();
          cleanups.push(() => s3.close());
          return {
            MEDIA_STORE: "s3",
            S3_ENDPOINT: s3.endpoint,
            S3_BUCKET: s3.bucket,
            S3_REGION: s3.region,
            S3_ACCESS_KEY_ID: s3.accessKeyId,
            S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
            S3_FORCE_PATH_STYLE: "true",
          };
        })()
      : { MEDIA_STORE: "local" };
  const env: Record<string, string> = {
    DATABASE_URL: postgres.url,
    DATA_DIR: path.join(tempDir, "data"),
    ...media,
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    // A dead worker's tasks resume after 10 s instead of 30 s, so a run sees many hand-overs.
    TASK_HEARTBEAT_SECONDS: "2",
    TASK_STALE_AFTER_SECONDS: "10",
    OWNER_EMAIL: "chaos@example.com",
    OWNER_PASSWORD: "chaos-run-password",
    ...(providers?.env ?? {}),
  };
  const app = spawnProc("app", "scripts/chaos/app-server.ts", { ...env, WORKER: "off" }, logDir);
  const ready = await app.waitFor((line) => "listening" in line, 120_000);
  const port = Number(ready.listening);
  const authorization = `Bearer ${String(ready.apiKey)}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  say(`postgres ${postgres.url}, app ${baseUrl}, data in ${tempDir}`);

  let workerNumber = 0;
  const workers: Proc[] = [];
  const startWorker = async () => {
    workerNumber += 1;
    const worker = spawnProc(`worker-${workerNumber}`, "src/worker.ts", env, logDir);
    workers.push(worker);
    await worker.waitFor((line) => line.msg === "task worker started", 120_000);
    return worker;
  };
  await Promise.all(Array.from({ length: Number(args.workers) }, startWorker));

  const sse = watchTaskStream(baseUrl, say, authorization);
  cleanups.push(() => sse.stop());
  await sleep(1_000);

  const showIds: string[] = [];
  for (let index = 0; index < showCount; index += 1) {
    const response = await fetch(`${baseUrl}/api/shows`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({
        premise: `${premises[index % premises.length]} (run ${index + 1})`,
        autopilot: true,
        // The promise under test is the chain to a trailer; the season after it adds only load.
        settings: {
          ...(paid ? paidSettings : { characterCount: Number(args.characters) }),
          autopilotThrough: "trailer",
        },
      }),
    });
    if (response.status !== 201) {
      throw new Error(`POST /api/shows answered ${response.status}: ${await response.text()}`);
    }
    showIds.push(((await response.json()) as { id: string }).id);
  }
  const started = Date.now();
  say(`created ${showIds.length} shows; chaos begins`);

  // The harness's own connection dies with every restart too: reconnect and ask again.
  let current = new pg.Client(postgres.url);
  current.on("error", () => {});
  await current.connect();
  const reconnect = async () => {
    await current.end().catch(() => {});
    current = new pg.Client(postgres.url);
    current.on("error", () => {});
    await current.connect().catch(() => {});
  };
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[]) => {
    for (let tries = 0; ; tries += 1) {
      try {
        return (await current.query<T>(text, values)).rows;
      } catch (error) {
        if (tries >= 20) {
          throw error;
        }
        await sleep(500);
        await reconnect();
      }
    }
  };

  const faults: Fault[] = [];
  let done = false;
  const chaos = (async () => {
    // Both inside the shortest run (a paid show's trailer ends after ~60 s), one while the cast is
    // drawn, one while the trailer's pieces are made.
    const restarts = [random(8, 20), random(30, 50)].map((s) => started + s * 1000);
    let nextKill = Date.now() + random(10, 20) * 1000;
    while (!done && Date.now() < deadline) {
      await sleep(250);
      if (restarts.length > 0 && Date.now() >= restarts[0]!) {
        restarts.shift();
        const at = Date.now();
        await postgres.restart();
        faults.push({ type: "pg_restart", at, endedAt: Date.now() });
        say(`restarted PostgreSQL (${Date.now() - at} ms)`);
      }
      if (Date.now() >= nextKill) {
        nextKill = Date.now() + random(10, 20) * 1000;
        const alive = workers.filter((worker) => worker.running);
        const victim = alive[Math.floor(Math.random() * alive.length)];
        if (!victim) {
          continue;
        }
        const workerId = workerIdOf(victim);
        const held = await query<{ id: string; kind: string }>(
          "select id, kind from tasks where status = 'running' and worker_id = $1",
          [workerId],
        ).catch(() => []);
        faults.push({
          type: "worker_kill",
          at: Date.now(),
          workerId,
          heldTasks: held.map((row) => row.id),
        });
        await killProc(victim);
        const holding = held.map((row) => `${row.kind} ${row.id.slice(0, 8)}`).join(", ");
        say(`SIGKILLed ${victim.name} (${workerId}) holding [${holding}]; starting another`);
        void startWorker().catch((error: unknown) => say(String(error)));
      }
    }
  })();

  // Done: every show has nothing active, and has its trailer or something failed.
  while (Date.now() < deadline) {
    await sleep(2_000);
    const rows = await query<{ id: string; active: number; trailer: boolean; failed: number }>(
      `select s.id, s.trailer_asset_id is not null as trailer,
              count(t.*) filter (where t.status in ('queued','running'))::int as active,
              count(t.*) filter (where t.status = 'failed')::int as failed
         from shows s left join tasks t on t.show_id = s.id
        where s.id = any($1) group by s.id`,
      [showIds],
    );
    if (rows.every((row) => row.active === 0 && (row.trailer || row.failed > 0))) {
      break;
    }
  }
  done = true;
  const timedOut = Date.now() >= deadline;
  await chaos;
  const runEnd = Date.now();
  say(
    `${timedOut ? "timed out" : "all shows settled"} after ${((runEnd - started) / 1000).toFixed(0)} s`,
  );
  // Give the stream a moment to deliver the last commits.
  await sleep(3_000);
  sse.stop();

  const events = await loadEvents(current, showIds);
  if (args["keep-logs"]) {
    // Evidence for the report: the whole timeline and the faults, since the database goes away.
    writeFileSync(
      path.join(logDir, "timeline.json"),
      JSON.stringify({ showIds, faults, events }, null, 1),
    );
  }
  const finished = await finishedShows(current, showIds);
  const [{ failed } = { failed: 0 }] = await query<{ failed: number }>(
    "select count(*)::int as failed from tasks where show_id = any($1) and status = 'failed'",
    [showIds],
  );
  const [{ active } = { active: 0 }] = await query<{ active: number }>(
    "select count(*)::int as active from tasks where show_id = any($1) and status in ('queued','running')",
    [showIds],
  );
  const attempts = attemptsOf(events, allProcs, runEnd);
  const duplicates = duplicateRuns(attempts);
  const missed = events.map((event) => event.id).filter((id) => !sse.received.has(id));
  const recovered = recoveries(faults, events, sse.activity, runEnd, !timedOut);
  const seconds = recovered
    .filter((entry) => entry.recovered !== null)
    .map((entry) => entry.seconds);
  const paidDuplicates = providers?.duplicateCreates(events) ?? [];

  metric("shows_total", showIds.length);
  metric("shows_finished", finished.size);
  metric("tasks_failed", failed);
  metric("tasks_still_active", active);
  metric("duplicate_runs", duplicates.length);
  metric("duplicate_paid_creates", paidDuplicates.length);
  metric("events_total", events.length);
  metric("events_missed", missed.length);
  metric("sse_connections", sse.connections);
  metric("worker_kills", faults.filter((fault) => fault.type === "worker_kill").length);
  metric("pg_restarts", faults.filter((fault) => fault.type === "pg_restart").length);
  metric("faults_unrecovered", recovered.filter((entry) => entry.recovered === false).length);
  metric("recovery_p50_s", Number(percentile(seconds, 50).toFixed(1)));
  metric("recovery_max_s", Number(Math.max(0, ...seconds).toFixed(1)));
  metric("run_s", Math.round((runEnd - started) / 1000));
  for (const [name, value] of Object.entries(providers?.counts() ?? {})) {
    metric(name, value);
  }

  for (const entry of recovered) {
    say(
      `${entry.fault.type}${entry.fault.workerId ? ` ${entry.fault.workerId} (${entry.fault.heldTasks?.length} held)` : ""}: ${entry.recovered === null ? "nothing left to recover" : entry.recovered ? `moving again after ${entry.seconds.toFixed(1)} s` : "NEVER recovered"}`,
    );
  }
  for (const duplicate of paidDuplicates) {
    say(
      `duplicate paid create: prediction ${duplicate.prediction} for task ${duplicate.taskId ?? "?"}: ${duplicate.why}`,
    );
  }
  for (const showId of showIds.filter((id) => !finished.has(id))) {
    say(`show ${showId} did not finish (no trailer, or its grid misses a current portrait)`);
  }
  await printSummary(current, showIds, events, duplicates, missed);
  await current.end().catch(() => {});

  const lost =
    finished.size < showIds.length ||
    failed > 0 ||
    duplicates.length > 0 ||
    paidDuplicates.length > 0 ||
    missed.length > 0;
  say(lost ? "LOSS: see above" : "no loss");
  return lost ? 1 : 0;
}

void main()
  .catch((error: unknown) => {
    say(
      `harness failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
