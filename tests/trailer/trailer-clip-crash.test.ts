import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { type Database, openDatabase } from "../../src/server/db/client";
import { shows, tasks } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { shotClipConcurrency } from "../../src/server/pipeline/kinds/shot-clip-kind";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { createShow } from "../../src/server/shows/create-show";
import { requestTrailerCut } from "../../src/server/shows/request-trailer-cut";
import { createLocalMediaStore } from "../../src/server/storage/local-media-store";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { createTestDatabase, onPostgres } from "../helpers/test-database";
import { fastConfig, silentLogger, waitFor } from "../helpers/test-engine";
import { clipCreates, clipModel, inputOf, storedTrailer } from "./replicate-trailer-fixtures";

const entry = "tests/fixtures/worker-process.ts";
const apiToken = "r8_trailer_clip_crash";
type Line = Record<string, unknown>;
const event = (type: string, kind: string) => (line: Line) =>
  line.type === type && line.kind === kind;

interface Prepared {
  showId: string;
  /** The picture shots' actions, which each clip's prompt names. */
  actions: string[];
}

/**
 * A trailer re-cut on Veo 3.1 whose worker is killed with SIGKILL while its shot clips' predictions
 * run at Replicate: another worker takes the clips over, polls the predictions the dead one created
 * (their ids were checkpointed) and cuts the trailer. One create per picture shot, none twice.
 */
describe("the trailer's paid clips survive their worker being killed mid-prediction", () => {
  let replicate: ReplicateFake;
  const children: ChildWorker[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-trailer-clip-crash-"));
  beforeAll(async () => {
    // Every prediction runs until the test finishes it, unless planned otherwise.
    replicate = await startReplicateFake({ apiToken, defaultPlan: { pollsUntilDone: 100_000 } });
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill("SIGKILL")));
    await replicate.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const spawnWorker = (env: Record<string, string>) => {
    const child = spawnChildWorker(entry, {
      DATA_DIR: dataDir,
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "100",
      ...env,
    });
    children.push(child);
    return child;
  };

  const openContainer = (worker: boolean, database?: Database) =>
    createContainer({
      env: parseEnv({ DATA_DIR: dataDir }),
      logger: silentLogger,
      engineConfig: fastConfig,
      worker,
      ...(database ? { database } : {}),
    });

  /**
   * An offline show carried by autopilot to its first trailer; then its video setting is switched
   * to Veo 3.1 on Replicate and "Cut trailer" asks for a clip of each picture shot. The containers
   * are closed before the workers run (an embedded database has one owner), so the clips wait,
   * queued, for the first worker.
   */
  async function prepareRecut(database?: Database): Promise<Prepared> {
    let showId: string;
    const developer = await openContainer(true, database);
    try {
      const show = await createShow(developer.engine, {
        premise: "A night-train conductor keeps punching tickets for a station that burned down",
        autopilot: true,
        settings: { characterCount: 1, autopilotThrough: "trailer" },
      });
      showId = show.id;
      const { failed } = await driveShow(developer.engine, showId, {
        extras: false,
        idleTimeoutMs: 90_000,
      });
      expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    } finally {
      await developer.close();
    }
    const requester = await openContainer(false, database);
    try {
      const { db, engine } = requester;
      const [row] = await db.select().from(shows).where(eq(shows.id, showId));
      expect(row?.trailerAssetId).toBeTruthy();
      const video = { provider: "replicate", model: clipModel };
      await db
        .update(shows)
        .set({ settings: { ...(row!.settings as object), video, paidVideosConfirmed: true } })
        .where(eq(shows.id, showId));
      const { requested } = await requestTrailerCut(engine, showId);
      const pictures = (await loadTrailerPlan(db, showId)).plan.shots.filter((s) => !s.isCard);
      expect(requested.map((task) => task.kind)).toEqual(pictures.map(() => "shot_clip"));
      const actions = pictures.map((shot) => shot.spec.action);
      // Each clip's prompt names its shot's action: no two shots may share one.
      expect(new Set(actions).size).toBe(actions.length);
      return { showId, actions };
    } finally {
      await requester.close();
    }
  }

  /**
   * The first worker starts the clips (`shotClipConcurrency` at a time) and is killed once all of
   * those have checkpointed their predictions, which are still processing; the second resumes
   * them, and the test lets every later prediction finish on its second poll.
   */
  async function crashAndResume(
    env: Record<string, string>,
    prepared: Prepared,
    secondStarts: "alongside" | "after",
  ) {
    const first = spawnWorker(env);
    await waitFor(async () => {
      const checkpoints = first.lines.filter(event("checkpoint", "shot_clip")).length;
      return (
        checkpoints === Math.min(shotClipConcurrency, prepared.actions.length) &&
        replicate.predictions.size === checkpoints &&
        [...replicate.predictions.values()].every((p) => p.json.status === "processing")
      );
    }, 120_000);
    const killed = [...replicate.predictions.keys()];
    const killedActions = prepared.actions.filter((action) =>
      killed.some((id) =>
        String(replicate.predictions.get(id)!.json.input.prompt).includes(action),
      ),
    );
    expect(killedActions).toHaveLength(killed.length);
    // Later predictions finish on their second poll (planned before any other worker can create).
    for (const _ of prepared.actions) {
      replicate.planNextPrediction({ pollsUntilDone: 2 });
    }
    const alongside = secondStarts === "alongside" ? spawnWorker(env) : null;
    await first.kill("SIGKILL");
    const afterKill = replicate.requests.length;
    const second = alongside ?? spawnWorker(env);
    // The resumed clips poll the predictions the dead worker created, and submit none again.
    const polled = (id: string) =>
      replicate.requests
        .slice(afterKill)
        .some((request) => request.path === `/v1/predictions/${id}`);
    const submittedAgain = () =>
      clipCreates(replicate).filter((request) =>
        killedActions.some((action) => inputOf(request).prompt.includes(action)),
      ).length - killedActions.length;
    await waitFor(async () => killed.every(polled) || submittedAgain() > 0, 120_000);
    expect(submittedAgain(), "a killed shot's clip submitted again").toBe(0);
    for (const id of killed) {
      await replicate.finish(id);
    }
    await second.waitForLine(event("succeeded", "trailer"), 400_000);
    await second.kill("SIGTERM");
    return { killed, second };
  }

  async function expectOneCreatePerShot(database: Database, prepared: Prepared, killed: string[]) {
    const creates = clipCreates(replicate);
    expect(creates).toHaveLength(prepared.actions.length);
    for (const action of prepared.actions) {
      const mine = creates.filter((request) => inputOf(request).prompt.includes(action));
      expect(mine, `creates for "${action}"`).toHaveLength(1);
    }
    const { db } = database;
    const clipTasks = (await db.select().from(tasks).where(eq(tasks.showId, prepared.showId)))
      .filter((row) => row.kind === "shot_clip")
      .filter((row) => row.status === "succeeded");
    expect(clipTasks).toHaveLength(prepared.actions.length);
    const jobIds = clipTasks.map((row) => (row.checkpoint as { jobId?: string } | null)?.jobId);
    expect(new Set(jobIds)).toEqual(new Set(replicate.predictions.keys()));
    // The clips the dead worker started were saved from its own predictions.
    expect(killed.every((id) => jobIds.includes(id))).toBe(true);
    const media = createLocalMediaStore(path.join(dataDir, "media"));
    const { show, pictureOf } = await storedTrailer(db, media, prepared.showId);
    expect(show.trailerWanted).toBe(false);
    const clipPaths = [...pictureOf.values()].filter((file) => /-clip\.mp4$/.test(file));
    expect(clipPaths).toHaveLength(prepared.actions.length);
  }

  it.runIf(onPostgres)(
    "PostgreSQL: another worker takes the clips over and polls the same predictions",
    async () => {
      const testDb = await createTestDatabase();
      try {
        const prepared = await prepareRecut(testDb.database);
        const { killed, second } = await crashAndResume(
          { DATABASE_URL: testDb.url! },
          prepared,
          "alongside",
        );
        expect(second.lines.some((line) => line.type === "worker_lost")).toBe(true);
        await expectOneCreatePerShot(testDb.database, prepared, killed);
      } finally {
        await testDb.drop();
      }
    },
    900_000,
  );

  it.skipIf(onPostgres)(
    "PGlite: the restarted app resumes the clips and polls the same predictions",
    async () => {
      const prepared = await prepareRecut();
      const { killed, second } = await crashAndResume({}, prepared, "after");
      expect(second.lines.some((line) => line.type === "resumed")).toBe(true);
      const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
      try {
        await expectOneCreatePerShot(database, prepared, killed);
      } finally {
        await database.close();
      }
    },
    900_000,
  );
});
