import sharp from "sharp";
import type { Blueprint } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { rgba } from "./color";
import { drawableText } from "./fit-text";
import { fontFamily } from "./fonts";
import { headCrop } from "./head-crop";
import { type Box, div, renderPng } from "./render-svg";
import { gradeShow } from "./show-palette";

export interface GridPortrait {
  /** A portrait image on local disk. */
  path: string;
  name: string;
}

export interface PortraitGridOptions {
  /** Tiles per row; default 3. */
  columns?: number;
  /** Canvas width; default 1536. Height follows the number of rows. */
  width?: number;
  /** Set as a header above the tiles, e.g. the show title. */
  title?: string;
  /** Name rules and header glow, #rrggbb. */
  accent?: string;
  /** The canvas colour, #rrggbb. */
  background?: string;
  signal?: AbortSignal;
}

export interface PortraitGrid {
  data: Buffer;
  size: Size;
}

interface GridLayout {
  size: Size;
  tile: number;
  labelHeight: number;
  headerHeight: number;
  /** Top-left corner of each tile, in portrait order. */
  slots: { left: number; top: number }[];
}

/** Grid options in a show's own colours, titled with its name. */
export function gridOptionsFor(
  blueprint: Pick<Blueprint, "title" | "visualAesthetics">,
): PortraitGridOptions {
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  return { title: blueprint.title, accent: grade.accent, background: grade.night };
}

/** Where every tile goes. Short rows are centred, so tiles keep one size whatever the count. */
export function layoutGrid(
  count: number,
  columns: number,
  width: number,
  titled: boolean,
): GridLayout {
  const scale = width / 1536;
  const padding = Math.round(64 * scale);
  const gap = Math.round(32 * scale);
  const tile = Math.floor((width - 2 * padding - (columns - 1) * gap) / columns);
  const labelHeight = Math.round(76 * scale);
  const headerHeight = titled ? Math.round(132 * scale) : 0;
  const rows = Math.ceil(count / columns);
  const rowHeight = tile + labelHeight;
  const slots = Array.from({ length: count }, (_, index) => {
    const row = Math.floor(index / columns);
    const inRow = Math.min(columns, count - row * columns);
    const rowWidth = inRow * tile + (inRow - 1) * gap;
    const column = index % columns;
    return {
      left: Math.round((width - rowWidth) / 2) + column * (tile + gap),
      top: padding + headerHeight + row * (rowHeight + gap),
    };
  });
  const height = 2 * padding + headerHeight + rows * rowHeight + (rows - 1) * gap;
  return { size: { width, height }, tile, labelHeight, headerHeight, slots };
}

/** The cast on one dark sheet: a tile per portrait with the name beneath. */
export async function composePortraitGrid(
  portraits: GridPortrait[],
  options: PortraitGridOptions = {},
): Promise<PortraitGrid> {
  if (portraits.length === 0) {
    throw new RangeError("a portrait grid needs at least one portrait");
  }
  const {
    columns = 3,
    width = 1536,
    title,
    accent = "#e09f3e",
    background = "#0b0c10",
    signal,
  } = options;
  const layout = layoutGrid(portraits.length, columns, width, Boolean(title));
  const radius = Math.round(layout.tile * 0.03);

  const sheet = await renderPng(
    gridSheet(portraits, layout, { title, accent, background, radius }),
    layout.size,
    signal,
  );
  const tiles = await Promise.all(
    portraits.map((portrait) => roundedTile(portrait.path, layout.tile, radius)),
  );
  signal?.throwIfAborted();

  const data = await sharp(sheet)
    .composite(tiles.map((input, index) => ({ input, ...layout.slots[index]! })))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return { data, size: layout.size };
}

async function roundedTile(path: string, side: number, radius: number): Promise<Buffer> {
  const mask = Buffer.from(
    `<svg width="${side}" height="${side}"><rect width="${side}" height="${side}" rx="${radius}" ry="${radius}"/></svg>`,
  );
  return sharp(await headCrop(path, side))
    .composite([{ input: mask, blend: "dest-in" }])
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** Background, header, tile shadows and name labels; the tiles are laid on top by sharp. */
function gridSheet(
  portraits: GridPortrait[],
  layout: GridLayout,
  look: { title?: string; accent: string; background: string; radius: number },
): Box {
  const { tile, labelHeight } = layout;
  const fontSize = Math.max(12, Math.round(tile * 0.04));
  // Shadows are painted first, as siblings of the tiles: a positioned child would be painted
  // over its tile's label.
  const shadows = layout.slots.slice(0, portraits.length).map((slot) =>
    // Drawn as a gradient: a blurred box-shadow costs resvg ~200 ms a tile.
    div({
      position: "absolute",
      left: slot.left - Math.round(tile * 0.07),
      top: slot.top - Math.round(tile * 0.04),
      width: Math.round(tile * 1.14),
      height: Math.round(tile * 1.14),
      backgroundImage:
        "radial-gradient(closest-side, rgba(0,0,0,0.6) 80%, rgba(0,0,0,0.25) 92%, rgba(0,0,0,0) 100%)",
    }),
  );
  const tiles = portraits.map((portrait, index) => {
    const slot = layout.slots[index]!;
    return div(
      {
        position: "absolute",
        left: slot.left,
        top: slot.top,
        width: tile,
        height: tile + labelHeight,
        flexDirection: "column",
        alignItems: "center",
      },
      div({
        width: tile,
        height: tile,
        borderRadius: look.radius,
        backgroundColor: look.background,
      }),
      div(
        {
          height: labelHeight,
          alignItems: "center",
          gap: Math.round(fontSize * 0.8),
          maxWidth: tile,
        },
        div(
          { fontFamily, fontWeight: 700, fontSize, color: look.accent },
          String(index + 1).padStart(2, "0"),
        ),
        div(
          {
            fontFamily,
            fontWeight: 600,
            fontSize,
            letterSpacing: fontSize * 0.22,
            textTransform: "uppercase",
            color: "#f3efe6",
            lineClamp: 1,
          },
          drawableText(portrait.name, textLimits.name),
        ),
      ),
    );
  });
  const header = look.title
    ? div(
        {
          position: "absolute",
          left: 0,
          right: 0,
          top: Math.round(layout.headerHeight * 0.42),
          flexDirection: "column",
          alignItems: "center",
          gap: Math.round(layout.headerHeight * 0.1),
        },
        div(
          {
            fontFamily,
            fontWeight: 600,
            fontSize: Math.round(layout.headerHeight * 0.13),
            letterSpacing: Math.round(layout.headerHeight * 0.05),
            color: look.accent,
          },
          "THE CAST OF",
        ),
        div(
          {
            fontFamily,
            fontWeight: 900,
            fontSize: Math.round(layout.headerHeight * 0.34),
            letterSpacing: -1,
            color: "#f3efe6",
            textTransform: "uppercase",
            maxWidth: "90%",
            lineClamp: 1,
          },
          drawableText(look.title, textLimits.title),
        ),
      )
    : null;
  return div(
    {
      position: "relative",
      width: layout.size.width,
      height: layout.size.height,
      backgroundColor: look.background,
      backgroundImage: `radial-gradient(ellipse 70% 45% at 50% 0%, ${rgba(look.accent, 0.16)} 0%, ${rgba(look.accent, 0)} 100%)`,
    },
    header,
    ...shadows,
    ...tiles,
  );
}
