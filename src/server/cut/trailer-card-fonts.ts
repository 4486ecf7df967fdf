import { readFileSync } from "node:fs";
import path from "node:path";
import { interFontDirectory } from "../providers/offline/font-files";
import { drawableText } from "../providers/offline/image/fit-text";
import { fontFamily } from "../providers/offline/image/fonts";
import type { FontFile } from "../render-sandbox/render-pool";

/**
 * What the trailer's cards can set, and the fonts they set it in: both read the same table of
 * what the shipped Inter subsets draw, so a card never asks for a glyph it has no font for.
 */

/**
 * Inter as the app ships it, subset by subset: Latin under the family every box names, the others
 * under names of their own so satori falls back to them glyph by glyph, and a Cyrillic or Greek
 * name is drawn rather than boxed. satori parses every font it is given on every render (~30 ms
 * each), so a card gets only the weights the cards use and the subsets its own text needs.
 */
const subsets = [
  "latin",
  "latin-ext",
  "cyrillic",
  "cyrillic-ext",
  "greek",
  "greek-ext",
  "vietnamese",
];
const cardWeights = [600, 700, 900] as const;

export function cardFonts(texts: string[]): FontFile[] {
  const directory = interFontDirectory();
  const codes = new Set([...texts.join("")].map((char) => char.codePointAt(0) ?? 0));
  const needed = drawnCodePoints().filter(
    ({ subset, ranges }) =>
      subset === "latin" ||
      [...codes].some((code) => ranges.some(([from, to]) => code >= from && code <= to)),
  );
  return needed.flatMap(({ subset }) =>
    cardWeights.map((weight) => ({
      name: subset === "latin" ? fontFamily : `${fontFamily} ${subset}`,
      weight,
      style: "normal" as const,
      file: path.join(directory, `inter-${subset}-${weight}-normal.woff`),
    })),
  );
}

type Coverage = { subset: string; ranges: [number, number][] }[];
let coverage: Coverage | null = null;

/**
 * The code points each subset draws, from @fontsource's own table. satori draws any character no
 * font has as a "NO GLYPH" box, so such characters (emoji, Hebrew, CJK) are left out of cards.
 */
function drawnCodePoints(): Coverage {
  if (!coverage) {
    const table = JSON.parse(
      readFileSync(path.join(interFontDirectory(), "..", "unicode.json"), "utf8"),
    ) as Record<string, string>;
    coverage = subsets.map((subset) => ({
      subset,
      ranges: (table[subset] ?? "").split(",").map((range): [number, number] => {
        const [from, to] = range.replace("U+", "").split("-");
        const start = Number.parseInt(from ?? "", 16);
        return [start, to ? Number.parseInt(to, 16) : start];
      }),
    }));
  }
  return coverage;
}

/**
 * Text as the cards can set it: whitespace made spaces, characters no shipped font has (and
 * controls and invisible format characters) dropped, then cleaned and cut to `max` at a word.
 */
export function typeable(text: string, max: number): string {
  const ranges = drawnCodePoints().flatMap((subset) => subset.ranges);
  const kept = [...text.slice(0, max * 4).replace(/\s/g, " ")].filter((char) => {
    if (char === " ") {
      return true;
    }
    const code = char.codePointAt(0) ?? 0;
    return !/[\p{Cc}\p{Cf}]/u.test(char) && ranges.some(([from, to]) => code >= from && code <= to);
  });
  return drawableText(kept.join(""), max);
}
