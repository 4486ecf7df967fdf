import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { episodes, shots, shows } from "../../src/server/db/schema";
import { loadTrailerPlan } from "../../src/server/pipeline/storyboard/load-storyboard";
import { insertAsset } from "../../src/server/shows/assets";
import type { TrailerBoardView } from "../../src/server/shows/trailer-view";
import type { TaskDto } from "../../src/server/tasks/task-dto";
import { heldTrailerKinds, trailerBoardSpecs } from "./trailer-fixtures";
import {
  cutRoute,
  shotRoute,
  trailerRoute,
  trailerShotsRoute,
  useTrailerEditorWorld,
} from "./trailer-routes";

/**
 * The trailer editor's API as the console uses it and as a careless or hostile client would:
 * edits keep what makes a shot a trailer shot, reorders and trims stay within bounds, a new
 * length asks for a new script, "Cut trailer" asks for exactly the missing pieces, and every bad
 * request is a 4xx that names what was wrong.
 */
describe("the trailer editor API", () => {
  const world = useTrailerEditorWorld();
  const { call, readBoard } = world;
  const patchShot = (shotId: string, body: unknown, id = world.showId) =>
    call(shotRoute, "PATCH", { id, shotId }, { body });

  it("shows the board: beats, the title card without a frame, its length with the end card", async () => {
    const board = await readBoard();
    expect(board.shots.map((shot) => shot.spec.beat)).toEqual([
      "hook",
      "world",
      "characters",
      "stakes",
      "escalation",
      "title",
      "button",
    ]);
    const title = board.shots[5]!;
    expect(title.isCard).toBe(true);
    expect(title.spec.card).toBe("THE NIGHT SHIFT");
    expect(title.frameCurrent).toBe(true);
    expect(board.shots[3]!.spec.transitionIn).toBe("dissolve");
    // 24 s of shots and the 3 s end card.
    expect(board.plannedSeconds).toBe(27);
    expect(board.settings).toEqual({ seconds: 30, aspect: "16:9" });
    expect(board.cut).toBeNull();
    expect(board.cutCurrent).toBe(false);
    // Offline, nothing costs anything; what a cut would make is still counted.
    expect(board.recut).toMatchObject({ frames: 6, takes: 4, score: true, clips: 0, usd: 0 });
    expect(board.shots[0]!.lines.map((line) => line.speaker)).toEqual(["Narrator"]);
  });

  it("keeps a trailer shot's beat, card and transition through an edit of its words", async () => {
    const before = await readBoard();
    const hook = before.shots[0]!;
    const answer = await patchShot(hook.id, { narration: "Nobody leaves hungry. Nobody." });
    expect(answer.status).toBe(200);
    const after = answer.body as unknown as TrailerBoardView;
    expect(after.shots[0]!.spec).toMatchObject({
      beat: "hook",
      card: "",
      transitionIn: "cut",
      narration: "Nobody leaves hungry. Nobody.",
    });
    // The dissolve and the card survive edits too, whole-spec saves included (the console's).
    const stakes = before.shots[3]!;
    const { beat: _beat, card: _card, transitionIn: _in, ...plain } = stakes.spec;
    expect((await patchShot(stakes.id, { ...plain, action: "He waits." })).status).toBe(200);
    const title = before.shots[5]!;
    expect((await patchShot(title.id, { durationSeconds: 4 })).status).toBe(200);
    const [stored] = await world.t.container.db.select().from(shots).where(eq(shots.id, stakes.id));
    expect(stored!.spec).toMatchObject({ beat: "stakes", transitionIn: "dissolve" });
    const board = await readBoard();
    expect(board.shots[3]!.spec.transitionIn).toBe("dissolve");
    expect(board.shots[5]!.spec.card).toBe("THE NIGHT SHIFT");
    expect(board.shots[5]!.isCard).toBe(true);
  });

  it("edits a card's words, turns a card into a picture and back, and sets beat and transition", async () => {
    const title = (await readBoard()).shots[5]!;
    let board = (await patchShot(title.id, { card: "COMING SOON" }))
      .body as unknown as TrailerBoardView;
    expect(board.shots[5]!.spec.card).toBe("COMING SOON");
    board = (await patchShot(title.id, { card: "" })).body as unknown as TrailerBoardView;
    expect(board.shots[5]!.isCard).toBe(false);
    // A picture needs a frame: the re-cut now draws one more.
    expect(board.shots[5]!.frameCurrent).toBe(false);
    expect(board.recut.frames).toBe(7);
    board = (await patchShot(title.id, { card: "THE NIGHT SHIFT", transitionIn: "cut" }))
      .body as unknown as TrailerBoardView;
    expect(board.shots[5]).toMatchObject({ isCard: true, spec: { transitionIn: "cut" } });
    board = (await patchShot(board.shots[1]!.id, { beat: "escalation" }))
      .body as unknown as TrailerBoardView;
    expect(board.shots[1]!.spec.beat).toBe("escalation");
  });

  it("trims a shot between 2 and 8 seconds and refuses anything outside", async () => {
    const shot = (await readBoard()).shots[1]!;
    let board = (await patchShot(shot.id, { durationSeconds: 2 }))
      .body as unknown as TrailerBoardView;
    expect(board.plannedSeconds).toBe(26);
    board = (await patchShot(shot.id, { durationSeconds: 8 })).body as unknown as TrailerBoardView;
    expect(board.plannedSeconds).toBe(32);
    for (const durationSeconds of [1.5, 8.5, 0, -3, 1e308]) {
      const answer = await patchShot(shot.id, { durationSeconds });
      expect(answer.status, String(durationSeconds)).toBe(400);
      expect(answer.body.error?.field).toBe("durationSeconds");
    }
    expect((await readBoard()).shots[1]!.spec.durationSeconds).toBe(8);
  });

  it("reorders the board, naming every shot once, and refuses a stale or doubled order", async () => {
    const ids = (await readBoard()).shots.map((shot) => shot.id);
    const reversed = [...ids].reverse();
    const answer = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      { body: { shotIds: reversed } },
    );
    expect(answer.status).toBe(200);
    const board = answer.body as unknown as TrailerBoardView;
    expect(board.shots.map((shot) => shot.id)).toEqual(reversed);
    expect(board.shots[0]!.spec.beat).toBe("button");
    expect(board.shots.map((shot) => shot.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const doubled = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: [ids[0], ...ids.slice(0, -1)] },
      },
    );
    expect(doubled.status).toBe(400);
    expect(doubled.body.error?.field).toBe("shotIds");
    const stale = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: ids.slice(1) },
      },
    );
    expect(stale.status).toBe(409);
    const foreign = (await readBoard(world.otherShowId)).shots.map((shot) => shot.id);
    const theirs = await call(
      trailerShotsRoute,
      "PUT",
      { id: world.showId },
      {
        body: { shotIds: foreign },
      },
    );
    expect(theirs.status).toBe(409);
    expect((await readBoard()).shots.map((shot) => shot.id)).toEqual(reversed);
  });

  it("adds a picture after a shot in its beat, and a title card, and deletes a shot", async () => {
    const first = (await readBoard()).shots[0]!;
    let answer = await call(
      trailerShotsRoute,
      "POST",
      { id: world.showId },
      {
        body: { afterShotId: first.id },
      },
    );
    expect(answer.status).toBe(201);
    let board = answer.body as unknown as TrailerBoardView;
    expect(board.shots).toHaveLength(8);
    expect(board.shots[1]).toMatchObject({
      isCard: false,
      spec: { beat: "hook", card: "", transitionIn: "cut" },
    });
    const card = { ...trailerBoardSpecs(...world.castIds)[5]!, card: "THIS SUMMER" };
    answer = await call(trailerShotsRoute, "POST", { id: world.showId }, { body: { spec: card } });
    board = answer.body as unknown as TrailerBoardView;
    expect(board.shots.at(-1)).toMatchObject({ isCard: true, spec: { card: "THIS SUMMER" } });
    const removed = board.shots[1]!.id;
    const deleted = await call(shotRoute, "DELETE", { id: world.showId, shotId: removed });
    expect(deleted.status).toBe(204);
    board = await readBoard();
    expect(board.shots).toHaveLength(8);
    expect(board.shots.map((shot) => shot.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(board.shots.some((shot) => shot.id === removed)).toBe(false);
  });

  it("answers hostile edits with 400s naming the field and leaves the board as it was", async () => {
    const board = await readBoard();
    const title = board.shots[5]!;
    const cases: { body?: unknown; raw?: string; field?: string }[] = [
      { body: { card: "x".repeat(50_000) }, field: "card" },
      { body: { beat: "climax" }, field: "beat" },
      { body: { transitionIn: "wipe" }, field: "transitionIn" },
      { body: { card: 7 }, field: "card" },
      { body: { colour: "red" } },
      { raw: "{not json" },
      { body: null },
    ];
    for (const { body, raw, field } of cases) {
      const answer = await call(
        shotRoute,
        "PATCH",
        { id: world.showId, shotId: title.id },
        { body, raw },
      );
      expect(answer.status, JSON.stringify(raw ?? body).slice(0, 60)).toBe(400);
      if (field) {
        expect(answer.body.error?.field).toBe(field);
      }
    }
    const added = await call(
      trailerShotsRoute,
      "POST",
      { id: world.showId },
      {
        body: { spec: { ...trailerBoardSpecs(...world.castIds)[5]!, card: "y".repeat(50_000) } },
      },
    );
    expect(added.status).toBe(400);
    expect(added.body.error?.field).toBe("spec.card");
    const unknown = await call(
      trailerShotsRoute,
      "POST",
      { id: world.showId },
      {
        body: { afterShotId: randomUUID() },
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.field).toBe("afterShotId");
    expect(await readBoard()).toEqual(board);
  });

  it("keeps other shows' shots out of reach: 404 through this show, 404 for a member", async () => {
    const theirs = (await readBoard(world.otherShowId)).shots[0]!;
    const through = await patchShot(theirs.id, { card: "MINE NOW" });
    expect(through.status).toBe(404);
    const direct = await call(
      shotRoute,
      "PATCH",
      { id: world.otherShowId, shotId: theirs.id },
      { body: { card: "MINE NOW" }, as: world.member },
    );
    expect(direct.status).toBe(200);
    const mine = (await readBoard()).shots[0]!;
    const asMember = await call(
      shotRoute,
      "PATCH",
      { id: world.showId, shotId: mine.id },
      { body: { narration: "Hi." }, as: world.member },
    );
    expect(asMember.status).toBe(404);
    expect(
      (await call(trailerRoute, "GET", { id: world.showId }, { as: world.member })).status,
    ).toBe(404);
    expect((await call(cutRoute, "POST", { id: world.showId }, { as: world.member })).status).toBe(
      404,
    );
    const reshaped = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { aspect: "9:16" }, as: world.member },
    );
    expect(reshaped.status).toBe(404);
    expect((await readBoard()).settings.aspect).toBe("16:9");
  });

  it("refuses a beat, card or transition on an episode's shot", async () => {
    const { db } = world.t.container;
    const [episode] = await db
      .insert(episodes)
      .values({
        showId: world.showId,
        number: 1,
        title: "Pilot",
        outline: { number: 1, title: "Pilot", logline: "A stall opens.", aPlot: "A.", bPlot: "B." },
      })
      .returning();
    const {
      beat: _beat,
      card: _card,
      transitionIn: _in,
      ...spec
    } = trailerBoardSpecs(...world.castIds)[0]!;
    const [shot] = await db
      .insert(shots)
      .values({
        showId: world.showId,
        episodeId: episode!.id,
        sequence: `episode:${episode!.id}`,
        position: 0,
        spec,
      })
      .returning();
    const answer = await patchShot(shot!.id, { card: "NOT HERE" });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.field).toBe("card");
    expect((await patchShot(shot!.id, { narration: "Still editable." })).status).toBe(200);
    await db.delete(episodes).where(eq(episodes.id, episode!.id));
  });

  it("refuses a length or shape it does not make, naming the field", async () => {
    const cases: { body: unknown; field?: string }[] = [
      { body: { aspect: "4:3" }, field: "aspect" },
      { body: { seconds: 45 }, field: "seconds" },
      { body: { seconds: "30" }, field: "seconds" },
      { body: { seconds: 30, loop: true } },
      { body: [] },
    ];
    for (const { body, field } of cases) {
      const answer = await call(trailerRoute, "PATCH", { id: world.showId }, { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      if (field) {
        expect(answer.body.error?.field).toBe(field);
      }
    }
    expect((await readBoard()).settings).toEqual({ seconds: 30, aspect: "16:9" });
  });

  it("asks for a new script at a new length; the board stays until it lands", async () => {
    const before = await readBoard();
    const answer = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 60 } },
    );
    expect(answer.status).toBe(200);
    const requested = answer.body.requested as TaskDto[];
    expect(requested.map((task) => task.kind)).toEqual(["trailer_script"]);
    const board = answer.body.trailer as TrailerBoardView;
    expect(board.settings.seconds).toBe(60);
    expect(board.shots.map((shot) => shot.id)).toEqual(before.shots.map((shot) => shot.id));
    // Asking again for the length it has asks for nothing.
    const again = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { seconds: 60 } },
    );
    expect(again.body.requested).toEqual([]);
  });

  it("a new shape of a trailer nobody asked for is only remembered", async () => {
    const answer = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { aspect: "9:16" } },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.requested).toEqual([]);
    expect((answer.body.trailer as TrailerBoardView).settings.aspect).toBe("9:16");
  });

  it("Cut trailer wants the cut and asks for each missing piece, not the cut itself", async () => {
    const board = await readBoard();
    const answer = await call(cutRoute, "POST", { id: world.showId });
    expect(answer.status).toBe(202);
    const requested = answer.body.requested as TaskDto[];
    const targets = (kind: string) =>
      requested
        .filter((task) => task.kind === kind)
        .map((task) => task.target)
        .sort();
    const pictures = board.shots.filter((shot) => !shot.isCard).map((shot) => shot.id);
    expect(targets("storyboard_frame")).toEqual([...pictures].sort());
    expect(targets("voice_line")).toEqual(
      board.shots.flatMap((shot) => shot.lines.map((line) => line.target)).sort(),
    );
    expect(targets("score")).toEqual(["trailer"]);
    expect(targets("trailer")).toEqual([]);
    const after = answer.body.trailer as TrailerBoardView;
    expect(after.trailerWanted).toBe(true);
    // Asking twice while those run asks for nothing more.
    const twice = await call(cutRoute, "POST", { id: world.showId });
    expect(twice.body.requested).toEqual([]);
    // A new shape while the cut is wanted is remembered; the pieces in flight are not asked again.
    const reshaped = await call(
      trailerRoute,
      "PATCH",
      { id: world.showId },
      { body: { aspect: "9:16" } },
    );
    expect(reshaped.body.requested).toEqual([]);
    expect((reshaped.body.trailer as TrailerBoardView).trailerWanted).toBe(true);
  });

  it("prices a re-cut on paid models, and reuses a frame that did not change", async () => {
    const { db, engine } = world.t.container;
    const [row] = await db.select().from(shows).where(eq(shows.id, world.showId));
    const paid = {
      ...(row!.settings as object),
      ...heldTrailerKinds,
      image: { provider: "openai", model: "gpt-image-1" },
      audio: { provider: "openai", model: "gpt-4o-mini-tts" },
      music: { provider: "replicate", model: "meta/musicgen" },
      video: { provider: "replicate", model: "kwaivgi/kling-v2.1" },
      paidVideosConfirmed: true,
    };
    try {
      // Until the user confirms paid videos, autopilot's trailer moves its frames: no clips.
      await db
        .update(shows)
        .set({ settings: { ...paid, paidVideosConfirmed: false } })
        .where(eq(shows.id, world.showId));
      expect((await readBoard()).recut).toMatchObject({ frames: 6, clips: 0 });
      await db.update(shows).set({ settings: paid }).where(eq(shows.id, world.showId));
      const board = await readBoard();
      expect(board.recut).toMatchObject({ frames: 6, clips: 6, takes: 4, score: true });
      expect(board.recut.complete).toBe(true);
      expect(board.recut.usd).toBeGreaterThan(0);
      // The first shot's frame exists as drawn for the shot as it is: only its clip is still made.
      const { plan } = await loadTrailerPlan(db, world.showId);
      const [task] = await engine.list({ status: "all", showId: world.showId, limit: 1 });
      const frame = await insertAsset(
        db,
        {
          kind: "storyboard_frame",
          storageKey: `test/${randomUUID()}.png`,
          mime: "image/png",
          bytes: 1,
          width: 1280,
          height: 720,
          durationSeconds: null,
          provider: "openai",
          model: "gpt-image-1",
          prompt: "",
          costUsd: 0.04,
          contentHash: plan.shots[0]!.frameHash,
        },
        { showId: world.showId, taskId: task!.id, shotId: board.shots[0]!.id },
      );
      await db
        .update(shots)
        .set({ frameAssetId: frame.id })
        .where(eq(shots.id, board.shots[0]!.id));
      const reused = await readBoard();
      expect(reused.shots[0]!.frameCurrent).toBe(true);
      expect(reused.recut).toMatchObject({ frames: 5, clips: 6, takes: 4 });
      expect(reused.recut.usd).toBeLessThan(board.recut.usd);
    } finally {
      await db.update(shows).set({ settings: row!.settings }).where(eq(shows.id, world.showId));
    }
  });
});
