import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as estimatesRoute from "../../src/app/api/estimates/route";
import * as showRoute from "../../src/app/api/shows/[id]/route";
import * as showTasks from "../../src/app/api/shows/[id]/tasks/route";
import * as showRoutes from "../../src/app/api/shows/route";
import * as cancelRoute from "../../src/app/api/tasks/[id]/cancel/route";
import * as retryRoute from "../../src/app/api/tasks/[id]/retry/route";
import * as taskRoute from "../../src/app/api/tasks/[id]/route";
import * as tasksRoute from "../../src/app/api/tasks/route";
import { setContainer } from "../../src/server/container";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitForStatus } from "../helpers/test-engine";

/** Requests carry the owner's API key: the accounts check lets them through to what is tested. */
let owner: TestAccount;
const asOwner = (url: string, init?: RequestInit) => owner.request(url, init);

const base = "http://localhost";
const post = (path: string, body?: unknown) =>
  asOwner(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("HTTP API", () => {
  let t: TestContainer;
  let showId: string;
  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    const created = await showRoutes.POST(
      post("/api/shows", {
        premise: "A jazz detective in 1950s Tokyo",
        autopilot: false,
        settings: { characterCount: 2 },
      }),
    );
    expect(created.status).toBe(201);
    showId = ((await created.json()) as { id: string }).id;
    await driveShow(t.container.engine, showId, { extras: false });
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("rejects a premise that is too short with 400 naming the field", async () => {
    const response = await showRoutes.POST(post("/api/shows", { premise: "no" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "invalid_input", field: "premise" },
    });
  });

  it("rejects a body that is not JSON with 400", async () => {
    const response = await showRoutes.POST(post("/api/shows", "{not json"));
    expect(response.status).toBe(400);
  });

  it("answers 404 for an unknown show and an unknown task", async () => {
    const show = await showRoute.GET(asOwner(`${base}/api/shows/nope`), params({ id: "nope" }));
    expect(show.status).toBe(404);
    const task = await taskRoute.GET(asOwner(`${base}/api/tasks/x`), params({ id: randomUUID() }));
    expect(task.status).toBe(404);
  });

  it("names the field for an unknown kind, a missing target and a foreign target", async () => {
    const unknownKind = await showTasks.POST(
      post(`/api/shows/${showId}/tasks`, { kind: "sitcom" }),
      params({ id: showId }),
    );
    expect(unknownKind.status).toBe(400);
    expect(await unknownKind.json()).toMatchObject({ error: { field: "kind" } });
    const noTarget = await showTasks.POST(
      post(`/api/shows/${showId}/tasks`, { kind: "portrait" }),
      params({ id: showId }),
    );
    expect(await noTarget.json()).toMatchObject({ error: { field: "target" } });
    const foreign = await showTasks.POST(
      post(`/api/shows/${showId}/tasks`, { kind: "portrait", target: randomUUID() }),
      params({ id: showId }),
    );
    expect(foreign.status).toBe(404);
  });

  it("creates a task with 201, returns the active one with 200, then lists and details it", async () => {
    const first = await showTasks.POST(
      post(`/api/shows/${showId}/tasks`, { kind: "episodes" }),
      params({ id: showId }),
    );
    const second = await showTasks.POST(
      post(`/api/shows/${showId}/tasks`, { kind: "episodes" }),
      params({ id: showId }),
    );
    const a = (await first.json()) as { id: string; kind: string; status: string; showId: string };
    const b = (await second.json()) as { id: string };
    expect(first.status).toBe(201);
    expect([200, 201]).toContain(second.status);
    expect(a).toMatchObject({ kind: "episodes", showId, target: null });
    if (second.status === 200) {
      expect(b.id).toBe(a.id);
    }
    await waitForStatus(t.container.engine, a.id, "succeeded");
    const detail = await taskRoute.GET(asOwner(`${base}/api/tasks/${a.id}`), params({ id: a.id }));
    const body = (await detail.json()) as {
      events: { type: string; message: string; at: string; id: number }[];
    };
    expect(body.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["requested", "started", "succeeded"]),
    );
    const list = await tasksRoute.GET(asOwner(`${base}/api/tasks?status=active&showId=${showId}`));
    const { tasks } = (await list.json()) as { tasks: { id: string }[] };
    expect(tasks.map((task) => task.id)).toContain(a.id);

    const cancel = await cancelRoute.POST(post(`/api/tasks/${a.id}/cancel`), params({ id: a.id }));
    expect(cancel.status).toBe(409);
    expect(((await cancel.json()) as { error: { message: string } }).error.message).toMatch(
      /already succeeded/,
    );
    const retry = await retryRoute.POST(post(`/api/tasks/${a.id}/retry`), params({ id: a.id }));
    expect(retry.status).toBe(201);
    // The second request made version 2 when the first had already finished.
    const expectedVersion = second.status === 201 ? 3 : 2;
    expect(((await retry.json()) as { version: number }).version).toBe(expectedVersion);
  });

  it("estimates an autopilot run before the show exists, and names a bad field", async () => {
    const choices = {
      text: { provider: "openai", model: "gpt-5-mini" },
      image: { provider: "openai", model: "gpt-image-1" },
      video: { provider: "offline", model: "offline-animatic-1" },
    };
    const small = await estimatesRoute.POST(
      post("/api/estimates", { ...choices, characterCount: 2 }),
    );
    const large = await estimatesRoute.POST(
      post("/api/estimates", { ...choices, characterCount: 8 }),
    );
    expect(small.status).toBe(200);
    const [a, b] = (await Promise.all([small.json(), large.json()])) as {
      usd: number;
      complete: boolean;
    }[];
    expect(a).toMatchObject({ complete: true });
    expect(a!.usd).toBeGreaterThan(0);
    expect(b!.usd).toBeGreaterThan(a!.usd);

    const unpriced = await estimatesRoute.POST(
      post("/api/estimates", {
        ...choices,
        video: { provider: "replicate", model: "someone/unknown-video" },
        characterCount: 2,
      }),
    );
    expect(await unpriced.json()).toMatchObject({ complete: false });

    const bad = await estimatesRoute.POST(
      post("/api/estimates", { ...choices, characterCount: 0 }),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: "characterCount" } });
  });

  it("rejects an invalid list query with 400", async () => {
    const response = await tasksRoute.GET(asOwner(`${base}/api/tasks?status=bogus`));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { field: "status" } });
  });

  it("lists the library with completion, running tasks and search", async () => {
    const found = await showRoutes.GET(asOwner(`${base}/api/shows?q=JAZZ&sort=completion`));
    const { shows } = (await found.json()) as {
      shows: {
        id: string;
        completion: number;
        activeTasks: number;
        costUsd: number;
        poster: unknown;
      }[];
    };
    const listed = shows.find((show) => show.id === showId);
    expect(listed).toMatchObject({ costUsd: 0, poster: null });
    await driveShow(t.container.engine, showId, { extras: false });
    const settled = await showRoutes.GET(asOwner(`${base}/api/shows?q=jazz`));
    const after = (await settled.json()) as { shows: { id: string; activeTasks: number }[] };
    expect(after.shows.find((show) => show.id === showId)!.activeTasks).toBe(0);
    // Blueprint, cast and both dossiers of a 2-character show: 4 of 9 slots.
    expect(listed!.completion).toBe(0.44);
    const none = await showRoutes.GET(asOwner(`${base}/api/shows?q=no-such-show`));
    expect(((await none.json()) as { shows: unknown[] }).shows).toEqual([]);
  });
});
