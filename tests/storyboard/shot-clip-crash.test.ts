import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { type Database, openDatabase } from "../../src/server/db/client";
import { assets, shots, shows, tasks } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { episodeSequence, loadSequenceShots } from "../../src/server/shows/shot-records";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { createTestDatabase, onPostgres } from "../helpers/test-database";
import { fastConfig, silentLogger, waitFor, waitForStatus } from "../helpers/test-engine";
import { episodeOne } from "./storyboard-fixtures";

const entry = "tests/fixtures/worker-process.ts";
const apiToken = "r8_shot_clip_crash";
const clipModel = "kwaivgi/kling-v2.1";
type Line = Record<string, unknown>;
const clipEvent = (type: string) => (line: Line) => line.type === type && line.kind === "shot_clip";

/**
 * A paid shot clip (Kling 2.1 animating the shot's frame) whose worker is killed with SIGKILL
 * while the prediction runs: the task resumes in another worker and saves the clip from the
 * prediction the dead one created. One create, one clip, the shot pointing at it.
 */
describe("a paid shot clip survives its worker being killed mid-prediction", () => {
  let replicate: ReplicateFake;
  const children: ChildWorker[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-shot-clip-crash-"));
  beforeAll(async () => {
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

  /**
   * An offline show (developed to its dossiers) with episode 1's script and the first shot's frame, whose video setting is
   * then switched to Kling on Replicate; developed by a container that is closed before the
   * workers run (an embedded database has one owner).
   */
  async function prepareShot(database?: Database): Promise<{ showId: string; shotId: string }> {
    const container = await createContainer({
      env: parseEnv({ DATA_DIR: dataDir }),
      logger: silentLogger,
      engineConfig: fastConfig,
      worker: true,
      ...(database ? { database } : {}),
    });
    try {
      const { engine, db } = container;
      const show = await createShow(engine, {
        premise: "A lighthouse keeper's daughter runs a pirate radio station from the lamp room",
        autopilot: false,
        settings: { characterCount: 1 },
      });
      await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
      await engine.request({ showId: show.id, kind: "episodes", title: "Season" });
      await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 60_000 });
      const episode = await episodeOne(engine, show.id);
      const script = await engine.request({
        showId: show.id,
        kind: "episode_script",
        target: episode.id,
      });
      await waitForStatus(engine, script.task.id, "succeeded", 120_000);
      const [first] = await loadSequenceShots(db, show.id, episodeSequence(episode.id));
      const frame = await engine.request({
        showId: show.id,
        kind: "storyboard_frame",
        target: first!.id,
      });
      await waitForStatus(engine, frame.task.id, "succeeded", 120_000);
      const [row] = await db.select().from(shows).where(eq(shows.id, show.id));
      await db
        .update(shows)
        .set({
          settings: {
            ...(row!.settings as object),
            video: { provider: "replicate", model: clipModel },
          },
        })
        .where(eq(shows.id, show.id));
      return { showId: show.id, shotId: first!.id };
    } finally {
      await container.close();
    }
  }

  async function crashAndResume(
    env: Record<string, string>,
    showId: string,
    shotId: string,
    secondStarts: "alongside" | "after",
  ): Promise<{ predictionId: string; second: ChildWorker }> {
    const first = spawnWorker({
      ...env,
      REQUEST_SHOW_ID: showId,
      REQUEST_KIND: `shot_clip:${shotId}`,
    });
    await first.waitForLine(clipEvent("checkpoint"), 60_000);
    const [predictionId] = [...replicate.predictions.keys()];
    await waitFor(
      async () => replicate.predictions.get(predictionId!)?.json.status === "processing",
      30_000,
    );
    const alongside = secondStarts === "alongside" ? spawnWorker(env) : null;
    await first.kill("SIGKILL");
    const second = alongside ?? spawnWorker(env);
    const pollsBefore = replicate.count("predictions.get");
    // The resumed attempt polls the prediction the dead worker created, and creates none.
    await waitFor(async () => replicate.count("predictions.get") > pollsBefore, 60_000);
    expect(replicate.requests.at(-1)?.path).toBe(`/v1/predictions/${predictionId}`);
    await replicate.finish(predictionId!);
    await second.waitForLine(clipEvent("succeeded"), 60_000);
    await second.kill("SIGTERM");
    return { predictionId: predictionId!, second };
  }

  async function expectOneClip(
    database: Database,
    showId: string,
    shotId: string,
    predictionId: string,
  ) {
    const { db } = database;
    const creates = replicate.requests.filter((request) => request.route === "predictions.create");
    expect(creates).toHaveLength(1);
    expect(creates[0]!.path).toBe(`/v1/models/${clipModel}/predictions`);
    const [shot] = await db.select().from(shots).where(eq(shots.id, shotId));
    const [frame] = await db.select().from(assets).where(eq(assets.id, shot!.frameAssetId!));
    // The clip animates the shot's own frame.
    const framePng = fs.readFileSync(path.join(dataDir, "media", frame!.storageKey));
    const input = (creates[0]!.json as { input: Record<string, unknown> }).input;
    // A frame over Replicate's 1 MB data-URI limit goes as a smaller JPEG.
    if (framePng.byteLength <= 1_000_000) {
      expect(input.start_image).toBe(`data:image/png;base64,${framePng.toString("base64")}`);
    } else {
      expect(String(input.start_image)).toMatch(/^data:image\/jpeg;base64,/);
    }
    const clipTask = (await db.select().from(tasks).where(eq(tasks.showId, showId))).find(
      (row) => row.kind === "shot_clip",
    );
    expect(clipTask).toMatchObject({ status: "succeeded" });
    expect(clipTask!.checkpoint).toMatchObject({ provider: "replicate", jobId: predictionId });
    expect(clipTask!.costUsd).toBeGreaterThan(0);
    expect(shot!.clipAssetId).not.toBeNull();
    const clips = (await db.select().from(assets).where(eq(assets.showId, showId))).filter(
      (row) => row.kind === "shot_clip",
    );
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      id: shot!.clipAssetId,
      provider: "replicate",
      model: clipModel,
      mime: "video/mp4",
      shotId,
    });
    const clipFile = fs.readFileSync(path.join(dataDir, "media", clips[0]!.storageKey));
    expect(clipFile.subarray(4, 8).toString("ascii")).toBe("ftyp");
  }

  it.runIf(onPostgres)(
    "PostgreSQL: another worker takes the clip over and polls the same prediction",
    async () => {
      const testDb = await createTestDatabase();
      try {
        const { showId, shotId } = await prepareShot(testDb.database);
        const { predictionId, second } = await crashAndResume(
          { DATABASE_URL: testDb.url! },
          showId,
          shotId,
          "alongside",
        );
        expect(second.lines.some((line) => line.type === "worker_lost")).toBe(true);
        await expectOneClip(testDb.database, showId, shotId, predictionId);
      } finally {
        await testDb.drop();
      }
    },
    400_000,
  );

  it.skipIf(onPostgres)(
    "PGlite: the restarted app resumes the clip and polls the same prediction",
    async () => {
      const { showId, shotId } = await prepareShot();
      const { predictionId, second } = await crashAndResume({}, showId, shotId, "after");
      expect(second.lines.some((line) => line.type === "resumed")).toBe(true);
      const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
      try {
        await expectOneClip(database, showId, shotId, predictionId);
      } finally {
        await database.close();
      }
    },
    400_000,
  );
});
