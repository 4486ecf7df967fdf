import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Font } from "satori";

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

function fontDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve("@fontsource/inter/package.json");
  return path.join(path.dirname(packageJson), "files");
}

async function loadAll(): Promise<Font[]> {
  const directory = fontDirectory();
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
