import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shows, tasks } from "../../src/server/db/schema";
import { contentionKinds } from "../fixtures/contention-kinds";
import { type ChildWorker, spawnChildWorker } from "../helpers/child-worker";
import { onPostgres } from "../helpers/test-database";
import { createTestEngine, type TestEngine, waitFor } from "../helpers/test-engine";

const ROUNDS = 50;
const COMPLETIONS_PER_ROUND = 20;

// Deadlocks need two connections writing at once: PostgreSQL only (PGlite has one connection).
describe.runIf(onPostgres)("completions of one show racing in two processes", () => {
  let local: TestEngine;
  let other: ChildWorker;
  beforeAll(async () => {
    local = await createTestEngine(contentionKinds());
    other = spawnChildWorker("tests/fixtures/contention-worker.ts", {
      DATABASE_URL: local.testDb.url!,
    });
    await other.waitForLine((line) => line.type === "ready");
  });
  afterAll(async () => {
    await other?.kill("SIGKILL");
    await local?.close();
  });

  it(`never deadlock: ${COMPLETIONS_PER_ROUND} at once, ${ROUNDS} times, nothing fails`, async () => {
    const db = local.testDb.database.db;
    const showIds: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const showId = randomUUID();
      showIds.push(showId);
      await db.insert(shows).values({ id: showId, slug: `race-${showId}`, premise: "a race" });
      // Handlers finish a few milliseconds apart, so member completions keep arriving while the
      // summaries they ask for complete: the collisions the grid and the poster had.
      const start = Date.now() + 150;
      await Promise.all(
        Array.from({ length: COMPLETIONS_PER_ROUND }, (_, index) =>
          local.engine.request({
            showId,
            kind: "cast_member",
            target: `m${index}`,
            input: { at: start + index * 5 },
          }),
        ),
      );
      await waitFor(async () => {
        const rows = await db
          .select({ status: tasks.status })
          .from(tasks)
          .where(inArray(tasks.showId, [showId]));
        return (
          rows.length > COMPLETIONS_PER_ROUND &&
          rows.every((row) => row.status !== "queued" && row.status !== "running")
        );
      }, 30_000);
    }
    const rows = await db.select().from(tasks).where(inArray(tasks.showId, showIds));
    const failed = rows.filter((row) => row.status !== "succeeded");
    expect(failed.map((row) => ({ kind: row.kind, error: row.error }))).toEqual([]);
    expect(rows.filter((row) => row.kind === "cast_member")).toHaveLength(
      ROUNDS * COMPLETIONS_PER_ROUND,
    );
    // Both processes did some of the work, so the collisions really crossed processes.
    const workers = new Set(rows.map((row) => row.workerId));
    expect(workers.size).toBeGreaterThanOrEqual(2);
  });
});
