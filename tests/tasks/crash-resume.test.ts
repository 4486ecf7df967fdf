import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/client";
import { taskEvents, tasks } from "../../src/server/db/schema";
import { startCountingProvider } from "../fixtures/counting-provider";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { createTestDatabase, onPostgres, type TestDatabase } from "../helpers/test-database";
import { waitFor } from "../helpers/test-engine";

const entry = "tests/fixtures/worker-process.ts";
const isCheckpoint = (line: Record<string, unknown>) => line.type === "checkpoint";
const isSucceeded = (line: Record<string, unknown>) => line.type === "succeeded";

describe("a worker killed with SIGKILL mid-task", () => {
  let provider: Awaited<ReturnType<typeof startCountingProvider>>;
  const children: ChildWorker[] = [];
  beforeAll(async () => {
    provider = await startCountingProvider();
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill("SIGKILL")));
    await provider.close();
  });

  it.runIf(onPostgres)(
    "is resumed from its checkpoint by another worker; the provider saw one submission",
    async () => {
      const testDb: TestDatabase = await createTestDatabase();
      try {
        const showId = randomUUID();
        const first = spawnChildWorker(entry, {
          DATABASE_URL: testDb.url!,
          PROVIDER_URL: provider.url,
          REQUEST_SHOW_ID: showId,
          REQUEST_KIND: "paid_render",
        });
        children.push(first);
        await first.waitForLine(isCheckpoint);
        await first.kill("SIGKILL");

        const second = spawnChildWorker(entry, {
          DATABASE_URL: testDb.url!,
          PROVIDER_URL: provider.url,
        });
        children.push(second);
        const db = testDb.database.db;
        // The reaper of the second worker notices the silent heartbeat and queues a resume.
        await waitFor(async () => {
          const rows = await db.select().from(taskEvents).where(eq(taskEvents.showId, showId));
          return rows.some((row) => row.type === "resumed");
        });
        provider.finishAll();
        await second.waitForLine(isSucceeded);
        await second.kill("SIGTERM");

        const [task] = await db.select().from(tasks).where(eq(tasks.showId, showId));
        expect(task!.status).toBe("succeeded");
        expect(task!.result).toEqual({ jobId: "job_1" });
        expect(provider.submissions).toBe(1);
        const types = (
          await db.select().from(taskEvents).where(eq(taskEvents.taskId, task!.id))
        ).map((row) => row.type);
        expect(types).toEqual(
          expect.arrayContaining(["checkpoint", "worker_lost", "resumed", "succeeded"]),
        );
      } finally {
        await testDb.drop();
      }
    },
  );

  it.skipIf(onPostgres)(
    "is resumed when the embedded app restarts on the same data directory",
    async () => {
      const submissionsBefore = provider.submissions;
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-crash-"));
      try {
        const showId = randomUUID();
        const first = spawnChildWorker(entry, {
          DATA_DIR: dataDir,
          PROVIDER_URL: provider.url,
          REQUEST_SHOW_ID: showId,
          REQUEST_KIND: "paid_render",
        });
        children.push(first);
        await first.waitForLine(isCheckpoint);
        await first.kill("SIGKILL");

        const second = spawnChildWorker(entry, { DATA_DIR: dataDir, PROVIDER_URL: provider.url });
        children.push(second);
        await second.waitForLine((line) => line.type === "resumed");
        provider.finishAll();
        await second.waitForLine(isSucceeded);
        await second.kill("SIGTERM");

        expect(provider.submissions - submissionsBefore).toBe(1);
        const database = await openDatabase({ kind: "pglite", dataDir: path.join(dataDir, "db") });
        const [task] = await database.db.select().from(tasks).where(eq(tasks.showId, showId));
        await database.close();
        expect(task).toMatchObject({
          status: "succeeded",
          result: { jobId: `job_${submissionsBefore + 1}` },
        });
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
