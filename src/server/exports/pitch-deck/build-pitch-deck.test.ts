import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPitchDeck } from "./build-pitch-deck";
import type { PitchDeckInput } from "./pitch-deck-input";
import { makeDeckInput } from "./test-deck-input";
import { readPdf, renderPdfPage } from "./test-pdf";

/** Where the suite leaves page 1 of the sample deck for a person to look at. */
const previewDir = path.join(process.cwd(), "test-results", "pitch-deck");

/** Tracked labels come back letter-spaced ("C A S T"): compare without spaces. */
const squash = (text: string) => text.replace(/\s+/g, "");

describe("the pitch deck", () => {
  let dir: string;
  let input: PitchDeckInput;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitch-deck-"));
    input = await makeDeckInput(dir, { castCount: 6, shotCount: 10 });
    pdf = await buildPitchDeck(input);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("has a cover, the style bible, the cast, the season and the storyboard, in that order", async () => {
    const deck = await readPdf(pdf);
    // Cover, style, cast 3 + 3, season (8 episodes on one page), board 8 + 2.
    expect(deck.pageCount).toBe(7);
    expect(deck.title).toBe("Night Market Safecracker — pitch deck");
    const [cover, style, cast1, cast2, season, board1, board2] = deck.pages.map(squash);
    expect(cover).toContain(squash(input.title));
    expect(cover).toContain(squash(input.tagline));
    expect(cover).toContain(squash(input.logline));
    expect(style).toContain("STYLEBIBLE");
    for (const swatch of input.style.palette) {
      expect(style).toContain(swatch.hex.toUpperCase());
      expect(style).toContain(squash(swatch.name));
    }
    expect(cast1).toContain("CAST·1OF2");
    expect(cast2).toContain("CAST·2OF2");
    // The arc's column shares baselines with the episodes' (text comes back interleaved).
    expect(season).toContain(squash("Mei-Ling's old crew returns to Taipei"));
    for (const episode of input.season!.episodes) {
      expect(season).toContain(squash(episode.title));
    }
    expect(board1).toContain("STORYBOARD·EPISODE1·1OF2");
    expect(board1).toContain("SHOT8");
    expect(board2).toContain("SHOT10");
    expect(board2).toContain(squash("MEI-LING CHAO “Nobody orders the number nine. Nobody.”"));
  });

  it("names the whole cast, accents and all, with their roles", async () => {
    const text = (await readPdf(pdf)).pages.join("\n");
    for (const member of input.cast) {
      expect(text).toContain(member.name);
    }
    expect(text).toContain("Detective Łucja Dvořák");
  });

  it("is 16:9 landscape on every page, and saves page 1 as a PNG to look at", async () => {
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    for (let number = 1; number <= document.numPages; number++) {
      const [x0, y0, x1, y1] = (await document.getPage(number)).view as number[];
      expect((x1! - x0!) / (y1! - y0!)).toBeCloseTo(16 / 9, 2);
    }
    await document.destroy();

    const page = await renderPdfPage(pdf, 1);
    if ("skipped" in page) {
      console.warn(`Page 1 preview not saved: ${page.skipped}`);
      return;
    }
    fs.mkdirSync(previewDir, { recursive: true });
    fs.writeFileSync(path.join(previewDir, "page-1.png"), page.png);
    expect(page.png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("gives a cast of ten three pages, and keeps every name", async () => {
    const big = await makeDeckInput(dir, { castCount: 10, shotCount: 0 });
    const deck = await readPdf(await buildPitchDeck({ ...big, storyboards: [] }));
    // Cover, style, cast 4 + 3 + 3, season.
    expect(deck.pageCount).toBe(6);
    expect(squash(deck.pages[4]!)).toContain("CAST·3OF3");
    const text = deck.pages.join("\n");
    for (const member of big.cast) {
      expect(text).toContain(member.name);
    }
  });

  it("fits 50,000-character text: the layout holds and the text is cut with an ellipsis", async () => {
    const huge = "Every lock remembers its last hand ".repeat(1500).slice(0, 50_000);
    const unbroken = "x".repeat(50_000);
    const started = performance.now();
    const pdfOfHuge = await buildPitchDeck({
      ...input,
      title: unbroken,
      logline: huge,
      tagline: huge,
      cast: input.cast.map((member) => ({ ...member, name: unbroken, bio: huge })),
      style: { ...input.style, description: huge, moodKeywords: [unbroken] },
      season: { ...input.season!, arc: huge },
    });
    const elapsed = performance.now() - started;
    const deck = await readPdf(pdfOfHuge);
    expect(deck.pageCount).toBe(7);
    const cover = deck.pages[0]!;
    // The cover holds a few hundred characters of it, not 50,000.
    expect(cover.length).toBeLessThan(3_000);
    expect(cover).toContain("…");
    expect(cover).toContain("Every lock remembers its last hand");
    // Bounded by what fits, not by the input: far from the seconds a 50,000-word layout takes.
    expect(elapsed).toBeLessThan(20_000);
  });

  it("draws placeholders for images that are missing or unreadable, and drops glyphs Inter lacks", async () => {
    const broken = path.join(dir, "broken.png");
    fs.writeFileSync(broken, "not an image");
    const deck = await readPdf(
      await buildPitchDeck({
        ...input,
        posterPath: path.join(dir, "missing.png"),
        cast: [
          { ...input.cast[0]!, portraitPath: broken },
          { name: "Алексей Смирнов 🎬", role: "Lead", bio: "Ζωή.", portraitPath: null },
        ],
        storyboards: [],
      }),
    );
    const text = deck.pages.join("\n");
    expect(text).toContain("Poster not made yet");
    expect(text.match(/Portrait not made yet/g)).toHaveLength(2);
    expect(text).toContain("Алексей Смирнов");
    expect(text).toContain("Ζωή.");
    expect(text).not.toContain("🎬");
  });
});
