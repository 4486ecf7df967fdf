import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setContainer } from "../../src/server/container";
import {
  assets,
  episodes,
  shots,
  shows,
  spendLedger,
  tasks,
  users,
} from "../../src/server/db/schema";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { readSse } from "../helpers/sse";
import { createTestMember, createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitForStatus } from "../helpers/test-engine";

/**
 * Every route file under src/app/api, read from the file tree, called as four people: nobody
 * signed in, the owner, a member who does not own the show, and a visitor with the show's share
 * link. A route file with no rule here fails the test, so a new route must say who may call it.
 */
const apiDir = path.resolve(import.meta.dirname, "../../src/app/api");
const base = "http://localhost";
type Who = "anonymous" | "owner" | "member" | "share";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

interface Fixture {
  showId: string;
  spareShowId: string;
  taskId: string;
  mediaKey: string;
  shareToken: string;
  owner: TestAccount;
  member: TestAccount;
  characterId: string;
  episodeId: string;
  shotId: string;
  spareShotId: string;
}

/** Expected status per caller: a number, or "ok" = neither 401 nor 404 (the caller got in). */
type Expect = number | "ok";
interface Rule {
  params?: (f: Fixture, who: Who) => Record<string, unknown>;
  /** Per method (or "*"): what each caller gets. */
  expect: Partial<Record<(typeof METHODS)[number] | "*", Record<Who, Expect>>>;
}

const showParams = (f: Fixture) => ({ id: f.showId });
const ownShow: Record<Who, Expect> = { anonymous: 401, owner: "ok", member: 404, share: 401 };
const readableShow: Record<Who, Expect> = { anonymous: 404, owner: 200, member: 404, share: 200 };
const signedIn: Record<Who, Expect> = { anonymous: 401, owner: "ok", member: "ok", share: 401 };
const ownerOnly: Record<Who, Expect> = { anonymous: 401, owner: "ok", member: 404, share: 401 };
const anyone: Record<Who, Expect> = { anonymous: "ok", owner: "ok", member: "ok", share: "ok" };

const rules: Record<string, Rule> = {
  "account/accept-invitation": { expect: { POST: { ...anyone, anonymous: 400, share: 400 } } },
  "account/invitations": { expect: { POST: ownerOnly } },
  "account/me": { expect: { GET: signedIn } },
  // The owner exists: setting up again is a conflict for everyone (body checked first: 400).
  "account/setup": { expect: { GET: anyone, POST: { ...anyone, anonymous: 400, share: 400 } } },
  "api-keys": { expect: { GET: signedIn, POST: signedIn } },
  "api-keys/[id]": {
    params: () => ({ id: "no-such-key" }),
    // Signed in: someone else's or no key is a 404 too.
    expect: { DELETE: { anonymous: 401, owner: 404, member: 404, share: 401 } },
  },
  "auth/[...all]": {
    params: () => ({ all: ["get-session"] }),
    expect: { GET: anyone, POST: anyone },
  },
  estimates: { expect: { POST: signedIn } },
  "media/[...path]": {
    params: (f) => ({ path: f.mediaKey.split("/") }),
    expect: { GET: readableShow, HEAD: readableShow },
  },
  "prompt-templates": { expect: { GET: ownerOnly } },
  "prompt-templates/[key]": {
    params: () => ({ key: "portrait" }),
    expect: { PUT: ownerOnly, DELETE: ownerOnly },
  },
  settings: { expect: { GET: ownerOnly } },
  "settings/test-connection": { expect: { POST: ownerOnly } },
  shows: { expect: { GET: signedIn, POST: signedIn } },
  "shows/[id]": {
    // The owner deletes a spare show, not the one the other rules use.
    params: (f, who) => ({ id: who === "owner" ? f.spareShowId : f.showId }),
    expect: { GET: readableShow, PATCH: ownShow, DELETE: ownShow },
  },
  "shows/[id]/autopilot/resume": { params: showParams, expect: { POST: ownShow } },
  "shows/[id]/autopilot/skip": { params: showParams, expect: { POST: ownShow } },
  "shows/[id]/characters/[characterId]": {
    params: (f) => ({ id: f.showId, characterId: f.characterId }),
    expect: { PATCH: ownShow },
  },
  "shows/[id]/make-all": { params: showParams, expect: { POST: ownShow } },
  "shows/[id]/episodes/[episodeId]/storyboard": {
    params: (f) => ({ id: f.showId, episodeId: f.episodeId }),
    expect: { GET: readableShow },
  },
  "shows/[id]/episodes/[episodeId]/animatic": {
    params: (f) => ({ id: f.showId, episodeId: f.episodeId }),
    expect: { POST: ownShow },
  },
  "shows/[id]/episodes/[episodeId]/shots": {
    params: (f) => ({ id: f.showId, episodeId: f.episodeId }),
    expect: { POST: ownShow, PUT: ownShow },
  },
  "shows/[id]/shots/[shotId]": {
    // The owner deletes a spare shot: the frame route after it needs the first.
    params: (f, who) => ({ id: f.showId, shotId: who === "owner" ? f.spareShotId : f.shotId }),
    expect: { PATCH: ownShow, DELETE: ownShow },
  },
  "shows/[id]/shots/[shotId]/frame": {
    params: (f) => ({ id: f.showId, shotId: f.shotId }),
    expect: { PUT: ownShow },
  },
  "shows/[id]/trailer": { params: showParams, expect: { GET: readableShow, PATCH: ownShow } },
  "shows/[id]/trailer/cut": { params: showParams, expect: { POST: ownShow } },
  "shows/[id]/trailer/shots": { params: showParams, expect: { POST: ownShow, PUT: ownShow } },
  "shows/[id]/pitch-deck.pdf": { params: showParams, expect: { GET: readableShow } },
  "shows/[id]/downloads/[file]": {
    params: (f) => ({ id: f.showId, file: "poster.png" }),
    expect: { GET: readableShow },
  },
  "shows/[id]/package.zip": { params: showParams, expect: { GET: readableShow } },
  "shows/[id]/share": {
    params: showParams,
    expect: { POST: ownShow, DELETE: ownShow },
  },
  "shows/[id]/spend": { params: showParams, expect: { GET: ownShow } },
  "shows/[id]/tasks": { params: showParams, expect: { POST: ownShow } },
  tasks: { expect: { GET: signedIn } },
  "tasks/[id]": { params: (f) => ({ id: f.taskId }), expect: { GET: ownShow } },
  "tasks/[id]/cancel": { params: (f) => ({ id: f.taskId }), expect: { POST: ownShow } },
  "tasks/[id]/retry": { params: (f) => ({ id: f.taskId }), expect: { POST: ownShow } },
  "tasks/[id]/rewrite": { params: (f) => ({ id: f.taskId }), expect: { "*": ownShow } },
  // Anyone may open it; what it carries is checked below.
  "tasks/stream": { expect: { GET: anyone } },
  users: { expect: { GET: ownerOnly } },
  "users/[id]": { params: (f) => ({ id: f.member.userId }), expect: { PATCH: ownerOnly } },
  // Signed by the provider, not by an account: refused without a valid signature.
  "webhooks/replicate": {
    expect: { POST: { anonymous: 401, owner: 401, member: 401, share: 401 } },
  },
};

/** A route module by its folder under src/app/api. */
const loadRoute = (route: string): Promise<unknown> =>
  import(/* @vite-ignore */ path.join(apiDir, route, "route.ts"));

function routeFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return entry.name.startsWith("_")
        ? []
        : routeFiles(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    }
    return entry.name === "route.ts" ? [prefix] : [];
  });
}

const bodies: Record<string, unknown> = {
  "account/invitations": {},
  "api-keys": { name: "matrix" },
  estimates: {
    text: { provider: "offline", model: "offline-writer-1" },
    image: { provider: "offline", model: "offline-art-1" },
    video: { provider: "offline", model: "offline-animatic-1" },
    characterCount: 2,
  },
  shows: { premise: "A lighthouse keeper who collects storms", autopilot: false },
  "shows/[id]/tasks": { kind: "poster" },
  "shows/[id]/make-all": { kind: "episode_still" },
  "users/[id]": { monthlyBudgetUsd: 5 },
  "prompt-templates/[key]": { body: "A portrait of {{name}}" },
};

describe("authorization matrix: every API route, four callers", () => {
  let t: TestContainer;
  let f: Fixture;

  const call = async (route: string, method: string, who: Who, extraQuery = "") => {
    const mod = (await loadRoute(route)) as Record<
      string,
      (request: Request, context: unknown) => Promise<Response>
    >;
    const params = rules[route]?.params?.(f, who) ?? {};
    // The URL says what the params say (better-auth routes by URL, not by params).
    const urlPath = `/api/${route}`
      .replace(/\[\.\.\.(\w+)\]/, (_m, name: string) => (params[name] as string[]).join("/"))
      .replace(/\[(\w+)\]/g, (_m, name: string) => String(params[name]));
    const query = who === "share" ? `?share=${f.shareToken}` : extraQuery;
    const init: RequestInit = { method };
    if (!["GET", "HEAD", "DELETE"].includes(method)) {
      init.headers = { "content-type": "application/json" };
      init.body = JSON.stringify(bodies[route] ?? {});
    }
    const url = `${base}${urlPath}${query}`;
    const request =
      who === "owner"
        ? f.owner.request(url, init)
        : who === "member"
          ? f.member.request(url, init)
          : new Request(url, init);
    const response = await mod[method]!(request, { params: Promise.resolve(params) });
    return { response, mod };
  };

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    const owner = await createTestOwner(t.container);
    const member = await createTestMember(t.container, owner);
    const create = async (premise: string) => {
      const response = await (await import("../../src/app/api/shows/route")).POST(
        owner.request(`${base}/api/shows`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ premise, autopilot: false, settings: { characterCount: 1 } }),
        }),
      );
      return ((await response.json()) as { id: string }).id;
    };
    const showId = await create("A jazz detective in 1950s Tokyo");
    const spareShowId = await create("A spare show for the owner to delete");
    await driveShow(t.container.engine, showId, { extras: false });
    const firstCharacter = await t.container.db.query.characters.findFirst({
      where: (row, { eq: equals }) => equals(row.showId, showId),
    });
    const { task: portrait } = await t.container.engine.request({
      showId,
      kind: "portrait",
      target: firstCharacter!.id,
      title: "Portrait",
      source: "user",
    });
    await waitForStatus(t.container.engine, portrait.id, "succeeded");
    const [asset] = await t.container.db.select().from(assets).where(eq(assets.showId, showId));
    const [task] = await t.container.db.select().from(tasks).where(eq(tasks.showId, showId));
    const shareToken = "matrix-share-token-0123456789";
    // The portrait's file stands in as the poster, so the downloads route has a file to serve
    // whether or not the poster that follows the portrait has landed.
    await t.container.db
      .update(shows)
      .set({ shareToken, posterAssetId: asset!.id })
      .where(eq(shows.id, showId));
    const character = await t.container.db.query.characters.findFirst({
      where: (row, { eq: equals }) => equals(row.showId, showId),
    });
    // An episode with one shot, written straight in: the storyboard routes need one to reach.
    const [episode] = await t.container.db
      .insert(episodes)
      .values({
        showId,
        number: 1,
        title: "Pilot",
        outline: {
          number: 1,
          title: "Pilot",
          logline: "A detective takes a case.",
          aPlot: "The case.",
          bPlot: "The band.",
        },
      })
      .returning();
    const [shot, spareShot] = await t.container.db
      .insert(shots)
      .values(
        [0, 1].map((position) => ({
          showId,
          episodeId: episode!.id,
          sequence: `episode:${episode!.id}`,
          position,
          spec: {
            scene: { interior: true, location: "Jazz club", timeOfDay: "night" },
            durationSeconds: 4,
            framing: "wide",
            cameraMove: "static",
            characterIds: [],
            action: "The band plays to an empty room.",
            dialogue: [],
            narration: "",
            soundCue: "",
          },
        })),
      )
      .returning();
    f = {
      episodeId: episode!.id,
      shotId: shot!.id,
      spareShotId: spareShot!.id,
      showId,
      spareShowId,
      taskId: task!.id,
      mediaKey: asset!.storageKey,
      shareToken,
      owner,
      member,
      characterId: character!.id,
    };
  }, 120_000);
  afterAll(async () => {
    setContainer(null);
    await t.close();
  });

  it("has a rule for every route file and every method it exports", async () => {
    const files = routeFiles(apiDir).sort();
    expect(files.length).toBeGreaterThan(20);
    for (const route of files) {
      expect(rules[route], `no authorization rule for src/app/api/${route}/route.ts`).toBeDefined();
      const mod = (await loadRoute(route)) as Record<string, unknown>;
      for (const method of METHODS.filter((name) => typeof mod[name] === "function")) {
        const rule = rules[route]!.expect[method] ?? rules[route]!.expect["*"];
        expect(rule, `no rule for ${method} /api/${route}`).toBeDefined();
      }
    }
  });

  it("answers each caller as its rule says (401 signed out, 404 for what is not theirs)", async () => {
    const failures: string[] = [];
    // The owner goes last: some of its calls change things (a deleted spare show, a revoked link).
    for (const who of ["anonymous", "member", "share", "owner"] as Who[]) {
      for (const route of routeFiles(apiDir).sort()) {
        const mod = (await loadRoute(route)) as Record<string, unknown>;
        for (const method of METHODS.filter((name) => typeof mod[name] === "function")) {
          const expected = (rules[route]!.expect[method] ?? rules[route]!.expect["*"])![who];
          const { response } = await call(route, method, who);
          const status = response.status;
          // Read to the end (a ZIP streams from an archiver); the live stream is only opened.
          if (route === "tasks/stream") {
            await response.body?.cancel().catch(() => {});
          } else {
            await response.arrayBuffer().catch(() => {});
          }
          const ok = expected === "ok" ? status !== 401 && status !== 404 : status === expected;
          if (!ok) {
            failures.push(`${who} ${method} /api/${route}: ${status}, expected ${expected}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("lists only the caller's own shows and tasks", async () => {
    const { GET } = await import("../../src/app/api/shows/route");
    const names = async (account: TestAccount) => {
      const response = await GET(account.request(`${base}/api/shows`));
      return ((await response.json()) as { shows: { id: string }[] }).shows.map((s) => s.id);
    };
    expect(await names(f.owner)).toContain(f.showId);
    expect(await names(f.member)).not.toContain(f.showId);
    const tasksRoute = await import("../../src/app/api/tasks/route");
    const memberTasks = await tasksRoute.GET(f.member.request(`${base}/api/tasks?status=all`));
    const listed = ((await memberTasks.json()) as { tasks: { showId: string }[] }).tasks;
    expect(listed.filter((task) => task.showId === f.showId)).toEqual([]);
  });

  it("streams nothing of another's show to a member, and only the shared show to a link", async () => {
    const snapshotShows = async (who: Who) => {
      const { response } = await call("tasks/stream", "GET", who, "");
      for await (const frame of readSse(response.body!)) {
        if (frame.event === "snapshot") {
          await response.body?.cancel().catch(() => {});
          return (frame.data as { tasks: { showId: string }[] }).tasks.map((task) => task.showId);
        }
      }
      return [];
    };
    // The owner's matrix run revoked the link; share it again.
    await t.container.db
      .update(shows)
      .set({ shareToken: f.shareToken })
      .where(eq(shows.id, f.showId));
    expect(await snapshotShows("owner")).toContain(f.showId);
    expect(await snapshotShows("member")).not.toContain(f.showId);
    expect(await snapshotShows("anonymous")).toEqual([]);
    expect(new Set(await snapshotShows("share"))).toEqual(new Set([f.showId]));
  });

  it("refuses a member's paid request past their monthly budget with the numbers, before any task", async () => {
    const { POST } = await import("../../src/app/api/shows/route");
    const created = await POST(
      f.member.request(`${base}/api/shows`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ premise: "A member's own paid show", autopilot: false }),
      }),
    );
    expect(created.status).toBe(201);
    const memberShow = (await created.json()) as { id: string };
    await t.container.db
      .update(shows)
      .set({
        settings: {
          text: { provider: "offline", model: "offline-writer-1" },
          image: { provider: "openai", model: "gpt-image-1" },
          video: { provider: "offline", model: "offline-animatic-1" },
        },
      })
      .where(eq(shows.id, memberShow.id));
    // This month's spend comes from the ledger: a billed call that failed counts too.
    await t.container.db.insert(spendLedger).values({
      provider: "openai",
      model: "gpt-image-1",
      showId: memberShow.id,
      kind: "portrait",
      costUsd: 0.1,
      outcome: "failed",
    });
    await t.container.db
      .update(users)
      .set({ monthlyBudgetUsd: 0.2 })
      .where(eq(users.id, f.member.userId));
    const posters = () =>
      t.container.db
        .select()
        .from(tasks)
        .where(and(eq(tasks.showId, memberShow.id), eq(tasks.kind, "poster")));
    const tasksRoute = await import("../../src/app/api/shows/[id]/tasks/route");
    const refused = await tasksRoute.POST(
      f.member.request(`${base}/api/shows/${memberShow.id}/tasks`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "poster" }),
      }),
      { params: Promise.resolve({ id: memberShow.id }) },
    );
    expect(refused.status).toBe(402);
    const message = ((await refused.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("$0.17");
    expect(message).toContain("only $0.10 of your $0.20 monthly budget is left ($0.10 spent");
    expect(await posters()).toEqual([]);
  });
});
