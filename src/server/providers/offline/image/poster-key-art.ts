import sharp from "sharp";
import type { Size } from "../../types";
import { rgba } from "./color";
import { headCrop } from "./head-crop";
import { type Box, div, img, pngDataUri } from "./render-svg";
import type { ShowGrade } from "./show-palette";

/** The picture half of the poster, from whatever images the show has so far. */

/** Where each billed face sits, as fractions of the poster; the lead first. */
const placements = [
  { x: 0.5, y: 0.07, side: 0.86, brightness: 1 },
  { x: 0.16, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.84, y: 0.25, side: 0.5, brightness: 0.62 },
  { x: 0.06, y: 0.1, side: 0.36, brightness: 0.42 },
  { x: 0.94, y: 0.1, side: 0.36, brightness: 0.42 },
];

const maxBilledFaces = placements.length;

// Faces dissolve on every side: each crop brings its own backdrop, which must not show as a
// square, and the title is set over where the shoulders would end.
const faceMask =
  "radial-gradient(ellipse 50% 50% at 50% 50%, rgba(0,0,0,1) 58%, rgba(0,0,0,0.6) 80%, rgba(0,0,0,0) 100%)";

/** The billed cast as dissolving faces: the lead large in front, supporting cast set back. */
export async function castArt(paths: string[], size: Size): Promise<Box[]> {
  const figures = await Promise.all(
    paths.slice(0, maxBilledFaces).map(async (path, index) => {
      const place = placements[index]!;
      const side = Math.round(place.side * size.width);
      const data = await headCrop(path, side, place.brightness);
      return img(
        pngDataUri(data),
        { width: side, height: side },
        {
          position: "absolute",
          left: Math.round(place.x * size.width - side / 2),
          top: Math.round(place.y * size.height),
          maskImage: faceMask,
        },
      );
    }),
  );
  // Painted back to front: the lead last, on top.
  return figures.reverse();
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
