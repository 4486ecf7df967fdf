import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../src/server/config/env";
import { createContainer } from "../../src/server/container";
import { type Database, openDatabase } from "../../src/server/db/client";
import { assets, characters } from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { createTestDatabase, onPostgres } from "../helpers/test-database";
import { fastConfig, silentLogger, waitFor } from "../helpers/test-engine";

const entry = "tests/fixtures/worker-process.ts";
const apiToken = "r8_image_crash";
type Line = Record<string, unknown>;

/**
 * Portrait and poster on Replicate's Nano Banana Pro; the worker is killed while both predictions
 * run. Each image must be saved from the prediction created for it: as many creates as images,
 * and never the same input created twice.
 */
describe("Replicate images survive their worker being killed mid-prediction", () => {
  let replicate: ReplicateFake;
  const children: ChildWorker[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-image-crash-"));
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

  async function prepareShow(
    database?: Database,
  ): Promise<{ showId: string; characterId: string }> {
    const container = await createContainer({
      env: parseEnv({ DATA_DIR: dataDir }),
      logger: silentLogger,
      engineConfig: fastConfig,
      worker: true,
      ...(database ? { database } : {}),
    });
    try {
      const show = await createShow(container.engine, {
        premise: "A lighthouse keeper's daughter runs a pirate radio station from the lamp room",
        autopilot: false,
        settings: {
          characterCount: 1,
          image: { provider: "replicate", model: "google/nano-banana-pro" },
        },
      });
      await driveShow(container.engine, show.id, { extras: false, idleTimeoutMs: 20_000 });
      const [character] = await container.db
        .select()
        .from(characters)
        .where(eq(characters.showId, show.id));
      return { showId: show.id, characterId: character!.id };
    } finally {
      await container.close();
    }
  }

  async function crashAndResume(
    env: Record<string, string>,
    showId: string,
    characterId: string,
    secondStarts: "alongside" | "after",
  ): Promise<void> {
    const first = spawnWorker({
      ...env,
      REQUEST_SHOW_ID: showId,
      REQUEST_KIND: `portrait:${characterId},poster`,
    });
    const checkpoints = (line: Line) => line.type === "checkpoint";
    await first.waitForLine(checkpoints);
    await waitFor(async () => first.lines.filter(checkpoints).length >= 2 || undefined, 30_000);
    await waitFor(
      async () =>
        [...replicate.predictions.values()].every((p) => p.json.status === "processing") ||
        undefined,
    );
    const alongside = secondStarts === "alongside" ? spawnWorker(env) : null;
    await first.kill("SIGKILL");
    const second = alongside ?? spawnWorker(env);
    const pollsBefore = replicate.count("predictions.get");
    await waitFor(
      async () => replicate.count("predictions.get") > pollsBefore || undefined,
      30_000,
    );
    for (const id of replicate.predictions.keys()) {
      await replicate.finish(id);
    }
    const saved = (line: Line) =>
      line.type === "succeeded" && (line.kind === "portrait" || line.kind === "poster");
    await waitFor(async () => second.lines.filter(saved).length >= 2 || undefined, 30_000);
    await second.kill("SIGTERM");
  }

  async function expectOneCreatePerImage(database: Database, showId: string) {
    const images = (
      await database.db.select().from(assets).where(eq(assets.showId, showId))
    ).filter((asset) => asset.kind === "portrait" || asset.kind === "poster");
    const creates = replicate.requests.filter((request) => request.route === "predictions.create");
    expect(images.map((asset) => asset.provider)).toEqual(["replicate", "replicate"]);
    expect(creates).toHaveLength(images.length);
    const inputs = creates.map((request) =>
      JSON.stringify((request.json as { input: unknown }).input),
    );
    expect(new Set(inputs).size).toBe(inputs.length);
  }

  it.runIf(onPostgres)(
    "PostgreSQL: another worker takes both images over",
    async () => {
      const testDb = await createTestDatabase();
      try {
        const { showId, characterId } = await prepareShow(testDb.database);
        await crashAndResume({ DATABASE_URL: testDb.url! }, showId, characterId, "alongside");
        await expectOneCreatePerImage(testDb.database, showId);
      } finally {
        await testDb.drop();
      }
    },
    90_000,
  );

  it.skipIf(onPostgres)(
    "PGlite: the restarted app resumes both predictions",
    async () => {
      const { showId, characterId } = await prepareShow();
      await crashAndResume({}, showId, characterId, "after");
      const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
      try {
        await expectOneCreatePerImage(database, showId);
      } finally {
        await database.close();
      }
    },
    90_000,
  );
});
