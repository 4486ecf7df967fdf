import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createPgNotifyBus } from "../../src/server/events/pg-notify-bus";
import type { TaskBus, TaskBusMessage } from "../../src/server/events/task-bus";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { onPostgres } from "../helpers/test-database";
import { createTestEngine, silentLogger, type TestEngine, waitFor } from "../helpers/test-engine";

const quickKind = defineTaskKind({
  id: "quick",
  label: "Quick",
  input: z.object({}),
  timeoutSeconds: 10,
  async handler({ progress }) {
    progress(0.5, "Halfway");
    return {};
  },
});

// An app server and a worker are different processes: each has its own LISTEN connection, and
// every event a worker commits must reach every app server's SSE streams.
describe.runIf(onPostgres)("LISTEN/NOTIFY task bus", () => {
  let t: TestEngine;
  let appServerBus: TaskBus;
  beforeAll(async () => {
    t = await createTestEngine([quickKind]);
    appServerBus = await createPgNotifyBus(t.testDb.url!, t.testDb.database.pool!, silentLogger);
  });
  afterAll(async () => {
    await appServerBus.close();
    await t.close();
  });

  it("delivers a worker's events, in order, to another connection", async () => {
    const received: TaskBusMessage[] = [];
    appServerBus.subscribe((message) => received.push(message));
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "quick" });
    await waitFor(async () =>
      received.some(
        (message) =>
          message.type === "event" &&
          message.event.type === "succeeded" &&
          message.task.id === task.id,
      ),
    );
    const events = received.filter(
      (message) => message.type === "event" && message.task.id === task.id,
    );
    const ids = events.map((message) => (message.type === "event" ? message.event.id : 0));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(events.map((message) => (message.type === "event" ? message.event.type : ""))).toEqual(
      expect.arrayContaining(["requested", "started", "succeeded"]),
    );
  });
});
