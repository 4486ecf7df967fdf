import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as packageRoute from "../../src/app/api/shows/[id]/package.zip/route";
import { setContainer } from "../../src/server/container";
import { assets, episodes } from "../../src/server/db/schema";
import { parseOtio } from "../../src/server/exports/otio/test-otio";
import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { addShot, deleteShot, updateShot } from "../../src/server/shows/edit-shots";
import { requestShowTask } from "../../src/server/shows/request-show-task";
import type { ShotFraming } from "../../src/server/shows/shot-vocabulary";
import { getStoryboard } from "../../src/server/shows/storyboard-view";
import { getTrailerBoard } from "../../src/server/shows/trailer-view";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

const run = promisify(execFile);

/** A clip's file as its timeline names it, and the stored asset its reference says it is. */
interface Reference {
  target: string;
  assetId: string | undefined;
}

/** Every clip reference of an .otio file in an unzipped package. */
function referencesOf(otioFile: string): Reference[] {
  const timeline = parseOtio(fs.readFileSync(otioFile, "utf8"));
  return timeline.tracks.children.flatMap((track) =>
    track.children.flatMap((item) => {
      if (item.OTIO_SCHEMA !== "Clip.1") {
        return [];
      }
      const reference = item.media_reference;
      const greenlight = reference.metadata.greenlight as { asset_id?: unknown } | undefined;
      return [
        {
          target: decodeURIComponent(reference.target_url),
          assetId: typeof greenlight?.asset_id === "string" ? greenlight.asset_id : undefined,
        },
      ];
    }),
  );
}

/** Another framing, so a redraw of the shot is a different picture. */
const otherFraming = (framing: ShotFraming): ShotFraming =>
  framing === "extreme wide" ? "close-up" : "extreme wide";

/**
 * The package's `.otio` files are the cuts as they were made, so the files they point at must be
 * what those cuts used — even after the user has gone on editing the board without cutting
 * again: a frame redrawn, a title card reworded, a shot deleted, a shot added. The board as it is
 * now still comes along wherever the timelines name nothing.
 */
describe("the package after the board moves on from its cuts, offline", () => {
  let t: TestContainer;
  let owner: TestAccount;
  let showId: string;
  let episodeId: string;
  /** The temporary folders the downloads were unzipped into (mkdtemp's own). */
  const unzipped: string[] = [];
  /** Packages downloaded right after the cuts, and after the edits. */
  let atCut: string;
  let afterEdits: string;
  let animaticOtio: string;
  /** What the edits did: bytes the board now has that the cuts never used. */
  const edits = {
    trailerRedrawn: Buffer.alloc(0),
    trailerRedrawnTarget: "",
    trailerDeletedTarget: "",
    episodeRedrawn: Buffer.alloc(0),
    episodeRedrawnTarget: "",
    episodeAdded: Buffer.alloc(0),
    episodeAddedTarget: "",
  };

  async function downloadPackage(): Promise<string> {
    const response = await packageRoute.GET(
      owner.request(`http://localhost/api/shows/${showId}/package.zip`),
      { params: Promise.resolve({ id: showId }) },
    );
    expect(response.status).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-package-"));
    unzipped.push(dir);
    const zip = path.join(dir, "package.zip");
    fs.writeFileSync(zip, Buffer.from(await response.arrayBuffer()));
    await run("unzip", ["-q", zip, "-d", path.join(dir, "package")]);
    return path.join(dir, "package");
  }

  const stored = (url: string) =>
    fs.readFileSync(t.container.media.localPath(url.replace(/^\/api\/media\//, "")) ?? "");

  /** Asks for a shot's frame as the console's Regenerate does, and waits for it. */
  async function redraw(shotId: string) {
    const { db, engine } = t.container;
    await requestShowTask({ db, engine }, showId, { kind: "storyboard_frame", target: shotId });
    const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 60_000 });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
  }

  beforeAll(async () => {
    t = await createTestContainer();
    setContainer(t.container);
    owner = await createTestOwner(t.container);
    const { db, engine } = t.container;
    const show = await createShow(engine, {
      premise: "A ferry pilot smuggles letters between two islands that stopped speaking",
      autopilot: true,
      settings: { characterCount: 1, autopilotThrough: "trailer" },
    });
    showId = show.id;
    const { failed } = await driveShow(engine, showId, {
      extras: false,
      animaticEpisode: 1,
      idleTimeoutMs: 90_000,
    });
    expect(failed.map((task) => `${task.title}: ${task.error?.message}`)).toEqual([]);
    const [first] = await db
      .select()
      .from(episodes)
      .where(and(eq(episodes.showId, showId), eq(episodes.number, 1)));
    episodeId = first!.id;
    atCut = await downloadPackage();
    animaticOtio = fs
      .readdirSync(path.join(atCut, "episodes"))
      .map((folder) => path.join("episodes", folder, "animatic.otio"))
      .find((candidate) => fs.existsSync(path.join(atCut, candidate)))!;
    expect(animaticOtio).toBeDefined();

    // The trailer: one picture redrawn, a title card reworded, another picture deleted.
    const trailer = await getTrailerBoard(db, showId);
    const pictures = trailer.shots.filter((shot) => !shot.isCard);
    const redrawn = pictures[0]!;
    await updateShot(db, showId, redrawn.id, { framing: otherFraming(redrawn.spec.framing) });
    await redraw(redrawn.id);
    edits.trailerRedrawnTarget = `trailer/shot-${String(redrawn.number).padStart(2, "0")}.png`;
    const card = trailer.shots.find((shot) => shot.isCard)!;
    await updateShot(db, showId, card.id, { card: "Nobody reads the last letter" });
    // A picture in the middle: every shot after it moves up one number on the board.
    const deleted = pictures[Math.floor(pictures.length / 2)]!;
    expect(deleted.number).toBeLessThan(trailer.shots.length);
    await deleteShot(db, showId, deleted.id);
    const last = trailer.shots.length;
    edits.trailerDeletedTarget = `trailer/shot-${String(last).padStart(2, "0")}`;
    const redrawnNow = (await getTrailerBoard(db, showId)).shots.find(
      (shot) => shot.id === redrawn.id,
    )!;
    edits.trailerRedrawn = stored(redrawnNow.frame!.url);

    // Episode 1: its first shot redrawn, a new shot added at the end and drawn.
    const board = await getStoryboard(db, showId, episodeId);
    const opening = board.shots[0]!;
    await updateShot(db, showId, opening.id, { framing: otherFraming(opening.spec.framing) });
    await redraw(opening.id);
    const added = await addShot(db, showId, episodeId, {});
    await redraw(added.id);
    const now = await getStoryboard(db, showId, episodeId);
    edits.episodeRedrawn = stored(now.shots[0]!.frame!.url);
    edits.episodeRedrawnTarget = "storyboard/shot-01.png";
    const addedNow = now.shots.find((shot) => shot.id === added.id)!;
    edits.episodeAdded = stored(addedNow.frame!.url);
    edits.episodeAddedTarget = `storyboard/shot-${String(addedNow.number).padStart(2, "0")}.png`;
    afterEdits = await downloadPackage();
  }, 600_000);
  afterAll(async () => {
    setContainer(null);
    await t?.close();
    // Each download's own temporary folder, never anything above it.
    for (const dir of unzipped) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Each file a timeline names (relative to the .otio), read from one unzipped package. */
  const filesNamedBy = (otio: string, root: string) => {
    const folder = path.dirname(otio);
    return new Map(
      referencesOf(path.join(atCut, otio)).map(({ target }) => {
        const file = path.join(root, folder, target);
        return [target, fs.existsSync(file) ? fs.readFileSync(file) : null] as const;
      }),
    );
  };

  it("names in every clip of both timelines the stored asset the cut used, the file at its path", async () => {
    const { db } = t.container;
    for (const otio of ["trailer.otio", animaticOtio]) {
      const references = referencesOf(path.join(atCut, otio));
      expect(references.length, otio).toBeGreaterThan(3);
      expect(references.filter((reference) => !reference.assetId)).toEqual([]);
      const ids = [...new Set(references.map((reference) => reference.assetId!))];
      const rows = await db
        .select()
        .from(assets)
        .where(and(eq(assets.showId, showId), inArray(assets.id, ids)));
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(
        ids.filter((id) => !byId.has(id)),
        otio,
      ).toEqual([]);
      const inPackage = filesNamedBy(otio, atCut);
      for (const { target, assetId } of references) {
        const asset = fs.readFileSync(
          t.container.media.localPath(byId.get(assetId!)!.storageKey) ?? "",
        );
        expect(inPackage.get(target)?.equals(asset), `${otio} → ${target}`).toBe(true);
      }
    }
    // The cards the trailer drew are stored assets like the rest of its pieces.
    const cards = referencesOf(path.join(atCut, "trailer.otio")).filter((reference) =>
      /card\.png$/.test(reference.target),
    );
    expect(cards.length).toBeGreaterThanOrEqual(2);
    const kinds = await db
      .select({ kind: assets.kind })
      .from(assets)
      .where(
        inArray(
          assets.id,
          cards.map((card) => card.assetId!),
        ),
      );
    expect(new Set(kinds.map((row) => row.kind))).toEqual(new Set(["trailer_card"]));
  });

  it("keeps trailer.otio whole after a redraw, a reworded card and a deleted shot: every clip is the file the cut used", () => {
    // The edits did change the board: a new picture, and one shot fewer.
    const cut = filesNamedBy("trailer.otio", atCut);
    expect(cut.get(edits.trailerRedrawnTarget)?.equals(edits.trailerRedrawn)).toBe(false);
    expect([...cut.keys()].some((target) => target.startsWith(edits.trailerDeletedTarget))).toBe(
      true,
    );
    const after = filesNamedBy("trailer.otio", afterEdits);
    const dangling = [...after].filter(([, bytes]) => bytes === null).map(([target]) => target);
    expect(dangling).toEqual([]);
    const changed = [...cut]
      .filter(([target, bytes]) => !after.get(target)?.equals(bytes!))
      .map(([target]) => target);
    expect(changed).toEqual([]);
    // The timeline itself is the stored one, unchanged by the edits.
    expect(fs.readFileSync(path.join(afterEdits, "trailer.otio"))).toEqual(
      fs.readFileSync(path.join(atCut, "trailer.otio")),
    );
  });

  it("keeps the animatic's timeline whole after a redraw and an added shot", () => {
    const cut = filesNamedBy(animaticOtio, atCut);
    expect(cut.get(edits.episodeRedrawnTarget)?.equals(edits.episodeRedrawn)).toBe(false);
    const after = filesNamedBy(animaticOtio, afterEdits);
    const broken = [...cut]
      .filter(([target, bytes]) => !after.get(target)?.equals(bytes!))
      .map(([target]) => target);
    expect(broken).toEqual([]);
  });

  it("still carries the board as it is now wherever the timelines name nothing", () => {
    const folder = path.dirname(animaticOtio);
    expect(filesNamedBy(animaticOtio, atCut).has(edits.episodeAddedTarget)).toBe(false);
    const added = path.join(afterEdits, folder, edits.episodeAddedTarget);
    expect(fs.existsSync(added)).toBe(true);
    expect(fs.readFileSync(added).equals(edits.episodeAdded)).toBe(true);
    const script = JSON.parse(
      fs.readFileSync(path.join(afterEdits, folder, "storyboard", "script.json"), "utf8"),
    ) as { shots: unknown[] };
    expect(script.shots.length).toBe(Number(edits.episodeAddedTarget.match(/\d+/)![0]));
  });
});
