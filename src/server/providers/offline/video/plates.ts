import sharp from "sharp";
import type { Size } from "../../types";

/**
 * Photographic plates composed with sharp. Each returns a JPEG of exactly the plate size: plates
 * carry no alpha and JPEG decodes several times faster than PNG in ffmpeg.
 */

const jpeg = { quality: 90, mozjpeg: false } as const;

/** The image blurred to a soft field of its colours, dimmed and tinted towards `tint`. */
export async function backdrop(input: string | Buffer, size: Size, tint: string): Promise<Buffer> {
  // Blurring a thumbnail and scaling it up is ~50× cheaper than a large-radius blur at full size.
  const thumb = await sharp(input)
    .resize(160, Math.round((160 * size.height) / size.width), { fit: "cover" })
    .blur(7)
    .toBuffer();
  return sharp(thumb)
    .resize(size.width, size.height, { kernel: "cubic" })
    .modulate({ brightness: 0.55, saturation: 0.85 })
    .composite([{ input: tintAndVignette(size, tint) }])
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/**
 * A portrait at full plate height on one side, over its own blurred backdrop; the edge that faces
 * the frame's centre fades out so the figure sits in the scene rather than in a box.
 */
export async function portraitPlate(
  portrait: string,
  side: "left" | "right",
  size: Size,
  tint: string,
): Promise<Buffer> {
  const figure = sharp(portrait).resize({
    width: Math.round(size.width * 0.62),
    height: size.height,
    fit: "inside",
  });
  const { data, info } = await figure
    .ensureAlpha()
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const faded = await sharp(data)
    .composite([{ input: edgeFadeMask(info, side === "right" ? "left" : "right"), blend: "dest-in" }])
    .png({ compressionLevel: 0 })
    .toBuffer();
  const left = side === "right" ? size.width - info.width - Math.round(size.width * 0.04) : Math.round(size.width * 0.04);
  return sharp(await backdrop(portrait, size, tint))
    .composite([{ input: faded, left, top: Math.round((size.height - info.height) / 2) }])
    .jpeg(jpeg)
    .toBuffer();
}

/** An image shown whole, centred at `heightShare` of the plate, over its own backdrop. */
export async function centredPlate(
  image: string,
  size: Size,
  tint: string,
  options: { heightShare: number; left?: number },
): Promise<Buffer> {
  const maxHeight = Math.round(size.height * options.heightShare);
  const { data, info } = await sharp(image)
    .resize({ width: Math.round(size.width * 0.9), height: maxHeight, fit: "inside" })
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const left = options.left ?? Math.round((size.width - info.width) / 2);
  return sharp(await backdrop(image, size, tint))
    .composite([
      { input: dropShadow(info, size), left: left - shadowPad(size), top: Math.round((size.height - info.height) / 2) - shadowPad(size) + Math.round(size.height * 0.01) },
      { input: data, left, top: Math.round((size.height - info.height) / 2) },
    ])
    .jpeg(jpeg)
    .toBuffer();
}

/** A still that already matches the frame fills it; any other shape is centred on its backdrop. */
export async function stillPlate(image: string, size: Size, tint: string): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  const aspect = (meta.width ?? 1) / (meta.height ?? 1);
  const frameAspect = size.width / size.height;
  if (Math.abs(aspect - frameAspect) / frameAspect < 0.2) {
    return sharp(image).resize(size.width, size.height, { fit: "cover" }).jpeg(jpeg).toBuffer();
  }
  return centredPlate(image, size, tint, { heightShare: 1 });
}

/** Flattens a PNG card (title, logline) into a plate. */
export function cardPlate(card: Buffer, size: Size): Promise<Buffer> {
  return sharp(card).resize(size.width, size.height, { fit: "cover" }).flatten({ background: "#000000" }).jpeg(jpeg).toBuffer();
}

function tintAndVignette(size: Size, tint: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
      <defs><radialGradient id="v" cx="50%" cy="50%" r="75%">
        <stop offset="45%" stop-color="#000" stop-opacity="0"/>
        <stop offset="100%" stop-color="#000" stop-opacity="0.65"/>
      </radialGradient></defs>
      <rect width="100%" height="100%" fill="${tint}" fill-opacity="0.45"/>
      <rect width="100%" height="100%" fill="url(#v)"/>
    </svg>`,
  );
}

/** Opaque everywhere except a ramp to transparent over 40% of the width on `fadeSide`. */
function edgeFadeMask(size: Size, fadeSide: "left" | "right"): Buffer {
  const [from, to] = fadeSide === "left" ? ["0", "1"] : ["1", "0"];
  const [start, end] = fadeSide === "left" ? ["0%", "40%"] : ["60%", "100%"];
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">
      <defs><linearGradient id="f" x1="0" y1="0" x2="1" y2="0">
        <stop offset="${start}" stop-color="#fff" stop-opacity="${from}"/>
        <stop offset="${end}" stop-color="#fff" stop-opacity="${to}"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#f)"/>
    </svg>`,
  );
}

function shadowPad(size: Size): number {
  return Math.round(size.height * 0.04);
}

function dropShadow(image: Size, plate: Size): Buffer {
  const pad = shadowPad(plate);
  const blur = Math.round(pad / 2);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width + pad * 2}" height="${image.height + pad * 2}">
      <defs><filter id="s"><feGaussianBlur stdDeviation="${blur}"/></filter></defs>
      <rect x="${pad}" y="${pad}" width="${image.width}" height="${image.height}" fill="#000" fill-opacity="0.6" filter="url(#s)"/>
    </svg>`,
  );
}
