import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withErrors } from "../../src/app/api/_lib/http";
import * as mediaRoute from "../../src/app/api/media/[...path]/route";
import * as showRoutes from "../../src/app/api/shows/route";
import * as cancelRoute from "../../src/app/api/tasks/[id]/cancel/route";
import * as webhookRoute from "../../src/app/api/webhooks/replicate/route";
import { setContainer } from "../../src/server/container";
import {
  listPromptTemplates,
  savePromptTemplate,
} from "../../src/server/pipeline/manage-templates";
import { createTestOwner } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

const base = "http://localhost";
/** The owner's API key, so requests pass the accounts check and reach what is tested here. */
const authorization = { value: "" };
const authed = (url: string, init: RequestInit = {}) =>
  new Request(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: authorization.value },
  });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
type ErrorJson = { error: { code: string; message: string; field?: string } };

/** A body that makes `chunks` chunks of `size` bytes on demand, counting what was pulled. */
function endlessBody(chunks: number, size: number, fill = 0x20) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(size).fill(fill);
  let left = chunks;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (left-- <= 0) {
        controller.close();
        return;
      }
      pulled.bytes += size;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

const postStream = (path: string, body: ReadableStream<Uint8Array>, type = "application/json") =>
  authed(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": type },
    body,
    duplex: "half",
  } as RequestInit);

describe("request bodies, ids and error mapping", () => {
  let t: TestContainer;
  const showCount = async () => {
    const response = await showRoutes.GET(authed(`${base}/api/shows`));
    return ((await response.json()) as { shows: unknown[] }).shows.length;
  };
  beforeAll(async () => {
    t = await createTestContainer({ REPLICATE_WEBHOOK_SECRET: "whsec_dGVzdCBzZWNyZXQ=" });
    setContainer(t.container);
    authorization.value = `Bearer ${(await createTestOwner(t.container)).key}`;
  });
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("refuses a text/plain body (a cross-site form or no-cors post) with 415 and creates nothing", async () => {
    const before = await showCount();
    const response = await showRoutes.POST(
      authed(`${base}/api/shows`, {
        method: "POST",
        body: JSON.stringify({ premise: "A lighthouse keeper who collects storms" }),
      }),
    );
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.status).toBe(415);
    expect(((await response.json()) as ErrorJson).error.message).toMatch(/application\/json/);
    expect(await showCount()).toBe(before);
  });

  it("stops reading a 200 MB body at the 64 KB limit and answers 413 naming it", async () => {
    const { stream, pulled } = endlessBody(200, 1024 * 1024);
    const started = Date.now();
    const response = await showRoutes.POST(postStream("/api/shows", stream));
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorJson).error.message).toMatch(/64 KB/);
    expect(pulled.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses a 30 MB nested array before parsing it", async () => {
    const depth = 15 * 1024 * 1024;
    const nested = `{"premise":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const started = Date.now();
    const response = await showRoutes.POST(
      authed(`${base}/api/shows`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: nested,
      }),
    );
    expect(response.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("answers 400 naming the field for NUL in a body, a query or a path", async () => {
    const body = await showRoutes.POST(
      authed(`${base}/api/shows`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ premise: "A detective in Tokyo\u0000 who solves jazz crimes" }),
      }),
    );
    expect(body.status).toBe(400);
    expect(await body.json()).toMatchObject({ error: { code: "invalid_input", field: "premise" } });
    const query = await showRoutes.GET(authed(`${base}/api/shows?q=a%00b`));
    expect(query.status).toBe(400);
    expect(await query.json()).toMatchObject({ error: { field: "q" } });
    const path = await cancelRoute.POST(
      authed(`${base}/api/tasks/%00/cancel`, { method: "POST" }),
      params({ id: "\u0000" }),
    );
    expect(path.status).toBe(400);
    expect(await path.json()).toMatchObject({ error: { field: "id" } });
  });

  it("answers 404 for a task id that names no task, whatever its shape", async () => {
    for (const id of ["x", randomUUID(), "1; drop table tasks"]) {
      const response = await cancelRoute.POST(
        authed(`${base}/api/tasks/${encodeURIComponent(id)}/cancel`, { method: "POST" }),
        params({ id }),
      );
      expect(response.status).toBe(404);
    }
  });

  it("answers 400 or 404 for media paths that leave the store, never 500", async () => {
    const cases: [string[], number][] = [
      [["../../etc/passwd"], 400],
      [["..", "..", "db"], 404],
      [["nope.png"], 404],
      [["a\u0000.png"], 400],
    ];
    for (const [path, status] of cases) {
      const response = await mediaRoute.GET(
        authed(`${base}/api/media/${path.map(encodeURIComponent).join("/")}`),
        params({ path }),
      );
      expect({ path, status: response.status }).toEqual({ path, status });
    }
  });

  it("maps an AppError from a separately bundled copy of the server code by its brand", async () => {
    vi.resetModules();
    const otherCopy = await import("../../src/server/errors");
    const handler = withErrors(async () => {
      throw otherCopy.notFound("Task");
    });
    const response = await handler(new Request(`${base}/api/tasks/x`));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: "Task not found" },
    });
  });

  it("refuses __proto__ and other inherited names as template keys", async () => {
    for (const key of ["__proto__", "constructor", "toString"]) {
      await expect(
        savePromptTemplate(t.container.db, key, "a body long enough"),
      ).rejects.toMatchObject({
        code: "invalid_input",
        field: "key",
      });
    }
    const stored = await t.container.db.query.promptTemplates.findMany();
    expect(stored).toEqual([]);
    expect((await listPromptTemplates(t.container.db)).map((view) => view.key)).not.toContain(
      "__proto__",
    );
  });

  it("refuses a webhook body over its limit before checking the signature", async () => {
    // 50 MB in 64 KB chunks: the read stops just past the 1 MB limit.
    const { stream, pulled } = endlessBody(800, 64 * 1024);
    const response = await webhookRoute.POST(postStream("/api/webhooks/replicate", stream));
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorJson).error.message).toMatch(/1 MB/);
    expect(pulled.bytes).toBeLessThanOrEqual(1.25 * 1024 * 1024);
  });
});
