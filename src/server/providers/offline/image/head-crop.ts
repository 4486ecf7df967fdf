import sharp from "sharp";
import type { Size } from "../../types";
import type { Rect } from "./face-box";

/**
 * The square a head crop takes from a portrait of `size`. Portraits come from any provider;
 * the upper-centre square suits them all, and on offline portraits it also leaves out the name
 * caption along the bottom edge, which would repeat the grid's own labels.
 */
export function headCropRect(size: Size): Rect {
  const crop = Math.round(Math.min(size.width, size.height) * 0.86);
  const left = Math.round((size.width - crop) / 2);
  // Tall images keep some headroom; square ones are cut from the very top.
  const top = size.height > size.width ? Math.round((size.height - crop) * 0.2) : 0;
  return { left, top, width: crop, height: crop };
}

/**
 * The head-and-shoulders square of a portrait, resized to `side`. Below 1, `brightness` sets a
 * face back: towards black on a dark ground, towards paper on a light one (`recedeTo`).
 */
export async function headCrop(
  path: string,
  side: number,
  brightness = 1,
  recedeTo: "dark" | "light" = "dark",
): Promise<Buffer> {
  const image = sharp(path);
  const { width = 0, height = 0 } = await image.metadata();
  if (width === 0 || height === 0) {
    throw new Error(`portrait has no size: ${path}`);
  }
  const cropped = image.extract(headCropRect({ width, height })).resize(side, side);
  const receded =
    recedeTo === "light"
      ? cropped.linear(brightness, 250 * (1 - brightness))
      : cropped.modulate({ brightness });
  return receded.png({ compressionLevel: 1 }).toBuffer();
}

/** A box in a portrait of `size` (pixels), as fractions of that portrait's head crop. */
export function inHeadCrop(box: Rect, size: Size): Rect {
  const crop = headCropRect(size);
  return {
    left: (box.left - crop.left) / crop.width,
    top: (box.top - crop.top) / crop.height,
    width: box.width / crop.width,
    height: box.height / crop.height,
  };
}

/**
 * A mask that dissolves a head crop's own backdrop into the scene around it while keeping
 * the shoulders solid down to the lower edge, so a figure stands in the frame, not floats.
 * The ellipse reaches zero before the crop's top and side edges, so no square edge shows.
 */
export const dissolveMask =
  "radial-gradient(ellipse 48% 70% at 50% 72%, rgba(0,0,0,1) 55%, rgba(0,0,0,0.55) 78%, rgba(0,0,0,0) 100%)";
