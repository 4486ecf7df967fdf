import sharp from "sharp";
import type { Size } from "../../types";
import { rgba } from "./color";
import { type Rect, within } from "./face-box";
import type { PlacedPortrait } from "./finish-frame";
import { headCrop, inHeadCrop } from "./head-crop";
import { portraitHeadBox } from "./portrait";
import { type Box, div, img, pngDataUri } from "./render-svg";
import type { ShowGrade } from "./show-palette";

/** The picture half of the poster, from whatever images the show has so far. */

/** Where each billed face sits, as fractions of the poster; the lead first. */
const placements = [
  { x: 0.5, y: 0.07, side: 0.86, brightness: 1 },
  { x: 0.17, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.83, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.1, y: 0.09, side: 0.34, brightness: 0.42 },
  { x: 0.9, y: 0.09, side: 0.34, brightness: 0.42 },
];

const maxBilledFaces = placements.length;

// Faces dissolve on every side: each crop brings its own backdrop, which must not show as a
// square, and the title is set over where the shoulders would end.
const faceMask =
  "radial-gradient(ellipse 50% 50% at 50% 50%, rgba(0,0,0,1) 58%, rgba(0,0,0,0.6) 80%, rgba(0,0,0,0) 100%)";

/** A billed face on the poster: the crop's square and, inside it, the head. */
export interface BilledFace {
  crop: Rect;
  head: Rect;
}

/**
 * Where the billed faces go on a poster of `size`, for portraits of the given sizes. Each is
 * nudged in from the edge until its head (not just its crop) is inside the frame with a margin:
 * a side character's face cut by the poster's edge reads as a mistake, not a composition.
 */
export function billedFaces(portraits: Size[], size: Size): BilledFace[] {
  const margin = Math.round(size.width * 0.02);
  return portraits.slice(0, maxBilledFaces).map((portrait, index) => {
    const place = placements[index]!;
    const side = Math.round(place.side * size.width);
    const head = inHeadCrop(portraitHeadBox(portrait), portrait);
    const lowest = margin - head.left * side;
    const highest = size.width - margin - (head.left + head.width) * side;
    const left = Math.round(Math.min(highest, Math.max(lowest, place.x * size.width - side / 2)));
    const crop = { left, top: Math.round(place.y * size.height), width: side, height: side };
    return { crop, head: within(head, crop) };
  });
}

/** `faceMask` as the finish reads it, to leave the faces' own finish alone. */
const faceMaskShape: PlacedPortrait["mask"] = {
  cx: 0.5,
  cy: 0.5,
  rx: 0.5,
  ry: 0.5,
  stops: [
    [0.58, 1],
    [0.8, 0.6],
    [1, 0],
  ],
};

/** The billed cast as dissolving faces: the lead large in front, supporting cast set back. */
export async function castArt(
  paths: string[],
  size: Size,
  ground: "dark" | "light" = "dark",
): Promise<{ boxes: Box[]; placed: PlacedPortrait[] }> {
  const billed = paths.slice(0, maxBilledFaces);
  const sizes = await Promise.all(billed.map(portraitSize));
  const faces = billedFaces(sizes, size);
  const figures = await Promise.all(
    billed.map(async (path, index) => {
      const { crop } = faces[index]!;
      const data = await headCrop(path, crop.width, placements[index]!.brightness, ground);
      return img(
        pngDataUri(data),
        { width: crop.width, height: crop.height },
        { position: "absolute", left: crop.left, top: crop.top, maskImage: faceMask },
      );
    }),
  );
  // Painted back to front: the lead last, on top.
  return {
    boxes: figures.reverse(),
    placed: faces.map((face) => ({ rect: face.crop, mask: faceMaskShape })),
  };
}

async function portraitSize(path: string): Promise<Size> {
  const { width = 0, height = 0 } = await sharp(path).metadata();
  return { width, height };
}

/**
 * Without portraits the cast grid stands in, thrown out of focus behind the emblem: its
 * labels and tiles would read as a screenshot if shown sharp.
 */
export async function gridArt(path: string, grade: ShowGrade, size: Size): Promise<Box[]> {
  const grid = sharp(path);
  const { width = 1, height = 1 } = await grid.metadata();
  // The top fifth of a grid may hold its header; even blurred, type shows through.
  const top = Math.round(height * 0.2);
  const data = await grid
    .extract({ left: 0, top, width, height: height - top })
    .resize(size.width, size.height, { fit: "cover", position: sharp.strategy.attention })
    .blur(Math.max(1, size.width / 40))
    .modulate({ brightness: 0.55 })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return [
    img(pngDataUri(data), size, {
      position: "absolute",
      left: 0,
      top: 0,
      maskImage: "linear-gradient(180deg, rgba(0,0,0,1) 40%, rgba(0,0,0,0) 75%)",
    }),
    ...emblemArt(grade, size),
  ];
}

/** Without any images: a graphic emblem, a lit disc over a horizon, from the palette alone. */
export function emblemArt(grade: ShowGrade, size: Size): Box[] {
  const disc = Math.round(size.width * 0.62);
  const discTop = Math.round(size.height * 0.17);
  const horizon = Math.round(size.height * 0.48);
  const second = grade.accents[1] ?? grade.paper;
  const glow = Math.round(disc * 1.7);
  // The glow is a gradient, not a box-shadow: resvg blurs a shadow this wide for seconds.
  return [
    div({
      position: "absolute",
      left: Math.round((size.width - glow) / 2),
      top: Math.round(discTop + disc / 2 - glow / 2),
      width: glow,
      height: glow,
      backgroundImage: `radial-gradient(closest-side, ${rgba(grade.accent, 0.5)} 0%, ${rgba(grade.accent, 0.18)} 45%, ${rgba(grade.accent, 0)} 100%)`,
    }),
    div({
      position: "absolute",
      left: Math.round((size.width - disc) / 2),
      top: discTop,
      width: disc,
      height: disc,
      borderRadius: "50%",
      backgroundImage: `linear-gradient(180deg, ${grade.accent} 0%, ${rgba(second, 0.9)} 60%, ${rgba(grade.night, 0.2)} 100%)`,
    }),
    div({
      position: "absolute",
      left: 0,
      right: 0,
      top: horizon,
      height: Math.round(size.height * 0.2),
      backgroundImage: `linear-gradient(180deg, ${grade.night} 0%, ${rgba(grade.night, 0.6)} 100%)`,
      borderTop: `${Math.max(1, Math.round(size.width / 512))}px solid ${rgba(grade.paper, 0.35)}`,
    }),
    // The disc's reflection on the water below the horizon.
    div({
      position: "absolute",
      left: Math.round((size.width - disc) / 2),
      top: horizon + 2,
      width: disc,
      height: Math.round(size.height * 0.12),
      backgroundImage: `radial-gradient(ellipse 50% 100% at 50% 0%, ${rgba(second, 0.4)} 0%, ${rgba(second, 0)} 100%)`,
    }),
  ];
}

/** A thin ring behind the lead: the graphic device that makes a composite read as designed. */
export function halo(grade: ShowGrade, size: Size, scale: number): Box {
  const diameter = Math.round(size.width * scale);
  return div({
    position: "absolute",
    left: Math.round((size.width - diameter) / 2),
    top: Math.round(size.height * 0.36 - diameter / 2),
    width: diameter,
    height: diameter,
    borderRadius: "50%",
    border: `${Math.max(1, Math.round(size.width / 400))}px solid ${rgba(grade.accent, 0.45)}`,
  });
}
