import path from "node:path";
import type { FontFile } from "../../../render-sandbox/render-pool";
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

/** Inter in every weight the offline art uses; the render sandbox's children read the files. */
export function imageFontFiles(): FontFile[] {
  const directory = interFontDirectory();
  return subsets.flatMap((subset) =>
    weights.map((weight) => ({
      name: subset.family,
      weight,
      style: "normal" as const,
      file: path.join(directory, `inter-${subset.file}-${weight}-normal.woff`),
    })),
  );
}
