import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeStill } from "../../src/server/cut/test-fixtures";
import { assets, characters, episodes, shots, shows } from "../../src/server/db/schema";
import { buildPitchDeck } from "../../src/server/exports/pitch-deck/build-pitch-deck";
import { readPdf } from "../../src/server/exports/pitch-deck/test-pdf";
import {
  writeScript,
  writeScriptShow,
} from "../../src/server/providers/offline/text/write-episode-script.fixtures";
import type { AssetKind } from "../../src/server/shows/assets";
import { loadPitchDeckInput } from "../../src/server/shows/pitch-deck-input";
import { episodeSequence } from "../../src/server/shows/shot-records";
import { createLocalMediaStore } from "../../src/server/storage/local-media-store";
import type { MediaStore } from "../../src/server/storage/media-store";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const premise = "A retired safecracker and her nephew run a night market noodle stall in Taipei";

describe("a show's pitch deck input", () => {
  let testDb: TestDatabase;
  let dir: string;
  let media: MediaStore;
  let showId: string;
  let written: Awaited<ReturnType<typeof writeScriptShow>>;
  let characterIds: string[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitch-deck-input-"));
    media = createLocalMediaStore(path.join(dir, "media"));
    const db = testDb.database.db;
    written = await writeScriptShow(premise, 3);
    const { blueprint, season } = written;

    const [show] = await db
      .insert(shows)
      .values({
        slug: "noodle-stall",
        premise,
        title: blueprint.title,
        logline: blueprint.logline,
        blueprint,
        season,
      })
      .returning();
    showId = show!.id;
    const picture = await makeStill(dir, 1, { width: 640, height: 360 });
    const stored = async (kind: AssetKind, key: string, extra: object = {}) => {
      const file = await media.put(key, fs.readFileSync(picture), "image/png");
      const [row] = await db
        .insert(assets)
        .values({
          showId,
          kind,
          storageKey: file.key,
          mime: "image/png",
          bytes: file.bytes,
          provider: "offline",
          model: "test",
          ...extra,
        })
        .returning();
      return row!.id;
    };

    const poster = await stored("poster", `shows/${showId}/poster.png`);
    const cast = await db
      .insert(characters)
      .values(
        written.cast.map((member, position) => ({
          showId,
          position,
          name: member.seed.name,
          seed: member.seed,
          dossier: member.dossier,
        })),
      )
      .returning();
    characterIds = cast.map((row) => row.id);
    // The third character has no portrait yet.
    for (const row of cast.slice(0, 2)) {
      const portrait = await stored("portrait", `shows/${showId}/portrait-${row.position}.png`, {
        characterId: row.id,
      });
      await db
        .update(characters)
        .set({ portraitAssetId: portrait })
        .where(eq(characters.id, row.id));
    }
    await db.update(shows).set({ posterAssetId: poster }).where(eq(shows.id, showId));

    const episodeRows = await db
      .insert(episodes)
      .values(
        season.episodes.map((outline) => ({
          showId,
          number: outline.number,
          title: outline.title,
          outline,
        })),
      )
      .returning();
    const first = episodeRows.find((row) => row.number === 1)!;
    const script = await writeScript(
      written,
      season.episodes[0]!,
      written.cast.map((member, index) => ({ ...member, id: characterIds[index]! })),
    );
    const shotRows = await db
      .insert(shots)
      .values(
        script.shots.map((spec, position) => ({
          showId,
          episodeId: first.id,
          sequence: episodeSequence(first.id),
          position,
          spec,
        })),
      )
      .returning();
    // Every shot drawn but the last; the second's file has gone missing from the store.
    for (const row of shotRows.slice(0, -1)) {
      const frame = await stored("storyboard_frame", `shows/${showId}/frame-${row.position}.png`, {
        episodeId: first.id,
        shotId: row.id,
      });
      await db.update(shots).set({ frameAssetId: frame }).where(eq(shots.id, row.id));
    }
    await media.delete(`shows/${showId}/frame-1.png`);
  });
  afterAll(async () => {
    await testDb?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reads the blueprint, cast, season and boards, with every image as a local file", async () => {
    const input = await loadPitchDeckInput(testDb.database.db, media, showId);
    const { blueprint, season } = written;
    expect(input.title).toBe(blueprint.title);
    expect(input.tagline).toBe(blueprint.tagline);
    expect(input.style.palette).toEqual(blueprint.visualAesthetics.palette);
    expect(input.style.notes.map((note) => note.label)).toEqual([
      "Lighting",
      "Camera",
      "Composition",
      "Textures",
    ]);
    expect(fs.existsSync(input.posterPath!)).toBe(true);

    expect(input.cast.map((member) => member.name)).toEqual(
      written.cast.map((member) => member.dossier!.name),
    );
    expect(input.cast[0]!.role).toContain(written.cast[0]!.dossier!.pronouns);
    expect(input.cast.map((member) => member.portraitPath !== null)).toEqual([true, true, false]);
    expect(fs.existsSync(input.cast[0]!.portraitPath!)).toBe(true);

    expect(input.season!.episodes).toHaveLength(season.episodes.length);
    expect(input.season!.arc).toBe(season.seasonArc);

    expect(input.storyboards).toHaveLength(1);
    const board = input.storyboards[0]!;
    expect(board.episodeNumber).toBe(1);
    expect(board.shots.map((shot) => shot.number)).toEqual(board.shots.map((_, i) => i + 1));
    // Drawn, missing from the store, drawn…, never drawn.
    expect(board.shots[0]!.framePath).not.toBeNull();
    expect(board.shots[1]!.framePath).toBeNull();
    expect(board.shots.at(-1)!.framePath).toBeNull();
    expect(board.shots[0]!.heading).toMatch(/^(INT|EXT)\. .+ – (DAWN|DAY|DUSK|NIGHT)$/);
    const speakers = new Set(board.shots.flatMap((shot) => shot.lines.map((l) => l.speaker)));
    expect(
      [...speakers].every((name) => name === "Narrator" || input.cast.some((m) => m.name === name)),
    ).toBe(true);
  });

  it("makes a deck whose text names the show and its whole cast", async () => {
    const input = await loadPitchDeckInput(testDb.database.db, media, showId);
    const deck = await readPdf(await buildPitchDeck(input));
    const boardPages = Math.ceil(input.storyboards[0]!.shots.length / 8);
    // Cover, style, one cast page (3), season, the board.
    expect(deck.pageCount).toBe(4 + boardPages);
    const text = deck.pages.join("\n");
    expect(deck.pages[0]).toContain(input.title.split(" ")[0]);
    for (const member of input.cast) {
      expect(text).toContain(member.name);
    }
  });
});
