import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as invitationsRoute from "../../src/app/api/account/invitations/route";
import * as autopilotResumeRoute from "../../src/app/api/shows/[id]/autopilot/resume/route";
import * as animaticRoute from "../../src/app/api/shows/[id]/episodes/[episodeId]/animatic/route";
import * as shareRoute from "../../src/app/api/shows/[id]/share/route";
import * as cancelRoute from "../../src/app/api/tasks/[id]/cancel/route";
import * as retryRoute from "../../src/app/api/tasks/[id]/retry/route";
import { setContainer } from "../../src/server/container";
import { shows } from "../../src/server/db/schema";
import { createShow } from "../../src/server/shows/create-show";
import { createTestOwner } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitForStatus } from "../helpers/test-engine";

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/**
 * Actions that take no body (cancel, retry, share, resume, invite, make an animatic) read it all
 * the same: a form or text/plain post — what another site can send without asking — is a 415
 * and does nothing, while no body or `{}` works as before.
 */
describe("actions with nothing to say refuse a body that is not JSON", () => {
  let t: TestContainer;
  let authorization: string;
  let showId: string;
  let taskId: string;

  const post = (handler: Handler, params: Record<string, string>, body?: string, type?: string) =>
    handler(
      new Request(`http://localhost/api/${Object.values(params).join("/")}`, {
        method: "POST",
        headers: { authorization, ...(type ? { "content-type": type } : {}) },
        ...(body !== undefined ? { body } : {}),
      }),
      { params: Promise.resolve(params) as Promise<never> },
    );

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    authorization = `Bearer ${(await createTestOwner(t.container)).key}`;
    const show = await createShow(t.container.engine, {
      premise: "A night ferry whose passengers never seem to reach the other shore",
      autopilot: false,
    });
    showId = show.id;
    const { task } = await t.container.engine.request({ showId, kind: "blueprint" });
    taskId = (await waitForStatus(t.container.engine, task.id, "succeeded")).id;
  });
  afterAll(async () => {
    setContainer(null);
    await t?.close();
  });

  it("answers 415 to a form or text/plain post on every one of them, and nothing happens", async () => {
    const calls: [string, Handler, Record<string, string>][] = [
      ["cancel", cancelRoute.POST as Handler, { id: taskId }],
      ["retry", retryRoute.POST as Handler, { id: taskId }],
      ["share", shareRoute.POST as Handler, { id: showId }],
      ["resume autopilot", autopilotResumeRoute.POST as Handler, { id: showId }],
      ["animatic", animaticRoute.POST as Handler, { id: showId, episodeId: randomUUID() }],
      ["invite", invitationsRoute.POST as Handler, {}],
    ];
    const taskIds = async () =>
      (await t.container.engine.list({ showId, kind: "blueprint", status: "all", limit: 50 }))
        .map((row) => `${row.id}:${row.status}`)
        .sort();
    const tasksBefore = await taskIds();
    for (const [name, handler, params] of calls) {
      for (const [body, type] of [
        ["go=1", "application/x-www-form-urlencoded"],
        ["go", "text/plain"],
      ] as const) {
        const answer = await post(handler, params, body, type);
        expect(answer.status, `${name} with ${type}`).toBe(415);
        const json = (await answer.json()) as { error: { message: string } };
        expect(json.error.message).toMatch(/application\/json/);
      }
    }
    // No retry: the blueprint is the one it was, finished.
    expect(await taskIds()).toEqual(tasksBefore);
    const [row] = await t.container.db.select().from(shows).where(eq(shows.id, showId));
    expect(row?.shareToken).toBeNull();
  });

  it("still works with no body or {}", async () => {
    const shared = await post(shareRoute.POST as Handler, { id: showId });
    expect(shared.status).toBe(200);
    const invited = await post(invitationsRoute.POST as Handler, {}, "{}", "application/json");
    expect(invited.status).toBe(201);
  });
});
