import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Font } from "satori";
import { interFontDirectory } from "../font-files";

/** The one family every offline image is set in. */
export const fontFamily = "Inter";

type FontWeight = 400 | 600 | 700 | 800 | 900;

const weights: FontWeight[] = [400, 600, 700, 800, 900];
// Latin-ext is registered under its own family name: satori does not fall back between two
// fonts of one name, but does fall back to other families, so "Łucja" or "Dvořák" render.
const subsets = [
  { file: "latin", family: fontFamily },
  { file: "latin-ext", family: `${fontFamily} Latin Extended` },
] as const;

let cached: Promise<Font[]> | undefined;

async function loadAll(): Promise<Font[]> {
  const directory = interFontDirectory();
  const loads = subsets.flatMap((subset) =>
    weights.map(async (weight): Promise<Font> => {
      const file = path.join(directory, `inter-${subset.file}-${weight}-normal.woff`);
      return { name: subset.family, data: await readFile(file), weight, style: "normal" };
    }),
  );
  return Promise.all(loads);
}

/** Inter in every weight the offline art uses, read from disk once per process. */
export function loadFonts(): Promise<Font[]> {
  cached ??= loadAll().catch((error: unknown) => {
    // A failed read must not poison the cache: the next render tries again.
    cached = undefined;
    throw error;
  });
  return cached;
}
