import fs from "node:fs";
import path from "node:path";
import { interFontDirectory } from "../../providers/offline/font-files";
import { woffToSfnt } from "./woff-to-sfnt";

/**
 * Inter as @fontsource ships it: one WOFF per script subset (latin, latin-ext, cyrillic, …), each
 * holding only its own characters. PDFKit has no font fallback (foliojs/pdfkit#201), so text is
 * split into runs, each set in the first subset whose unicode range holds its characters — the
 * rule a browser applies to these very files' `@font-face unicode-range`.
 */

export type DeckWeight = 400 | 600 | 800;

/** A face of the deck's one family. */
export interface DeckFace {
  weight: DeckWeight;
  italic?: boolean;
}

/** Preference order: a character in two ranges (U+0304 is in several) takes the first. */
const subsets = [
  "latin",
  "latin-ext",
  "vietnamese",
  "cyrillic",
  "cyrillic-ext",
  "greek",
  "greek-ext",
] as const;
type Subset = (typeof subsets)[number];

const faces: DeckFace[] = [
  { weight: 400 },
  { weight: 600 },
  { weight: 800 },
  { weight: 400, italic: true },
];

/** The PDFKit font name of a face in a subset, as registered by `registerDeckFonts`. */
export function fontName(face: DeckFace, subset: Subset = "latin"): string {
  return `inter-${subset}-${face.weight}-${face.italic ? "italic" : "normal"}`;
}

function fontFile(face: DeckFace, subset: Subset): string {
  return path.join(interFontDirectory(), `${fontName(face, subset)}.woff`);
}

/** The unwrapped fonts, made once per process (see woff-to-sfnt.ts for why). */
const sfntCache = new Map<string, Buffer>();

function sfntOf(file: string): Buffer {
  let sfnt = sfntCache.get(file);
  if (!sfnt) {
    sfnt = woffToSfnt(fs.readFileSync(file));
    sfntCache.set(file, sfnt);
  }
  return sfnt;
}

/**
 * Registers every face in every subset (unwrapped once per process, a few milliseconds). Only
 * fonts a run uses are written into the PDF, and only the glyphs it used (PDFKit subsets).
 */
export function registerDeckFonts(doc: PDFKit.PDFDocument): void {
  for (const face of faces) {
    for (const subset of subsets) {
      doc.registerFont(fontName(face, subset), sfntOf(fontFile(face, subset)));
    }
  }
}

/** A stretch of text set in one font. */
export interface FontRun {
  text: string;
  font: string;
}

/**
 * Splits text into runs by subset. Characters no subset holds (emoji, CJK) are dropped: Inter
 * has no glyph for them, and a row of empty boxes reads worse than nothing.
 */
export function fontRuns(text: string, face: DeckFace): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const subset = subsetOf(char.codePointAt(0)!);
    if (!subset) {
      continue;
    }
    const font = fontName(face, subset);
    const last = runs.at(-1);
    if (last && last.font === font) {
      last.text += char;
    } else {
      runs.push({ text: char, font });
    }
  }
  return runs;
}

let ranges: { subset: Subset; from: number; to: number }[] | null = null;
const subsetCache = new Map<number, Subset | null>();

function subsetOf(codePoint: number): Subset | null {
  const cached = subsetCache.get(codePoint);
  if (cached !== undefined) {
    return cached;
  }
  ranges ??= loadRanges();
  const found = ranges.find((range) => codePoint >= range.from && codePoint <= range.to);
  const subset = found?.subset ?? null;
  subsetCache.set(codePoint, subset);
  return subset;
}

/** `unicode.json` beside the files: `{ "latin": "U+0000-00FF,U+0131,…", … }`. */
function loadRanges(): { subset: Subset; from: number; to: number }[] {
  const file = path.join(interFontDirectory(), "..", "unicode.json");
  const table = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  return subsets.flatMap((subset) =>
    (table[subset] ?? "").split(",").flatMap((part) => {
      const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(part.trim());
      if (!match) {
        return [];
      }
      const from = Number.parseInt(match[1]!, 16);
      return [{ subset, from, to: match[2] ? Number.parseInt(match[2], 16) : from }];
    }),
  );
}
