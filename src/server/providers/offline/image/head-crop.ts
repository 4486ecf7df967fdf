import sharp from "sharp";

/**
 * The head-and-shoulders square of a portrait, resized to `side`. Portraits come from any
 * provider; the upper-centre square suits them all, and on offline portraits it also leaves
 * out the name caption along the bottom edge, which would repeat the grid's own labels.
 */
export async function headCrop(path: string, side: number, brightness = 1): Promise<Buffer> {
  const image = sharp(path);
  const { width = 0, height = 0 } = await image.metadata();
  if (width === 0 || height === 0) {
    throw new Error(`portrait has no size: ${path}`);
  }
  const crop = Math.round(Math.min(width, height) * 0.86);
  const left = Math.round((width - crop) / 2);
  // Tall images keep some headroom; square ones are cut from the very top.
  const top = height > width ? Math.round((height - crop) * 0.2) : 0;
  return image
    .extract({ left, top, width: crop, height: crop })
    .resize(side, side)
    .modulate({ brightness })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/**
 * A mask that dissolves a head crop's own backdrop into the scene around it while keeping
 * the shoulders solid down to the lower edge, so a figure stands in the frame, not floats.
 * The ellipse reaches zero before the crop's top and side edges, so no square edge shows.
 */
export const dissolveMask =
  "radial-gradient(ellipse 48% 70% at 50% 72%, rgba(0,0,0,1) 55%, rgba(0,0,0,0.55) 78%, rgba(0,0,0,0) 100%)";
