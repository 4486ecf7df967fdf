import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as streamRoute from "../../src/app/api/tasks/stream/route";
import { createApiKey } from "../../src/server/auth/api-keys";
import { createOwner } from "../../src/server/auth/create-owner";
import { getAuth } from "../../src/server/auth/get-auth";
import { setContainer } from "../../src/server/container";
import { createTaskStream } from "../../src/server/events/task-stream";
import { defineTaskKind } from "../../src/server/tasks/task-kind";
import { collectSse, readSse } from "../helpers/sse";
import { createTestContainer } from "../helpers/test-container";
import { createTestEngine, type TestEngine, waitFor, waitForStatus } from "../helpers/test-engine";

const quickKind = defineTaskKind({
  id: "quick",
  label: "Quick",
  input: z.object({}),
  timeoutSeconds: 30,
  async handler() {
    return {};
  },
});

describe("live stream caps", () => {
  it("caps streams per client and in all with 503 and Retry-After, and frees slots on close", async () => {
    const app = await createTestContainer({
      SSE_MAX_STREAMS: "3",
      SSE_MAX_STREAMS_PER_CLIENT: "2",
    });
    setContainer(app.container);
    const open = (ip: string) => {
      const abort = new AbortController();
      const response = streamRoute.GET(
        new Request("http://localhost/api/tasks/stream", {
          headers: { "x-forwarded-for": ip },
          signal: abort.signal,
        }),
      );
      return { response, abort };
    };
    const a1 = open("198.51.100.1");
    const a2 = open("198.51.100.1");
    expect((await a1.response).status).toBe(200);
    expect((await a2.response).status).toBe(200);
    const a3 = await open("198.51.100.1").response;
    expect(a3.status).toBe(503);
    expect(Number(a3.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await a3.json()) as { error: { message: string } }).error.message).toMatch(
      /Too many live task streams from one client/,
    );
    const b1 = open("198.51.100.2");
    expect((await b1.response).status).toBe(200);
    const c1 = await open("198.51.100.3").response;
    expect(c1.status).toBe(503);
    expect(((await c1.json()) as { error: { message: string } }).error.message).toMatch(
      /as many live task streams as it can hold/,
    );
    a1.abort.abort();
    const again = open("198.51.100.3");
    expect((await again.response).status).toBe(200);
    for (const stream of [a2, b1, again]) {
      stream.abort.abort();
    }
    setContainer(null);
    await app.close();
  });
  it("caps one account's streams across addresses", async () => {
    const app = await createTestContainer({ SSE_MAX_STREAMS_PER_CLIENT: "2" });
    setContainer(app.container);
    const auth = await getAuth(app.container);
    const { userId } = await createOwner(auth, app.container.db, {
      email: "owner@example.com",
      password: "correct horse battery",
      name: "Owner",
    });
    const authorization = `Bearer ${(await createApiKey(auth, userId, "tests")).key}`;
    const aborts: AbortController[] = [];
    const open = async (ip: string) => {
      const abort = new AbortController();
      aborts.push(abort);
      return streamRoute.GET(
        new Request("http://localhost/api/tasks/stream", {
          headers: { "x-forwarded-for": ip, authorization },
          signal: abort.signal,
        }),
      );
    };
    expect((await open("192.0.2.1")).status).toBe(200);
    expect((await open("192.0.2.2")).status).toBe(200);
    expect((await open("192.0.2.3")).status).toBe(503);
    for (const abort of aborts) {
      abort.abort();
    }
    setContainer(null);
    await app.close();
  });
});

describe("live stream buffering and replay", () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await createTestEngine([quickKind]);
  });
  afterAll(async () => {
    await t.close();
  });

  it("drops a client that stops reading instead of buffering for it", async () => {
    let closed = false;
    const abort = new AbortController();
    const stream = createTaskStream({
      engine: t.engine,
      signal: abort.signal,
      maxBufferBytes: 16 * 1024,
      onClose: () => {
        closed = true;
      },
    });
    const reader = stream.getReader();
    await reader.read(); // the stream has started; from now on the client reads nothing
    const { task } = await t.engine.request({ showId: randomUUID(), kind: "quick" });
    await waitForStatus(t.engine, task.id, "succeeded");
    // Progress ticks of many busy tasks: far more than the bound, none of them read. (Distinct
    // payloads: PostgreSQL delivers identical notifications of one transaction only once.)
    for (let tick = 0; tick < 200; tick++) {
      const big = { ...task, id: randomUUID(), stage: "x".repeat(1_000) };
      t.engine.deps.bus.publish({ type: "progress", task: big });
    }
    // On PostgreSQL the ticks come back through LISTEN/NOTIFY a moment later.
    await waitFor(async () => closed || null, 10_000);
    expect(closed).toBe(true);
    await expect(
      (async () => {
        for (;;) {
          const { done } = await reader.read();
          if (done) {
            return "ended";
          }
        }
      })(),
    ).rejects.toThrow(/did not read its stream/);
    abort.abort();
  });

  it("replays a recent resume but answers a far older one with a fresh snapshot only", async () => {
    const showId = randomUUID();
    // A position before everything, then a handful of finished tasks' events.
    const first = readSse(
      createTaskStream({ engine: t.engine, showId, signal: new AbortController().signal }),
    );
    const [start] = await collectSse(first, () => true);
    for (let index = 0; index < 3; index++) {
      const { task } = await t.engine.request({ showId, kind: "quick" });
      await waitForStatus(t.engine, task.id, "succeeded");
    }
    const resume = async (lastEventId: string, replayLimit: number) => {
      const abort = new AbortController();
      const frames = readSse(
        createTaskStream({
          engine: t.engine,
          showId,
          lastEventId,
          replayLimit,
          signal: abort.signal,
        }),
      );
      const got = await collectSse(frames, (frame) => frame.id !== undefined);
      abort.abort();
      return got.map((frame) => frame.event);
    };
    const recent = await resume(start!.id!, 100);
    expect(recent[0]).toBe("snapshot");
    expect(recent.filter((event) => event === "task").length).toBeGreaterThanOrEqual(6);
    // `?lastEventId=0` (or any position older than the last replayLimit events): no history.
    expect(await resume("0", 5)).toEqual(["snapshot"]);
    expect(await resume(start!.id!, 5)).toEqual(["snapshot"]);
  });
});
