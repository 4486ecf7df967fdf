import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setContainer } from "../../src/server/container";
import { characters, episodes, shows, tasks } from "../../src/server/db/schema";
import { isAppError } from "../../src/server/errors";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import type { StoryboardView } from "../../src/server/shows/storyboard-view";
import { createTestMember, createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { waitForStatus } from "../helpers/test-engine";
import { episodeOne } from "./storyboard-fixtures";

const base = "http://localhost";
type Handler = (request: Request, context: unknown) => Promise<Response>;
type Route = Record<string, Handler>;

const storyboardRoute = () =>
  import("../../src/app/api/shows/[id]/episodes/[episodeId]/storyboard/route") as Promise<Route>;
const shotsRoute = () =>
  import("../../src/app/api/shows/[id]/episodes/[episodeId]/shots/route") as Promise<Route>;
const animaticRoute = () =>
  import("../../src/app/api/shows/[id]/episodes/[episodeId]/animatic/route") as Promise<Route>;
const shotRoute = () =>
  import("../../src/app/api/shows/[id]/shots/[shotId]/route") as Promise<Route>;
const tasksRoute = () => import("../../src/app/api/shows/[id]/tasks/route") as Promise<Route>;

interface Answer {
  status: number;
  body: { error?: { code: string; message: string; field?: string } } & Record<string, unknown>;
}

/**
 * A storyboard as a careless or hostile client would use its API: oversized and malformed edits,
 * ids of other shows, stale reorders, other people's boards, share links that try to write.
 * Every answer is a 4xx that says what was wrong, never a 500.
 */
describe("the storyboard API under abuse", () => {
  let t: TestContainer;
  let owner: TestAccount;
  let member: TestAccount;
  let showId: string;
  let otherShowId: string;
  let episodeId: string;
  let board: StoryboardView;
  const shareToken = "storyboard-share-token-0123456789";

  async function call(
    route: () => Promise<Route>,
    method: string,
    params: Record<string, string>,
    options: { body?: unknown; as?: TestAccount | "share" | "anonymous"; raw?: string } = {},
  ): Promise<Answer> {
    const mod = await route();
    const path = Object.values(params).join("/");
    const who = options.as ?? owner;
    const url = `${base}/api/${path}${who === "share" ? `?share=${shareToken}` : ""}`;
    const init: RequestInit = { method };
    if (options.body !== undefined || options.raw !== undefined) {
      init.headers = { "content-type": "application/json" };
      init.body = options.raw ?? JSON.stringify(options.body);
    }
    const request = typeof who === "string" ? new Request(url, init) : who.request(url, init);
    const response = await mod[method]!(request, { params: Promise.resolve(params) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  /** Cancels whatever the board has in flight and stops wanting its cut. */
  async function quiet() {
    const { db, engine } = t.container;
    const [row] = await db.select().from(shows).where(eq(shows.id, showId));
    const { testDelays: _held, ...settings } = row!.settings as Record<string, unknown>;
    await db.update(shows).set({ settings }).where(eq(shows.id, showId));
    await db.update(episodes).set({ animaticWanted: false }).where(eq(episodes.id, episodeId));
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
  }

  const patchShot = (shotId: string, body: unknown, as?: TestAccount | "share") =>
    call(shotRoute, "PATCH", { id: showId, shotId }, { body, ...(as ? { as } : {}) });
  const readBoard = async () => {
    const answer = await call(storyboardRoute, "GET", { id: showId, episodeId });
    expect(answer.status).toBe(200);
    return answer.body as unknown as StoryboardView;
  };

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    member = await createTestMember(t.container, owner);
    const { engine, db } = t.container;
    const show = await createShow(
      engine,
      {
        premise: "A retired safecracker and her nephew run a night market noodle stall in Taipei",
        autopilot: true,
        settings: { characterCount: 2, autopilotThrough: "trailer" },
      },
      owner.userId,
    );
    showId = show.id;
    const other = await createShow(
      engine,
      { premise: "A lighthouse keeper who collects storms", autopilot: false },
      owner.userId,
    );
    otherShowId = other.id;
    await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    await engine.request({ showId, kind: "episodes", title: "Season", source: "test" });
    await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    episodeId = (await episodeOne(engine, showId)).id;
    const { task } = await engine.request({
      showId,
      kind: "episode_script",
      target: episodeId,
      title: "Script",
      source: "test",
    });
    await waitForStatus(engine, task.id, "succeeded", 120_000);
    await db.update(shows).set({ shareToken }).where(eq(shows.id, showId));
    board = await readBoard();
    expect(board.shots.length).toBeGreaterThanOrEqual(8);
  }, 300_000);
  afterAll(async () => {
    setContainer(null);
    await t?.close();
  });

  it("refuses a 50,000-character action with a 400 naming the field", async () => {
    const shot = board.shots[0]!;
    const answer = await patchShot(shot.id, { action: "x".repeat(50_000) });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.field).toBe("action");
    expect((await readBoard()).shots[0]!.spec.action).toBe(shot.spec.action);
  });

  it("refuses characters that are not in the show's cast, and other shows' characters", async () => {
    const shot = board.shots[0]!;
    const unknown = await patchShot(shot.id, { characterIds: ["nobody-at-all"] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.field).toBe("characterIds");
    const speaker = await patchShot(shot.id, {
      dialogue: [{ id: "l1", characterId: randomUUID(), line: "Hello?", delivery: "" }],
    });
    expect(speaker.status).toBe(400);
    expect(speaker.body.error?.field).toBe("characterIds");
  });

  it("refuses two lines with one id in a shot", async () => {
    const [first] = await loadCharacters(t.container.db, showId);
    const line = { id: "l1", characterId: first!.id, line: "Hello?", delivery: "" };
    const answer = await patchShot(board.shots[1]!.id, {
      dialogue: [line, { ...line, line: "Bye." }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.field).toBe("dialogue");
    // "narration" names the shot's voice-over: a line under that id would never be heard.
    const shadow = await patchShot(board.shots[1]!.id, {
      narration: "The market never sleeps.",
      dialogue: [{ ...line, id: "narration" }],
    });
    expect(shadow.status).toBe(400);
    expect(shadow.body.error?.field).toBe("dialogue");
  });

  it("answers malformed edits with 400s: bad JSON, wrong types, unknown fields, out of range", async () => {
    const shotId = board.shots[0]!.id;
    const cases: { body?: unknown; raw?: string; field?: string }[] = [
      { raw: "{not json" },
      { body: [] },
      { body: null },
      { body: "a string" },
      { body: { durationSeconds: "5" }, field: "durationSeconds" },
      { body: { durationSeconds: 1e308 }, field: "durationSeconds" },
      { body: { durationSeconds: -1 }, field: "durationSeconds" },
      { body: { framing: "fisheye" }, field: "framing" },
      { body: { scene: { interior: true } }, field: "scene.location" },
      { body: { dialogue: "everyone talks" }, field: "dialogue" },
      { body: { dialogue: [{ id: "L 1!" }] }, field: "dialogue.0.id" },
      { body: { characterIds: Array.from({ length: 7 }, () => "x") }, field: "characterIds" },
      { body: { colour: "red" } },
      { body: { action: "" }, field: "action" },
    ];
    for (const { body, raw, field } of cases) {
      const answer = await call(shotRoute, "PATCH", { id: showId, shotId }, { body, raw });
      expect(answer.status, JSON.stringify(raw ?? body).slice(0, 60)).toBe(400);
      if (field) {
        expect(answer.body.error?.field, JSON.stringify(body).slice(0, 60)).toBe(field);
      }
    }
  });

  it("answers 404 for a shot of another show, an unknown shot and a shot id that is not one", async () => {
    const shotId = board.shots[0]!.id;
    for (const params of [
      { id: otherShowId, shotId },
      { id: showId, shotId: randomUUID() },
      { id: showId, shotId: "not-a-uuid" },
      { id: showId, shotId: "../../etc/passwd" },
    ]) {
      const patch = await call(shotRoute, "PATCH", params, { body: { action: "Taken." } });
      expect(patch.status, JSON.stringify(params)).toBe(404);
      const remove = await call(shotRoute, "DELETE", params);
      expect(remove.status, JSON.stringify(params)).toBe(404);
    }
    expect((await readBoard()).shots).toHaveLength(board.shots.length);
  });

  it("answers 404 for another show's episode, an unknown one, or one that is not an id", async () => {
    for (const params of [
      { id: otherShowId, episodeId },
      { id: showId, episodeId: randomUUID() },
      { id: showId, episodeId: "1" },
    ]) {
      expect((await call(storyboardRoute, "GET", params)).status).toBe(404);
      expect((await call(shotsRoute, "POST", params, { body: {} })).status).toBe(404);
      expect(
        (await call(shotsRoute, "PUT", params, { body: { shotIds: [board.shots[0]!.id] } })).status,
      ).toBe(404);
      expect((await call(animaticRoute, "POST", params)).status).toBe(404);
    }
  });

  it("refuses a reorder that leaves a shot out, adds a foreign one or names one twice", async () => {
    const ids = board.shots.map((shot) => shot.id);
    const reversed = [...ids].reverse();
    const cases: { shotIds: unknown; status: number }[] = [
      { shotIds: reversed.slice(1), status: 409 },
      { shotIds: [...reversed.slice(1), randomUUID()], status: 409 },
      { shotIds: [...reversed, randomUUID()], status: 409 },
      // As many ids as shots, one of them twice in place of another.
      { shotIds: [reversed[0], ...reversed.slice(0, -1)], status: 400 },
      { shotIds: [], status: 400 },
      { shotIds: ["not-a-uuid"], status: 400 },
      { shotIds: "all", status: 400 },
    ];
    for (const { shotIds, status } of cases) {
      const answer = await call(
        shotsRoute,
        "PUT",
        { id: showId, episodeId },
        { body: { shotIds } },
      );
      expect(answer.status, JSON.stringify(shotIds).slice(0, 80)).toBe(status);
    }
    const after = await readBoard();
    expect(after.shots.map((shot) => shot.id)).toEqual(ids);
    // A complete order is taken.
    const ok = await call(
      shotsRoute,
      "PUT",
      { id: showId, episodeId },
      { body: { shotIds: reversed } },
    );
    expect(ok.status).toBe(200);
    expect((await readBoard()).shots.map((shot) => shot.id)).toEqual(reversed);
    await call(shotsRoute, "PUT", { id: showId, episodeId }, { body: { shotIds: ids } });
  });

  it("refuses adding a shot after another board's shot, or with a stranger in it", async () => {
    const after = await call(
      shotsRoute,
      "POST",
      { id: showId, episodeId },
      { body: { afterShotId: randomUUID() } },
    );
    expect(after.status).toBe(400);
    expect(after.body.error?.field).toBe("afterShotId");
    const stranger = await call(
      shotsRoute,
      "POST",
      { id: showId, episodeId },
      { body: { spec: { ...board.shots[0]!.spec, characterIds: ["stranger"] } } },
    );
    expect(stranger.status).toBe(400);
    expect((await readBoard()).shots).toHaveLength(board.shots.length);
  });

  it("answers garbage voice_line and storyboard_frame targets with 400 or 404", async () => {
    const shot = board.shots[0]!;
    const cases: { kind: string; target?: unknown; status: number }[] = [
      { kind: "voice_line", target: "x:y", status: 400 },
      { kind: "voice_line", target: "x", status: 400 },
      { kind: "voice_line", target: ":", status: 400 },
      { kind: "voice_line", target: `${shot.id}:`, status: 400 },
      { kind: "voice_line", target: `${shot.id}:a:b`, status: 400 },
      { kind: "voice_line", target: `${randomUUID()}:l1`, status: 404 },
      { kind: "voice_line", target: `${shot.id}:no-such-line`, status: 404 },
      { kind: "voice_line", status: 400 },
      { kind: "voice_line", target: 42, status: 400 },
      { kind: "voice_line", target: "x".repeat(10_000), status: 400 },
      { kind: "storyboard_frame", target: "x:y", status: 404 },
      { kind: "storyboard_frame", target: randomUUID(), status: 404 },
      { kind: "shot_clip", target: "nope", status: 404 },
      { kind: "episode_script", target: shot.id, status: 404 },
    ];
    for (const { kind, target, status } of cases) {
      const answer = await call(
        tasksRoute,
        "POST",
        { id: showId },
        { body: { kind, ...(target !== undefined ? { target } : {}) } },
      );
      expect(answer.status, `${kind} ${String(target).slice(0, 60)}`).toBe(status);
    }
  });

  it("shows a member nothing of another's storyboard, and lets them change none of it", async () => {
    const shotId = board.shots[0]!.id;
    const as = { as: member };
    expect((await call(storyboardRoute, "GET", { id: showId, episodeId }, as)).status).toBe(404);
    expect(
      (await call(shotRoute, "PATCH", { id: showId, shotId }, { ...as, body: {} })).status,
    ).toBe(404);
    expect((await call(shotRoute, "DELETE", { id: showId, shotId }, as)).status).toBe(404);
    expect(
      (await call(shotsRoute, "POST", { id: showId, episodeId }, { ...as, body: {} })).status,
    ).toBe(404);
    expect((await call(animaticRoute, "POST", { id: showId, episodeId }, as)).status).toBe(404);
    expect(
      (await call(storyboardRoute, "GET", { id: showId, episodeId }, { as: "anonymous" })).status,
    ).toBe(404);
  });

  it("lets a share link read the board and nothing more", async () => {
    const shotId = board.shots[0]!.id;
    const read = await call(storyboardRoute, "GET", { id: showId, episodeId }, { as: "share" });
    expect(read.status).toBe(200);
    expect((read.body as unknown as StoryboardView).shots).toHaveLength(board.shots.length);
    const as = { as: "share" as const };
    const writes = [
      await call(
        shotRoute,
        "PATCH",
        { id: showId, shotId },
        { ...as, body: { action: "Vandalised." } },
      ),
      await call(shotRoute, "DELETE", { id: showId, shotId }, as),
      await call(shotsRoute, "POST", { id: showId, episodeId }, { ...as, body: {} }),
      await call(
        shotsRoute,
        "PUT",
        { id: showId, episodeId },
        { ...as, body: { shotIds: [shotId] } },
      ),
      await call(animaticRoute, "POST", { id: showId, episodeId }, as),
    ];
    expect(writes.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    const after = await readBoard();
    expect(after.shots).toHaveLength(board.shots.length);
    expect(after.shots[0]!.spec.action).toBe(board.shots[0]!.spec.action);
  });

  it("keeps one set of tasks for Make animatic pressed twice, or twice at once", async () => {
    const { db } = t.container;
    // Hold the pieces in the running state, so the second press finds them all in flight.
    const [row] = await db.select().from(shows).where(eq(shows.id, showId));
    await db
      .update(shows)
      .set({
        settings: {
          ...(row!.settings as object),
          testDelays: { kinds: ["storyboard_frame", "voice_line", "score"], seconds: 300 },
        },
      })
      .where(eq(shows.id, showId));
    const first = await call(animaticRoute, "POST", { id: showId, episodeId });
    expect(first.status).toBe(202);
    const firstIds = (first.body.requested as { id: string }[]).map((task) => task.id).sort();
    expect(firstIds.length).toBeGreaterThan(board.shots.length);
    const activeIds = async () =>
      (await db.select().from(tasks).where(eq(tasks.showId, showId)))
        .filter((task) => task.status === "queued" || task.status === "running")
        .map((task) => task.id)
        .sort();
    const before = await activeIds();
    expect(before).toEqual(expect.arrayContaining(firstIds));
    const second = await call(animaticRoute, "POST", { id: showId, episodeId });
    expect(second.status).toBe(202);
    const [a, b] = await Promise.all([
      call(animaticRoute, "POST", { id: showId, episodeId }),
      call(animaticRoute, "POST", { id: showId, episodeId }),
    ]);
    // Every piece is in flight: pressing again asks for nothing more.
    for (const again of [second, a, b]) {
      expect(again.status).toBe(202);
      expect(again.body.requested).toEqual([]);
      expect((again.body.storyboard as StoryboardView).animaticWanted).toBe(true);
    }
    expect(await activeIds()).toEqual(before);
    const all = await db.select().from(tasks).where(eq(tasks.showId, showId));
    const active = all.filter((task) => task.status === "queued" || task.status === "running");
    const keys = active.map((task) => `${task.kind}:${task.target}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes a new script when every shot was deleted and the animatic is asked for", async () => {
    const { engine } = t.container;
    for (const shot of (await readBoard()).shots) {
      expect((await call(shotRoute, "DELETE", { id: showId, shotId: shot.id })).status).toBe(204);
    }
    expect((await readBoard()).shots).toEqual([]);
    const made = await call(animaticRoute, "POST", { id: showId, episodeId });
    expect(made.status).toBe(202);
    const requested = made.body.requested as { id: string; kind: string }[];
    expect(requested.map((task) => task.kind)).toEqual(["episode_script"]);
    await waitForStatus(engine, requested[0]!.id, "succeeded", 120_000);
    expect((await readBoard()).shots.length).toBeGreaterThanOrEqual(8);
    // The new script's pieces are held by the test delays; this board is done with.
    await quiet();
  });

  it("keeps a shot usable after its speaker left the cast: it reads, edits, redraws and voices", async () => {
    const { db, engine } = t.container;
    const before = await readBoard();
    const shot = before.shots.find((candidate) =>
      candidate.spec.dialogue.some((line) =>
        candidate.spec.characterIds.includes(line.characterId),
      ),
    )!;
    const line = shot.spec.dialogue[0]!;
    const gone = line.characterId;
    // What a new cast does to every character of the old one.
    await db.delete(characters).where(eq(characters.id, gone));

    const after = await readBoard();
    const ghostLine = after.shots
      .find((candidate) => candidate.id === shot.id)!
      .lines.find((candidate) => candidate.lineId === line.id)!;
    expect(ghostLine.speaker).toBe("Narrator");
    // Editing what the shot shows does not trip over who used to be in it.
    const edit = await patchShot(shot.id, { action: "The stall's shutters come down." });
    expect(edit.status).toBe(200);
    const timed = await patchShot(shot.id, { durationSeconds: 5 });
    expect(timed.status).toBe(200);
    // Putting them in a shot they were not in is refused.
    const elsewhere = after.shots.find(
      (candidate) =>
        !candidate.spec.characterIds.includes(gone) &&
        !candidate.spec.dialogue.some((spoken) => spoken.characterId === gone),
    )!;
    const again = await patchShot(elsewhere.id, { characterIds: [gone] });
    expect(again.status).toBe(400);
    expect(again.body.error?.field).toBe("characterIds");

    const frame = await call(
      tasksRoute,
      "POST",
      { id: showId },
      {
        body: { kind: "storyboard_frame", target: shot.id },
      },
    );
    const voice = await call(
      tasksRoute,
      "POST",
      { id: showId },
      {
        body: { kind: "voice_line", target: `${shot.id}:${line.id}` },
      },
    );
    expect([frame.status, voice.status]).toEqual([201, 201]);
    await waitForStatus(engine, String(frame.body.id), "succeeded", 120_000);
    await waitForStatus(engine, String(voice.body.id), "succeeded", 120_000);
    const redrawn = (await readBoard()).shots.find((candidate) => candidate.id === shot.id)!;
    expect(redrawn.frameCurrent).toBe(true);
    expect(redrawn.lines.find((candidate) => candidate.lineId === line.id)!.take).not.toBeNull();
  });
});
