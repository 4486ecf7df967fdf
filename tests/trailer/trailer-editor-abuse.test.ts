import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { shots, shows } from "../../src/server/db/schema";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { type AssetKind, insertAsset } from "../../src/server/shows/assets";
import { loadSequenceShots } from "../../src/server/shows/shot-records";
import { trailerSequence } from "../../src/server/shows/trailer-script";
import type { TrailerBoardView } from "../../src/server/shows/trailer-view";
import type { TaskDto } from "../../src/server/tasks/task-dto";
import { waitForStatus } from "../helpers/test-engine";
import { trailerBoardSpecs } from "./trailer-fixtures";
import {
  cutRoute,
  shotRoute,
  trailerRoute,
  trailerShotsRoute,
  useTrailerEditorWorld,
} from "./trailer-routes";

/**
 * The trailer editor as a careless or hostile client drives it: words far past any field's limit,
 * characters that corrupt text, ids that are not this board's, bodies that are not JSON objects,
 * a length changed while a script is written, clicks that race each other. Every one is a 4xx
 * naming what was wrong (or one task, for a double click), never a 500 and never work nobody
 * asked for.
 */
describe("the trailer editor under abuse", () => {
  const world = useTrailerEditorWorld();
  const { call, readBoard } = world;
  const activeTasks = async () =>
    (
      await world.t.container.engine.list({ status: "all", showId: world.showId, limit: 500 })
    ).filter((task) => task.status === "queued" || task.status === "running");
  const setSettings = async (patch: Record<string, unknown>) => {
    const { db } = world.t.container;
    const [row] = await db.select().from(shows).where(eq(shows.id, world.showId));
    await db
      .update(shows)
      .set({ settings: { ...(row!.settings as object), ...patch } })
      .where(eq(shows.id, world.showId));
  };

  it("refuses oversized, corrupting or impossible words with a 400 naming the field", async () => {
    const board = await readBoard();
    const speaker = world.castIds[0];
    const line = (text: string) => [{ id: "l9", characterId: speaker, line: text, delivery: "" }];
    const huge = "x".repeat(50_000);
    const cases: { body?: unknown; raw?: string; status?: number; field?: string }[] = [
      { body: { narration: huge }, field: "narration" },
      { body: { dialogue: line(huge) }, field: "dialogue.0.line" },
      { body: { action: huge }, field: "action" },
      { body: { narration: "Every night\u0000" }, field: "narration" },
      { body: { dialogue: line("We're\u0000 closed.") }, field: "dialogue.0.line" },
      { body: { card: "THE NIGHT\u202E SHIFT" }, field: "card" },
      { body: { narration: "Every \u2066night" }, field: "narration" },
      { body: { scene: { interior: true, location: "\u202Dx", timeOfDay: "day" } } },
      { body: { durationSeconds: 0 }, field: "durationSeconds" },
      { body: { durationSeconds: -4 }, field: "durationSeconds" },
      { body: { durationSeconds: "NaN" }, field: "durationSeconds" },
      { body: { durationSeconds: null }, field: "durationSeconds" },
      { raw: '{"durationSeconds": 1e999}', field: "durationSeconds" },
      { body: { durationSeconds: 86_400 }, field: "durationSeconds" },
      // 50,000 two-byte characters are past the body limit before any field is read.
      { body: { narration: "é".repeat(50_000) }, status: 413 },
      { raw: '"hello"' },
      { raw: "[1, 2]" },
    ];
    for (const [index, { body, raw, status = 400, field }] of cases.entries()) {
      const answer = await call(
        shotRoute,
        "PATCH",
        { id: world.showId, shotId: board.shots[0]!.id },
        {
          body,
          raw,
        },
      );
      expect(answer.status, `case ${index}`).toBe(status);
      expect(answer.body.error?.message, `case ${index}`).toBeTruthy();
      if (field) {
        expect(answer.body.error?.field, `case ${index}`).toBe(field);
      }
    }
    const plain = await call(
      shotRoute,
      "PATCH",
      { id: world.showId, shotId: board.shots[0]!.id },
      {
        raw: '{"narration":"Hi."}',
        type: "text/plain",
      },
    );
    expect(plain.status).toBe(415);
    expect(await readBoard()).toEqual(board);
  });

  it("answers 404 for a shot that is not this show's, and keeps a member out of the owner's board", async () => {
    const mine = (await readBoard()).shots[0]!;
    const theirs = (await readBoard(world.otherShowId)).shots[0]!;
    for (const shotId of [randomUUID(), "not-a-uuid", theirs.id]) {
      expect(
        (await call(shotRoute, "PATCH", { id: world.showId, shotId }, { body: {} })).status,
      ).toBe(404);
      expect((await call(shotRoute, "DELETE", { id: world.showId, shotId })).status).toBe(404);
    }
    const after = await call(
      trailerShotsRoute,
      "POST",
      { id: world.showId },
      {
        body: { afterShotId: theirs.id },
      },
    );
    expect(after.status).toBe(400);
    expect(after.body.error?.field).toBe("afterShotId");
    const ids = (await readBoard()).shots.map((shot) => shot.id);
    const missing = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: ids.slice(0, -1) },
      },
    );
    expect(missing.status).toBe(409);
    const swapped = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: [...ids.slice(0, -1), theirs.id] },
      },
    );
    expect(swapped.status).toBe(409);
    const doubled = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: [...ids, ids[0]] },
      },
    );
    expect(doubled.status).toBe(400);
    expect(doubled.body.error?.field).toBe("shotIds");
    // A member (not the owner) reaches none of the owner's trailer.
    const asMember = { as: world.member };
    expect(
      (await call(trailerShotsRoute, "POST", { id: world.showId }, { ...asMember, body: {} }))
        .status,
    ).toBe(404);
    expect(
      (
        await call(
          trailerShotsRoute,
          "PUT",
          { id: world.showId },
          { ...asMember, body: { shotIds: ids } },
        )
      ).status,
    ).toBe(404);
    expect(
      (await call(shotRoute, "DELETE", { id: world.showId, shotId: mine.id }, asMember)).status,
    ).toBe(404);
    expect((await readBoard()).shots.map((shot) => shot.id)).toEqual(ids);
  });

  it("Cut trailer reads its body as every route does: JSON only, within the limit", async () => {
    const refused: { raw: string; type?: string; status: number }[] = [
      { raw: "cut=1", type: "application/x-www-form-urlencoded", status: 415 },
      { raw: "garbage", type: "text/plain", status: 415 },
      { raw: JSON.stringify({ pad: "x".repeat(2_000_000) }), status: 413 },
      { raw: "[1]", status: 400 },
      { raw: '{"seconds": 60}', status: 400 },
    ];
    for (const { raw, type, status } of refused) {
      const answer = await call(cutRoute, "POST", { id: world.showId }, { raw, type });
      expect(answer.status, raw.slice(0, 40)).toBe(status);
      expect(answer.body.error?.message).toBeTruthy();
    }
    // Nothing was asked for by any of them.
    expect(await activeTasks()).toEqual([]);
    expect((await readBoard()).trailerWanted).toBe(false);
    const cut = await call(cutRoute, "POST", { id: world.showId }, { body: {} });
    expect(cut.status).toBe(202);
    expect((cut.body.requested as TaskDto[]).length).toBeGreaterThan(0);
  });

  it("deleting every shot, then Cut trailer writes a script first", async () => {
    for (const shot of (await readBoard()).shots) {
      expect((await call(shotRoute, "DELETE", { id: world.showId, shotId: shot.id })).status).toBe(
        204,
      );
    }
    const empty = await readBoard();
    expect(empty.shots).toEqual([]);
    expect(empty.recut.script).toBe(true);
    const reorder = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      { body: { shotIds: [] } },
    );
    expect(reorder.status).toBe(400);
    const cut = await call(cutRoute, "POST", { id: world.showId }, { body: {} });
    expect(cut.status).toBe(202);
    expect((cut.body.requested as TaskDto[]).map((task) => task.kind)).toEqual(["trailer_script"]);
  });

  it("refuses a new length while a script of another length is being written", async () => {
    const sixty = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 60 } },
    );
    expect(sixty.status).toBe(200);
    const [script] = sixty.body.requested as TaskDto[];
    expect(script!.kind).toBe("trailer_script");
    // Back to 30 s before the 60-second script lands: that script would replace the board at 60 s
    // while the settings said 30. The user is told to wait for it or cancel it.
    const thirty = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 30 } },
    );
    expect(thirty.status).toBe(409);
    expect(thirty.body.error?.field).toBe("seconds");
    expect(thirty.body.error?.message).toMatch(/60-second/);
    expect((await readBoard()).settings).toEqual({ seconds: 60, aspect: "16:9" });
    // A shape alone does not change the script: it is remembered.
    const tall = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { aspect: "9:16" } },
    );
    expect(tall.status).toBe(200);
    expect((await readBoard()).settings).toEqual({ seconds: 60, aspect: "9:16" });
    // Once the script is canceled, the length may change again.
    await world.t.container.engine.cancel(script!.id);
    const again = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 30 } },
    );
    expect(again.status).toBe(200);
    expect((again.body.requested as TaskDto[]).map((task) => task.kind)).toEqual([
      "trailer_script",
    ]);
  });

  it("while a new script is written, Cut trailer waits for it and prices nothing of the old board", async () => {
    await call(trailerRoute, "PATCH", { id: world.showId }, { body: { seconds: 60 } });
    const board = await readBoard();
    expect(board.writingScript).toBe(true);
    // The old board's six frames, four takes and score will never be made: the script replaces it.
    expect(board.recut).toMatchObject({ frames: 0, clips: 0, takes: 0, score: false, usd: 0 });
    const cut = await call(cutRoute, "POST", { id: world.showId }, { body: {} });
    expect(cut.status).toBe(202);
    expect(cut.body.requested).toEqual([]);
    expect((cut.body.trailer as TrailerBoardView).trailerWanted).toBe(true);
  });

  it("a piece landing while a new script is written asks nothing more of the board it replaces", async () => {
    // Only the script is held; the cut was asked for, so completions go on towards it.
    await setSettings({ testDelays: { kinds: ["trailer_script"], seconds: 300 } });
    await world.t.container.db
      .update(shows)
      .set({ trailerWanted: true })
      .where(eq(shows.id, world.showId));
    const sixty = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 60 } },
    );
    expect((sixty.body.requested as TaskDto[]).map((task) => task.kind)).toEqual([
      "trailer_script",
    ]);
    // One take of the old board lands (a Re-voice the user asked for before changing the length).
    const hook = (await readBoard()).shots[0]!;
    const { task: take } = await world.t.container.engine.request({
      showId: world.showId,
      kind: "voice_line",
      target: hook.lines[0]!.target,
      title: "Voice · Narrator",
      source: "user",
    });
    await waitForStatus(world.t.container.engine, take.id, "succeeded", 60_000);
    // Its completion must not ask for frames, takes, a score or a cut of the board about to go.
    expect((await activeTasks()).map((task) => task.kind)).toEqual(["trailer_script"]);
  });

  it("two Cut trailer clicks at once make one cut", async () => {
    await makeEveryPieceCurrent();
    const board = await readBoard();
    expect(board.recut).toMatchObject({ frames: 0, takes: 0, score: false });
    const answers = await Promise.all([
      call(cutRoute, "POST", { id: world.showId }, { body: {} }),
      call(cutRoute, "POST", { id: world.showId }, { body: {} }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([202, 202]);
    const cuts = (await activeTasks()).filter((task) => task.kind === "trailer");
    expect(cuts).toHaveLength(1);
    const answered = answers.flatMap((answer) => answer.body.requested as TaskDto[]);
    expect(answered.map((task) => task.id)).toEqual([cuts[0]!.id]);
  });

  // PGlite serves one connection, so these race for real on PostgreSQL (TEST_DATABASE_URL).
  it("shots added at once never pass the board's 30, each in its own place", async () => {
    const { db } = world.t.container;
    const card = trailerBoardSpecs(...world.castIds)[5]!;
    await db.insert(shots).values(
      Array.from({ length: 20 }, (_, index) => ({
        showId: world.showId,
        sequence: trailerSequence,
        position: 7 + index,
        spec: card,
      })),
    );
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(trailerShotsRoute, "POST", { id: world.showId }, { body: {} }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    const board = await loadSequenceShots(db, world.showId, trailerSequence);
    expect(board).toHaveLength(30);
    expect(board.map((shot) => shot.position)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it("two edits of one shot at once both stick", async () => {
    const shot = (await readBoard()).shots[1]!;
    for (const round of [1, 2, 3, 4, 5]) {
      const narration = `Round ${round}: the market never sleeps.`;
      const durationSeconds = 2 + round;
      const answers = await Promise.all([
        call(shotRoute, "PATCH", { id: world.showId, shotId: shot.id }, { body: { narration } }),
        call(
          shotRoute,
          "PATCH",
          { id: world.showId, shotId: shot.id },
          { body: { durationSeconds } },
        ),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      const stored = (await readBoard()).shots[1]!.spec;
      expect({ narration: stored.narration, durationSeconds: stored.durationSeconds }).toEqual({
        narration,
        durationSeconds,
      });
    }
  });

  /** Stores a frame, take and score made from the board as it is, as the pieces' tasks would. */
  async function makeEveryPieceCurrent() {
    const { db, engine } = world.t.container;
    const { plan } = await loadTrailerPlan(db, world.showId);
    const [task] = await engine.list({ status: "all", showId: world.showId, limit: 1 });
    const store = (kind: AssetKind, contentHash: string, shotId: string | null) =>
      insertAsset(
        db,
        {
          kind,
          storageKey: `test/${randomUUID()}`,
          mime: kind === "storyboard_frame" ? "image/png" : "audio/wav",
          bytes: 1,
          width: null,
          height: null,
          durationSeconds: kind === "storyboard_frame" ? null : 2,
          provider: "offline",
          model: "test",
          prompt: "",
          costUsd: 0,
          contentHash,
        },
        { showId: world.showId, taskId: task!.id, ...(shotId ? { shotId } : {}) },
      );
    for (const shot of plan.shots) {
      if (!shot.isCard) {
        const frame = await store("storyboard_frame", shot.frameHash, shot.row.id);
        await db.update(shots).set({ frameAssetId: frame.id }).where(eq(shots.id, shot.row.id));
      }
      for (const line of shot.lines) {
        await store("voice_line", line.hash, shot.row.id);
      }
    }
    const score = await store("score", plan.score.hash, null);
    await db.update(shows).set({ trailerScoreAssetId: score.id }).where(eq(shows.id, world.showId));
  }
});
