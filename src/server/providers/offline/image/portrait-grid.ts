import sharp from "sharp";
import type { Blueprint } from "../../../shows/documents";
import { textLimits } from "../../../shows/text-limits";
import type { Size } from "../../types";
import { luminance, rgba } from "./color";
import { type Rect, within } from "./face-box";
import { finishFrame, setType } from "./finish-frame";
import { drawableText } from "./fit-text";
import { fontFamily } from "./fonts";
import { headCrop, inHeadCrop } from "./head-crop";
import { stageFor } from "./look-grade";
import { type MediumLook, mediumLookOf } from "./medium-look";
import { portraitHeadBox } from "./portrait";
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
  /** Type colour, #rrggbb; light by default, dark on a paper ground. */
  ink?: string;
  /** The show's medium look, finishing the sheet as its portraits are finished. */
  look?: MediumLook;
  signal?: AbortSignal;
}

export interface PortraitGrid {
  data: Buffer;
  size: Size;
}

export interface GridLayout {
  size: Size;
  tile: number;
  labelHeight: number;
  headerHeight: number;
  /** Top-left corner of each tile, in portrait order. */
  slots: { left: number; top: number }[];
}

/** Grid options in a show's own colours, titled with its name. */
export function gridOptionsFor(
  blueprint: Pick<Blueprint, "title" | "visualAesthetics" | "productionStyle">,
): PortraitGridOptions {
  const look = mediumLookOf(blueprint.productionStyle.medium);
  const { grade } = stageFor(look, gradeShow(blueprint.visualAesthetics.palette));
  return {
    title: blueprint.title,
    accent: grade.accent,
    background: grade.night,
    ink: grade.paper,
    look,
  };
}

/**
 * Where each tile shows its portrait's head, in sheet pixels, for portraits of `portraitSize`
 * laid out by `layout`: the portrait's head box carried through the head crop into the tile.
 */
export function gridHeads(layout: GridLayout, portraitSize: Size): Rect[] {
  const head = inHeadCrop(portraitHeadBox(portraitSize), portraitSize);
  return layout.slots.map((slot) =>
    within(head, { left: slot.left, top: slot.top, width: layout.tile, height: layout.tile }),
  );
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
    ink = "#f3efe6",
    look,
    signal,
  } = options;
  const layout = layoutGrid(portraits.length, columns, width, Boolean(title));
  const radius = Math.round(layout.tile * 0.03);
  const sheetLook = { title, accent, background, ink, radius };

  const ground = await renderPng(gridGround(portraits, layout, sheetLook), layout.size, signal);
  const finished = look
    ? await finishFrame(ground, look, gradeFor(background, accent, ink), title ?? "grid")
    : ground;
  const sheet = await setType(
    finished,
    await renderPng(gridType(portraits, layout, sheetLook), layout.size, signal),
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

interface SheetLook {
  title?: string;
  accent: string;
  background: string;
  ink: string;
  radius: number;
}

/** The finish needs a grade; the sheet's own colours stand in for the show's. */
function gradeFor(background: string, accent: string, ink: string) {
  return { night: background, dusk: background, accent, accents: [accent], paper: ink, mist: ink };
}

/** Background and tile shadows: the art the finish textures. The tiles are laid on by sharp. */
function gridGround(portraits: GridPortrait[], layout: GridLayout, look: SheetLook): Box {
  const { tile } = layout;
  // On a paper ground a shadow as dark as on black would read as a smudge.
  const depth = luminance(look.background) > 0.5 ? 0.35 : 1;
  // Drawn as gradients: a blurred box-shadow costs resvg ~200 ms a tile.
  const shadows = layout.slots.slice(0, portraits.length).map((slot) =>
    div({
      position: "absolute",
      left: slot.left - Math.round(tile * 0.07),
      top: slot.top - Math.round(tile * 0.04),
      width: Math.round(tile * 1.14),
      height: Math.round(tile * 1.14),
      backgroundImage: `radial-gradient(closest-side, rgba(0,0,0,${0.6 * depth}) 80%, rgba(0,0,0,${0.25 * depth}) 92%, rgba(0,0,0,0) 100%)`,
    }),
  );
  return div(
    {
      position: "relative",
      width: layout.size.width,
      height: layout.size.height,
      backgroundColor: look.background,
      backgroundImage: `radial-gradient(ellipse 70% 45% at 50% 0%, ${rgba(look.accent, 0.16)} 0%, ${rgba(look.accent, 0)} 100%)`,
    },
    ...shadows,
  );
}

/** Header and name labels on a transparent sheet, set over the finished ground. */
function gridType(portraits: GridPortrait[], layout: GridLayout, look: SheetLook): Box {
  const { tile, labelHeight } = layout;
  const fontSize = Math.max(12, Math.round(tile * 0.04));
  const labels = portraits.map((portrait, index) => {
    const slot = layout.slots[index]!;
    return div(
      {
        position: "absolute",
        left: slot.left,
        top: slot.top + tile,
        width: tile,
        height: labelHeight,
        alignItems: "center",
        justifyContent: "center",
        gap: Math.round(fontSize * 0.8),
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
          color: look.ink,
          lineClamp: 1,
          maxWidth: tile - fontSize * 3,
        },
        drawableText(portrait.name, textLimits.name),
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
            color: look.ink,
            textTransform: "uppercase",
            maxWidth: "90%",
            lineClamp: 1,
          },
          drawableText(look.title, textLimits.title),
        ),
      )
    : null;
  return div(
    { position: "relative", width: layout.size.width, height: layout.size.height },
    header,
    ...labels,
  );
}
