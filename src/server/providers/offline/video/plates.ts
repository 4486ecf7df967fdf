import sharp from "sharp";
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
  const meta = await sharp(portrait).metadata();
  const placed = portraitPlacement(
    { width: meta.width ?? 1, height: meta.height ?? 1 },
    side,
    size,
  );
  const tall = size.height >= size.width;
  const fitted = await sharp(portrait)
    .resize({ width: placed.fitted.width, height: placed.fitted.height, fit: "fill" })
    .toBuffer({ resolveWithObject: true });
  const { data, info } = await sharp(fitted.data)
    .extract({ left: 0, top: 0, width: placed.shown.width, height: placed.shown.height })
    .ensureAlpha()
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const fadeSide = tall ? "bottom" : side === "right" ? "left" : "right";
  const figure = await sharp(data)
    .composite([{ input: await edgeFadeMask(info, fadeSide, tall ? 0.3 : 0.4), blend: "dest-in" }])
    .png({ compressionLevel: 0 })
    .toBuffer();
  return (await backdrop(portrait, size, tint))
    .composite([{ input: figure, left: placed.shown.left, top: placed.shown.top }])
    .jpeg(plateJpeg)
    .toBuffer();
}

/** Where a portrait plate puts its portrait: resized to `fitted`, its top `shown` on the plate. */
export interface PortraitPlacement {
  fitted: Size;
  /** The part of the fitted portrait on the plate: its top rows, placed at left, top. */
  shown: { left: number; top: number; width: number; height: number };
}

/**
 * The portrait plate's layout, without pixels: what `portraitPlate` draws, so the framing of
 * faces can be checked against the camera move before any rendering.
 */
export function portraitPlacement(
  source: Size,
  side: "left" | "right",
  size: Size,
): PortraitPlacement {
  const tall = size.height >= size.width;
  const box = {
    width: tall ? size.width : Math.round(size.width * 0.7),
    height: tall ? Math.round(size.height * 0.7) : Math.round(size.height * 1.12),
  };
  // sharp's `fit: "inside"`: the largest size of the source's shape inside the box.
  const ratio = Math.min(box.width / source.width, box.height / source.height);
  const fitted = {
    width: Math.max(1, Math.round(source.width * ratio)),
    height: Math.max(1, Math.round(source.height * ratio)),
  };
  const height = Math.min(fitted.height, size.height);
  const left = tall
    ? Math.round((size.width - fitted.width) / 2)
    : side === "right"
      ? size.width - fitted.width
      : 0;
  const top = tall ? Math.round(size.height * 0.1) : Math.round((size.height - height) / 2);
  return { fitted, shown: { left, top, width: fitted.width, height } };
}

/**
 * An image shown whole at `heightShare` of the plate, centred with a soft shadow over its own
 * backdrop.
 */
async function centredPlate(
  image: string,
  size: Size,
  tint: string,
  options: { heightShare: number },
): Promise<Buffer> {
  const { data, info } = await sharp(image)
    .resize({
      width: Math.round(size.width * 0.9),
      height: Math.round(size.height * options.heightShare),
      fit: "inside",
    })
    .png({ compressionLevel: 0 })
    .toBuffer({ resolveWithObject: true });
  const left = Math.round((size.width - info.width) / 2);
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
    ])
    .jpeg(plateJpeg)
    .toBuffer();
}

/** A still close to the frame's shape fills it; any other shape is centred on its backdrop. */
export async function stillPlate(image: string, size: Size, tint: string): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  if (fillsFrame({ width: meta.width ?? 1, height: meta.height ?? 1 }, size)) {
    return sharp(image)
      .resize(size.width, size.height, { fit: "cover" })
      .jpeg(plateJpeg)
      .toBuffer();
  }
  return centredPlate(image, size, tint, { heightShare: 1 });
}

/** Whether a still of `source` shape is cropped to fill the frame rather than centred in it. */
export function fillsFrame(source: Size, size: Size): boolean {
  const frameAspect = size.width / size.height;
  return Math.abs(source.width / source.height - frameAspect) / frameAspect < 0.2;
}

/** Where `centredPlate` puts an image of `source` size on a plate: the rect it is drawn in. */
export function centredPlacement(
  source: Size,
  size: Size,
  options: { heightShare: number },
): { left: number; top: number; width: number; height: number } {
  const ratio = Math.min(
    Math.round(size.width * 0.9) / source.width,
    Math.round(size.height * options.heightShare) / source.height,
  );
  const width = Math.round(source.width * ratio);
  const height = Math.round(source.height * ratio);
  return {
    left: Math.round((size.width - width) / 2),
    top: Math.round((size.height - height) / 2),
    width,
    height,
  };
}

/** Flattens a ready-made card (the injected title card) into a plate. */
export function cardPlate(card: Buffer, size: Size): Promise<Buffer> {
  return sharp(card)
    .resize(size.width, size.height, { fit: "cover" })
    .flatten({ background: "#000000" })
    .jpeg(plateJpeg)
    .toBuffer();
}
