import path from "node:path";
import type satori from "satori";
import sharp from "sharp";
import { type FontFile, sharedRenderPool } from "../../../render-sandbox/render-pool";
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

const weights = [400, 600, 700, 800] as const;

/**
 * Inter from @fontsource, turned into paths by satori: the rendered text never depends on the
 * fonts a machine happens to have (servers and containers often have none). Latin-ext follows
 * Latin so accented names still render.
 */
function fontFiles(): FontFile[] {
  const directory = interFontDirectory();
  return weights.flatMap((weight) =>
    ["latin", "latin-ext"].map((subset) => ({
      name: "Inter",
      weight,
      style: "normal" as const,
      file: path.join(directory, `inter-${subset}-${weight}-normal.woff`),
    })),
  );
}

/**
 * Lays a card out as an SVG with every glyph as a path, for sharp to composite. Keep full-size
 * gradients out of it: librsvg rasterizes text in milliseconds but a 2560×1440 gradient in most
 * of a second (see backgrounds.ts).
 */
export async function layOutCard(node: CardNode, size: Size): Promise<Buffer> {
  // In the render sandbox: satori's layout of hostile text must not cost the process.
  const svg = await sharedRenderPool().render({ op: "svg", tree: node, size, fonts: fontFiles() });
  return Buffer.from(svg);
}

/** The card as a PNG, transparent where nothing is drawn. */
export async function renderCardPng(node: CardNode, size: Size): Promise<Buffer> {
  return sharp(await layOutCard(node, size))
    .png({ compressionLevel: 2 })
    .toBuffer();
}
