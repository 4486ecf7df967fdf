import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { setContainer } from "../../src/server/container";
import { shots, shows } from "../../src/server/db/schema";
import { isAppError } from "../../src/server/errors";
import { trailerSequence } from "../../src/server/shows/trailer-script";
import type { TrailerBoardView } from "../../src/server/shows/trailer-view";
import { createTestMember, createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { heldTrailerKinds, showWithTrailerBoard, trailerBoardSpecs } from "./trailer-fixtures";

type Handler = (request: Request, context: unknown) => Promise<Response>;
export type Route = Record<string, Handler>;

/** The trailer editor's routes, called as Next calls them (a Request and its params). */
export const trailerRoute = () =>
  import("../../src/app/api/shows/[id]/trailer/route") as Promise<Route>;
export const cutRoute = () =>
  import("../../src/app/api/shows/[id]/trailer/cut/route") as Promise<Route>;
export const trailerShotsRoute = () =>
  import("../../src/app/api/shows/[id]/trailer/shots/route") as Promise<Route>;
export const shotRoute = () =>
  import("../../src/app/api/shows/[id]/shots/[shotId]/route") as Promise<Route>;

export interface Answer {
  status: number;
  body: { error?: { code: string; message: string; field?: string } } & Record<string, unknown>;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as is instead of `body` as JSON. */
  raw?: string;
  /** The body's Content-Type; application/json unless told. */
  type?: string;
}

/** One API call as `account`: the URL is the params joined, as the route's folders are. */
export async function callRoute(
  account: TestAccount,
  route: () => Promise<Route>,
  method: string,
  params: Record<string, string>,
  options: CallOptions = {},
): Promise<Answer> {
  const mod = await route();
  const url = `http://localhost/api/shows/${Object.values(params).join("/")}`;
  const init: RequestInit = { method };
  if (options.body !== undefined || options.raw !== undefined) {
    init.headers = { "content-type": options.type ?? "application/json" };
    init.body = options.raw ?? JSON.stringify(options.body);
  }
  const response = await mod[method]!(account.request(url, init), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

/**
 * Cancels what the show has in flight, stops wanting a cut, puts the length, shape and held kinds
 * back, and writes the board of `trailerBoardSpecs` afresh: each test starts from the same board.
 */
export async function resetTrailerBoard(t: TestContainer, showId: string, castIds: string[]) {
  const { db, engine } = t.container;
  for (const task of await engine.list({ status: "all", showId, limit: 500 })) {
    if (task.status === "queued" || task.status === "running") {
      // One may settle between the list and the cancel: that is as quiet.
      await engine.cancel(task.id).catch((error: unknown) => {
        if (!isAppError(error) || error.code !== "conflict") {
          throw error;
        }
      });
    }
  }
  const [row] = await db.select().from(shows).where(eq(shows.id, showId));
  const settings = {
    ...(row!.settings as object),
    ...heldTrailerKinds,
    trailer: { seconds: 30, aspect: "16:9" },
  };
  await db
    .update(shows)
    .set({ trailerWanted: false, trailerScoreAssetId: null, settings })
    .where(eq(shows.id, showId));
  await db.delete(shots).where(and(eq(shots.showId, showId), eq(shots.sequence, trailerSequence)));
  await db.insert(shots).values(
    trailerBoardSpecs(castIds[0]!, castIds[1]!).map((spec, position) => ({
      showId,
      sequence: trailerSequence,
      position,
      spec,
    })),
  );
}

/** Two shows with trailer boards: the owner's (reset before each test) and a member's. */
export interface TrailerEditorWorld {
  t: TestContainer;
  owner: TestAccount;
  member: TestAccount;
  showId: string;
  otherShowId: string;
  castIds: [string, string];
  /** An API call, as the owner unless `as` says who. */
  call(
    route: () => Promise<Route>,
    method: string,
    params: Record<string, string>,
    options?: CallOptions & { as?: TestAccount },
  ): Promise<Answer>;
  /** GET a show's trailer (the owner's unless told) as the owner; it must answer 200. */
  readBoard(showId?: string): Promise<TrailerBoardView>;
}

/**
 * Registers the hooks of a trailer editor test file: a container, the owner's show with its board
 * (written afresh before each test) and a member's show beside it. Filled in by `beforeAll`.
 */
export function useTrailerEditorWorld(): TrailerEditorWorld {
  const world = {
    call: (route, method, params, options = {}) =>
      callRoute(options.as ?? world.owner, route, method, params, options),
    async readBoard(showId = world.showId) {
      const answer = await world.call(trailerRoute, "GET", { id: showId });
      expect(answer.status).toBe(200);
      return answer.body as unknown as TrailerBoardView;
    },
  } as TrailerEditorWorld;
  beforeAll(async () => {
    const t = await createTestContainer();
    world.t = t;
    setContainer(t.container);
    world.owner = await createTestOwner(t.container);
    world.member = await createTestMember(t.container, world.owner);
    const made = await showWithTrailerBoard(
      t.container.engine,
      world.owner.userId,
      "A retired safecracker and her nephew run a night market noodle stall in Taipei",
    );
    world.showId = made.showId;
    world.castIds = [made.cast[0]!.id, made.cast[1]!.id];
    const other = await showWithTrailerBoard(
      t.container.engine,
      world.member.userId,
      "A lighthouse keeper who collects storms",
    );
    world.otherShowId = other.showId;
  }, 300_000);
  beforeEach(async () => {
    await resetTrailerBoard(world.t, world.showId, world.castIds);
  });
  afterAll(async () => {
    setContainer(null);
    await world.t?.close();
  });
  return world;
}
