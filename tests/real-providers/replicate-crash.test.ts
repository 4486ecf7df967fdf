import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { type Database, openDatabase } from "../../src/server/db/client";
import { assets, characters, tasks } from "../../src/server/db/schema";
import { type ReplicateFake, replicateErrors, startReplicateFake } from "../fakes/replicate-fake";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { createTestContainer } from "../helpers/test-container";
import { createTestDatabase, onPostgres } from "../helpers/test-database";
import { fastConfig, silentLogger, waitFor, waitForStatus } from "../helpers/test-engine";
import {
  characterVideoRequest,
  type ReplicateVideoShow,
  showReadyForReplicateVideo,
} from "./show-setup";

const entry = "tests/fixtures/worker-process.ts";
/** The worker process asks for the character video itself, before it starts working. */
const requestCharacterVideo = ({ showId, characterId }: ReplicateVideoShow) => ({
  REQUEST_KIND: `character_video:${characterId}`,
  REQUEST_SHOW_ID: showId,
});
const apiToken = "r8_crash_test";
/** Veo 3.1, 8 s with audio: $0.40 a second. */
const characterVideoUsd = 3.2;

type Line = Record<string, unknown>;
const characterVideoEvent = (type: string) => (line: Line) =>
  line.type === type && line.kind === "character_video";

describe("a Replicate character video survives its worker being killed mid-prediction", () => {
  let replicate: ReplicateFake;
  const children: ChildWorker[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-replicate-crash-"));
  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken });
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

  /** The show is developed offline by a container of this process, closed before the workers run. */
  async function prepareShow(database?: Database): Promise<ReplicateVideoShow> {
    const container = await createContainer({
      env: parseEnv({ DATA_DIR: dataDir }),
      logger: silentLogger,
      engineConfig: fastConfig,
      worker: true,
      ...(database ? { database } : {}),
    });
    try {
      return await showReadyForReplicateVideo(container.engine);
    } finally {
      await container.close();
    }
  }

  /**
   * Kills the first worker once the prediction is processing, with the second worker already
   * running beside it ("alongside", PostgreSQL) or started after it died ("after": an embedded
   * database has one owner), and lets the second finish the task.
   */
  async function crashAndResume(
    first: ChildWorker,
    startSecond: () => ChildWorker,
    secondStarts: "alongside" | "after",
  ): Promise<{ predictionId: string; second: ChildWorker }> {
    await first.waitForLine(characterVideoEvent("checkpoint"));
    const [predictionId] = [...replicate.predictions.keys()];
    await waitFor(
      async () => replicate.predictions.get(predictionId!)?.json.status === "processing",
    );
    const alongside = secondStarts === "alongside" ? startSecond() : null;
    await first.kill("SIGKILL");
    const second = alongside ?? startSecond();
    const pollsBefore = replicate.count("predictions.get");

    // The resumed attempt polls the prediction the dead worker created, and creates none.
    await waitFor(async () => replicate.count("predictions.get") > pollsBefore, 30_000);
    const polled = replicate.requests.slice(-1)[0]?.path;
    expect(polled).toBe(`/v1/predictions/${predictionId}`);
    await replicate.finish(predictionId!);
    await second.waitForLine(characterVideoEvent("succeeded"));
    await second.kill("SIGTERM");
    expect(replicate.count("predictions.create")).toBe(1);
    return { predictionId: predictionId!, second };
  }

  async function expectVideoSaved(
    database: Database,
    { showId, characterId }: ReplicateVideoShow,
    predictionId: string,
  ) {
    const { db } = database;
    const videoTask = (await db.select().from(tasks).where(eq(tasks.showId, showId))).find(
      (row) => row.kind === "character_video",
    );
    expect(videoTask).toMatchObject({ status: "succeeded", costUsd: characterVideoUsd });
    expect(videoTask!.checkpoint).toMatchObject({ provider: "replicate", jobId: predictionId });
    const [character] = await db.select().from(characters).where(eq(characters.id, characterId));
    const [asset] = await db.select().from(assets).where(eq(assets.id, character!.videoAssetId!));
    expect(asset).toMatchObject({
      provider: "replicate",
      model: "google/veo-3.1",
      mime: "video/mp4",
    });
    const file = path.join(dataDir, "media", asset!.storageKey);
    expect(fs.readFileSync(file).subarray(4, 8).toString("ascii")).toBe("ftyp");
  }

  it.runIf(onPostgres)(
    "PostgreSQL: another worker process takes the task over and polls the same prediction",
    async () => {
      const testDb = await createTestDatabase();
      try {
        replicate.planNextPrediction({ pollsUntilDone: 100_000 });
        const show = await prepareShow(testDb.database);
        const shared = { DATABASE_URL: testDb.url! };
        const first = spawnWorker({ ...shared, ...requestCharacterVideo(show) });
        const { predictionId, second } = await crashAndResume(
          first,
          () => spawnWorker(shared),
          "alongside",
        );
        expect(second.lines.some((line) => line.type === "worker_lost")).toBe(true);
        await expectVideoSaved(testDb.database, show, predictionId);
      } finally {
        await testDb.drop();
      }
    },
  );

  it.skipIf(onPostgres)(
    "PGlite: the restarted app resumes the task and polls the same prediction",
    async () => {
      replicate.planNextPrediction({ pollsUntilDone: 100_000 });
      const show = await prepareShow();
      const first = spawnWorker(requestCharacterVideo(show));
      const { predictionId, second } = await crashAndResume(first, () => spawnWorker({}), "after");
      expect(second.lines.some((line) => line.type === "resumed")).toBe(true);
      const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
      try {
        await expectVideoSaved(database, show, predictionId);
      } finally {
        await database.close();
      }
    },
  );
});

describe("a Replicate 429 with Retry-After", () => {
  it("is honoured by the engine's retry: the delay is at least what Replicate asked for", async () => {
    const replicate = await startReplicateFake({ apiToken });
    const t = await createTestContainer({
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      PROVIDER_POLL_INTERVAL_MS: "50",
    });
    try {
      const { engine } = t.container;
      const show = await showReadyForReplicateVideo(engine);
      // Longer than the video's own backoff (10 s base: 5–10 s on the first retry).
      const retryAfterSeconds = 12;
      replicate.script("predictions.create", replicateErrors.throttled(retryAfterSeconds));
      const { task } = await engine.request(characterVideoRequest(show));

      const retry = await waitFor(async () =>
        (await engine.get(task.id)).events.find((event) => event.type === "retry"),
      );
      const retriedAt = Date.now();
      const delaySeconds = Number(retry.message.match(/Retrying in ([\d.]+)s/)?.[1]);
      expect(retry.message).toMatch(/^Replicate is throttling requests/);
      expect(delaySeconds).toBeGreaterThanOrEqual(retryAfterSeconds);

      await waitFor(async () => replicate.count("predictions.create") === 2, 30_000);
      // The event is written a moment after the 429 arrived, so allow that moment.
      expect(Date.now() - retriedAt).toBeGreaterThanOrEqual(retryAfterSeconds * 1000 - 1_000);
      const done = await waitForStatus(engine, task.id, "succeeded", 20_000);
      // Waiting out a rate limit spends no attempt.
      expect(done).toMatchObject({ attempt: 1, costUsd: characterVideoUsd });
    } finally {
      await t.close();
      await replicate.close();
    }
  });
});
