import sharp, { type OverlayOptions } from "sharp";
import type { Size } from "../../types";
import { backdrop, dropShadow, edgeFadeMask } from "./backgrounds";

/**
 * Photographic plates composed with sharp. Each returns a JPEG of exactly the plate size: plates
 * carry no alpha and JPEG decodes several times faster than PNG in ffmpeg.
 */

export const plateJpeg = { quality: 90 } as const;

/**
 * A portrait on one side, over its own blurred backdrop; the edge that faces the frame's centre
 * fades out so the figure sits in the scene rather than in a box. It is framed a little tighter
 * than the source (the bottom tenth falls off the frame) — closer on the face, and clear of any
 * caption the portrait carries. On a tall frame it spans the width, its lower edge fading out.
 */
export async function portraitPlate(
  portrait: string,
  side: "left" | "right",
  size: Size,
  tint: string,
): Promise<Buffer> {
  const tall = size.height >= size.width;
  const fitted = await sharp(portrait)
    .resize({
      width: tall ? size.width : Math.round(size.width * 0.7),
      height: tall ? Math.round(size.height * 0.7) : Math.round(size.height * 1.12),
      fit: "inside",
    })
    .toBuffer({ resolveWithObject: true });
  const { data, info } = await sharp(fitted.data)
    .extract({
      left: 0,
      top: 0,
      width: fitted.info.width,
      height: Math.min(fitted.info.height, size.height),
    })
    .ensureAlpha()
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const fadeSide = tall ? "bottom" : side === "right" ? "left" : "right";
  const figure = await sharp(data)
    .composite([{ input: await edgeFadeMask(info, fadeSide, tall ? 0.3 : 0.4), blend: "dest-in" }])
    .png({ compressionLevel: 0 })
    .toBuffer();
  const left = tall
    ? Math.round((size.width - info.width) / 2)
    : side === "right"
      ? size.width - info.width
      : 0;
  const top = tall ? Math.round(size.height * 0.1) : Math.round((size.height - info.height) / 2);
  return (await backdrop(portrait, size, tint))
    .composite([{ input: figure, left, top }])
    .jpeg(plateJpeg)
    .toBuffer();
}

/**
 * An image shown whole at `heightShare` of the plate, with a soft shadow, over its own backdrop;
 * centred unless `left` is given. `extra` layers (e.g. text) go on top.
 */
export async function centredPlate(
  image: string,
  size: Size,
  tint: string,
  options: { heightShare: number; left?: number; extra?: OverlayOptions[] },
): Promise<Buffer> {
  const { data, info } = await sharp(image)
    .resize({
      width: Math.round(size.width * 0.9),
      height: Math.round(size.height * options.heightShare),
      fit: "inside",
    })
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const left = options.left ?? Math.round((size.width - info.width) / 2);
  const top = Math.round((size.height - info.height) / 2);
  const pad = Math.round(size.height * 0.04);
  return (await backdrop(image, size, tint))
    .composite([
      {
        input: await dropShadow(info, pad),
        left: left - pad,
        top: top - pad + Math.round(pad / 3),
      },
      { input: data, left, top },
      ...(options.extra ?? []),
    ])
    .jpeg(plateJpeg)
    .toBuffer();
}

/** A still close to the frame's shape fills it; any other shape is centred on its backdrop. */
export async function stillPlate(image: string, size: Size, tint: string): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  const aspect = (meta.width ?? 1) / (meta.height ?? 1);
  const frameAspect = size.width / size.height;
  if (Math.abs(aspect - frameAspect) / frameAspect < 0.2) {
    return sharp(image)
      .resize(size.width, size.height, { fit: "cover" })
      .jpeg(plateJpeg)
      .toBuffer();
  }
  return centredPlate(image, size, tint, { heightShare: 1 });
}

/** Flattens a ready-made card (the injected title card) into a plate. */
export function cardPlate(card: Buffer, size: Size): Promise<Buffer> {
  return sharp(card)
    .resize(size.width, size.height, { fit: "cover" })
    .flatten({ background: "#000000" })
    .jpeg(plateJpeg)
    .toBuffer();
}
