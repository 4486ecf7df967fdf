import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { KindRegistry } from "../../src/server/tasks/kind-registry";
import { TaskEngine } from "../../src/server/tasks/task-engine";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import {
  createTestEngine,
  fastConfig,
  silentLogger,
  type TestEngine,
  waitFor,
  waitForStatus,
} from "../helpers/test-engine";
import { waitOrAbort } from "./test-kinds";

const released = { value: false };
const runs: { resumedFrom: unknown }[] = [];
const longKind = defineTaskKind({
  id: "long",
  label: "Long render",
  input: z.object({}),
  timeoutSeconds: 60,
  async handler({ signal, checkpoint, lastCheckpoint }) {
    runs.push({ resumedFrom: lastCheckpoint });
    if (!lastCheckpoint) {
      await checkpoint({ step: 1 }, "First half done");
    }
    while (!released.value) {
      await waitOrAbort(new Promise((resolve) => setTimeout(resolve, 20)), signal);
    }
    return { ok: true };
  },
});

describe("graceful shutdown", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([longKind], { config: { shutdownGraceMs: 200 } });
  });
  afterAll(async () => t.close());

  it("hands a running task to the next worker, which resumes from the checkpoint", async () => {
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "long" });
    await waitFor(async () => (await t.engine.get(task.id)).checkpoint !== null);
    await t.engine.stopWorker();
    const handed = await waitForStatus(t.engine, task.id, "queued");
    expect(handed.events.map((event) => event.type)).toContain("handed_over");

    // Another worker process on the same database and queue picks it up.
    const next = new TaskEngine({
      db: t.testDb.database.db,
      boss: t.boss,
      bus: t.bus,
      kinds: new KindRegistry().register(longKind),
      logger: silentLogger,
      config: fastConfig,
    });
    await next.startWorker();
    released.value = true;
    const done = await waitForStatus(next, task.id, "succeeded");
    await next.stopWorker({ force: true });
    expect(runs.map((run) => run.resumedFrom)).toEqual([null, { step: 1 }]);
    expect(done.events.map((event) => event.type)).toContain("resumed");
  });
});
