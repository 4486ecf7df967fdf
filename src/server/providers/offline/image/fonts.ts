import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Font } from "satori";

/** The one family every offline image is set in. */
export const fontFamily = "Inter";

export type FontWeight = 400 | 600 | 700 | 800 | 900;

const weights: FontWeight[] = [400, 600, 700, 800, 900];
// Latin first, then latin-ext: satori falls back through the list for glyphs the first lacks,
// so names like "Zoë Ångström" or "Łucja" still render.
const subsets = ["latin", "latin-ext"] as const;

let cached: Promise<Font[]> | undefined;

function fontDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve("@fontsource/inter/package.json");
  return path.join(path.dirname(packageJson), "files");
}

async function loadAll(): Promise<Font[]> {
  const directory = fontDirectory();
  const loads = subsets.flatMap((subset) =>
    weights.map(async (weight): Promise<Font> => {
      const file = path.join(directory, `inter-${subset}-${weight}-normal.woff`);
      return { name: fontFamily, data: await readFile(file), weight, style: "normal" };
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
