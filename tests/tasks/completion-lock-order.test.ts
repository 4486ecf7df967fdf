import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Tx } from "../../src/server/db/client";
import { shows, taskEvents, tasks } from "../../src/server/db/schema";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { onPostgres } from "../helpers/test-database";
import { createTestEngine, type TestEngine, waitFor } from "../helpers/test-engine";
import { createGate } from "./test-kinds";

/**
 * The interleaving that deadlocked the portrait grid and the poster, forced step by step: the
 * poster's completion has marked its task row and is about to point the show at its image; the
 * grid's completion has updated the show and now asks for a poster, whose index entry is the row
 * the poster's transaction holds. Each waits for the other unless completions take the show row
 * first. Gates time out, so the test also finishes when the lock order keeps them apart.
 */
const steps = {
  posterHoldsItsRow: createGate(),
  gridHoldsShow: createGate(),
  releaseHandlers: createGate(),
};
const within = (gate: { opened: Promise<void> }, ms: number) =>
  Promise.race([gate.opened, new Promise((resolve) => setTimeout(resolve, ms))]);
const touchShow = (tx: Tx, showId: string) =>
  tx.update(shows).set({ updatedAt: sql`now()` }).where(eq(shows.id, showId));

const posterLike = () =>
  defineTaskKind({
    id: "poster_like",
    label: "Poster",
    input: z.object({}).passthrough(),
    timeoutSeconds: 30,
    async handler() {
      await steps.releaseHandlers.opened;
      return {};
    },
    async onSucceeded({ scope, task }) {
      steps.posterHoldsItsRow.open();
      await within(steps.gridHoldsShow, 400);
      await touchShow(scope.tx, task.showId);
      return [];
    },
  });

const gridLike = defineTaskKind({
  id: "grid_like",
  label: "Grid",
  input: z.object({}).passthrough(),
  timeoutSeconds: 30,
  async handler() {
    await steps.releaseHandlers.opened;
    await within(steps.posterHoldsItsRow, 400);
    return {};
  },
  async onSucceeded({ scope, task }) {
    await touchShow(scope.tx, task.showId);
    steps.gridHoldsShow.open();
    await within(steps.posterHoldsItsRow, 400);
    return [{ kind: "poster_like" }];
  },
});

describe.runIf(onPostgres)("completion lock order", () => {
  let harness: TestEngine;
  beforeAll(async () => {
    harness = await createTestEngine([posterLike(), gridLike]);
  });
  afterAll(() => harness.close());

  it("a grid and a poster completing together both succeed", async () => {
    const db = harness.testDb.database.db;
    const showId = randomUUID();
    await db.insert(shows).values({ id: showId, slug: `lock-${showId}`, premise: "locks" });
    const poster = await harness.engine.request({ showId, kind: "poster_like" });
    const grid = await harness.engine.request({ showId, kind: "grid_like" });
    steps.releaseHandlers.open();
    const rows = await waitFor(async () => {
      const current = await db.select().from(tasks).where(eq(tasks.showId, showId));
      const settled = [poster.task.id, grid.task.id].every((id) =>
        current.some((row) => row.id === id && row.status !== "queued" && row.status !== "running"),
      );
      return settled ? current : null;
    }, 15_000);
    const outcome = (id: string) => rows.find((row) => row.id === id);
    // One attempt each: the finished work was kept, not thrown away and made again.
    const summary = (id: string) => {
      const row = outcome(id);
      return [row?.status, row?.attempt, row?.error];
    };
    expect({ poster: summary(poster.task.id), grid: summary(grid.task.id) }).toEqual({
      poster: ["succeeded", 1, null],
      grid: ["succeeded", 1, null],
    });
    const retries = await db
      .select()
      .from(taskEvents)
      .where(and(eq(taskEvents.showId, showId), eq(taskEvents.type, "retry")));
    expect(retries.map((event) => event.message)).toEqual([]);
  });
});
