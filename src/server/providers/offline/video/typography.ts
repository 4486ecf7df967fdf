import { readFile } from "node:fs/promises";
import path from "node:path";
import satori from "satori";
import sharp from "sharp";
import type { Size } from "../../types";
import { interFontDirectory } from "../font-files";

/** What satori lays out: plain `{ type, props }` objects, so no React is needed on the server. */
export type CardNode = Parameters<typeof satori>[0];
export type CardStyle = Record<string, string | number>;

/** A `div` with flex layout (satori requires `display: flex` on any element with children). */
export function box(style: CardStyle, ...children: (CardNode | string)[]): CardNode {
  return {
    type: "div",
    key: null,
    props: { style: { display: "flex", ...style }, children },
  } as CardNode;
}

type SatoriFont = Parameters<typeof satori>[1]["fonts"][number];
const weights = [400, 600, 700, 800] as const;
let fontsLoading: Promise<SatoriFont[]> | undefined;

/**
 * Inter from @fontsource, turned into paths by satori: the rendered text never depends on the
 * fonts a machine happens to have (servers and containers often have none). Latin-ext follows
 * Latin so accented names still render.
 */
function loadFonts(): Promise<SatoriFont[]> {
  fontsLoading ??= Promise.all(
    weights.flatMap((weight) =>
      ["latin", "latin-ext"].map(async (subset) => ({
        name: "Inter",
        weight,
        style: "normal" as const,
        data: await readFile(fontFile(`inter-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fontsLoading;
}

function fontFile(name: string): string {
  return path.join(interFontDirectory(), name);
}

/**
 * Lays a card out as an SVG with every glyph as a path, for sharp to composite. Keep full-size
 * gradients out of it: librsvg rasterizes text in milliseconds but a 2560×1440 gradient in most
 * of a second (see backgrounds.ts).
 */
export async function layOutCard(node: CardNode, size: Size): Promise<Buffer> {
  return Buffer.from(await satori(node, { ...size, fonts: await loadFonts() }));
}

/** The card as a PNG, transparent where nothing is drawn. */
export async function renderCardPng(node: CardNode, size: Size): Promise<Buffer> {
  return sharp(await layOutCard(node, size))
    .png({ compressionLevel: 2 })
    .toBuffer();
}
