import sharp, { type Sharp } from "sharp";
import type { Size } from "../../types";
import { type Rgb, toRgb } from "./palette";

/**
 * Backgrounds computed pixel by pixel at thumbnail size and scaled up: they are soft by nature,
 * and librsvg takes 0.6–0.9 s to rasterize one full-size SVG gradient, ~100× longer.
 */

const thumbLongSide = 320;

export interface Glow {
  color: string;
  /** Centre, 0..1 of the width and height. */
  x: number;
  y: number;
  strength: number;
}

/** A diagonal two-tone gradient with an optional coloured glow and a vignette. */
export function gradientBackground(
  colors: { from: string; to: string; glow?: Glow },
  size: Size,
): Sharp {
  const thumb = thumbSize(size);
  const from = toRgb(colors.from);
  const to = toRgb(colors.to);
  const glow = colors.glow && { ...colors.glow, rgb: toRgb(colors.glow.color) };
  const pixels = Buffer.alloc(thumb.width * thumb.height * 3);
  forEachPixel(thumb, (u, v, offset) => {
    const along = Math.min(1, Math.max(0, (u * 0.6 + v * 0.4 - 0.1) / 0.8));
    const rgb = mix(from, to, along);
    const shaded = glow
      ? mix(
          rgb,
          glow.rgb,
          glow.strength * falloff(Math.hypot((u - glow.x) * 1.78, v - glow.y), 0.75),
        )
      : rgb;
    write(pixels, offset, scale(shaded, vignette(u, v, 0.45)));
  });
  return upscale(pixels, thumb, size);
}

/** The image as a soft field of its own colours: blurred, dimmed, tinted and vignetted. */
export async function backdrop(image: string | Buffer, size: Size, tint: string): Promise<Sharp> {
  const thumb = thumbSize(size);
  const { data } = await sharp(image)
    .resize(thumb.width, thumb.height, { fit: "cover" })
    .removeAlpha()
    .blur(thumb.width / 24)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const tintRgb = toRgb(tint);
  const pixels = Buffer.alloc(thumb.width * thumb.height * 3);
  forEachPixel(thumb, (u, v, offset) => {
    const source: Rgb = [data[offset]!, data[offset + 1]!, data[offset + 2]!];
    const dimmed = mix(scale(source, 0.5), tintRgb, 0.6);
    write(pixels, offset, scale(dimmed, vignette(u, v, 0.65)));
  });
  return upscale(pixels, thumb, size);
}

/** White with alpha ramping from 0 to 1 across `rampShare` of the image from `fadeSide`. */
export function edgeFadeMask(
  size: Size,
  fadeSide: "left" | "right" | "bottom",
  rampShare: number,
): Promise<Buffer> {
  const horizontal = fadeSide !== "bottom";
  const length = horizontal ? size.width : size.height;
  const line = Buffer.alloc(length * 4, 255);
  const ramp = Math.max(1, Math.round(length * rampShare));
  for (let i = 0; i < length; i++) {
    const fromEdge = fadeSide === "left" ? i : length - 1 - i;
    const t = Math.min(1, fromEdge / ramp);
    line[i * 4 + 3] = Math.round(255 * t * t * (3 - 2 * t));
  }
  const raw = {
    width: horizontal ? length : 1,
    height: horizontal ? 1 : length,
    channels: 4 as const,
  };
  return sharp(line, { raw })
    .resize(size.width, size.height, { fit: "fill", kernel: "nearest" })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** A soft dark rectangle to sit under an image of `image` size, `pad` larger on every side. */
export async function dropShadow(image: Size, pad: number): Promise<Buffer> {
  const shrink = 8;
  const small = {
    width: Math.ceil((image.width + pad * 2) / shrink),
    height: Math.ceil((image.height + pad * 2) / shrink),
  };
  const inner = Math.round(pad / shrink);
  const hardEdged = await sharp({
    create: { ...small, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
  })
    .composite([
      {
        input: {
          create: {
            width: Math.max(1, small.width - inner * 2),
            height: Math.max(1, small.height - inner * 2),
            channels: 4,
            background: { r: 0, g: 0, b: 0, alpha: 0.7 },
          },
        },
        left: inner,
        top: inner,
      },
    ])
    .png()
    .toBuffer();
  return sharp(hardEdged)
    .blur(Math.max(0.5, inner / 2))
    .resize(image.width + pad * 2, image.height + pad * 2, { fit: "fill" })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

function thumbSize(size: Size): Size {
  const ratio = thumbLongSide / Math.max(size.width, size.height);
  return {
    width: Math.max(2, Math.round(size.width * ratio)),
    height: Math.max(2, Math.round(size.height * ratio)),
  };
}

function forEachPixel(size: Size, visit: (u: number, v: number, offset: number) => void): void {
  for (let y = 0; y < size.height; y++) {
    for (let x = 0; x < size.width; x++) {
      visit(x / (size.width - 1), y / (size.height - 1), (y * size.width + x) * 3);
    }
  }
}

function upscale(pixels: Buffer, from: Size, to: Size): Sharp {
  return sharp(pixels, { raw: { width: from.width, height: from.height, channels: 3 } }).resize(
    to.width,
    to.height,
    { fit: "fill", kernel: "cubic" },
  );
}

/** 1 in the middle, down to 1 − `depth` in the corners, smoothly. */
function vignette(u: number, v: number, depth: number): number {
  const distance = Math.hypot(u - 0.5, v - 0.5) / Math.SQRT1_2;
  const t = Math.min(1, Math.max(0, (distance - 0.35) / 0.65));
  return 1 - depth * t * t;
}

function falloff(distance: number, radius: number): number {
  const t = Math.min(1, distance / radius);
  return (1 - t) * (1 - t);
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [
    a[0] + (b[0] - a[0]) * amount,
    a[1] + (b[1] - a[1]) * amount,
    a[2] + (b[2] - a[2]) * amount,
  ];
}

function scale(rgb: Rgb, factor: number): Rgb {
  return [rgb[0] * factor, rgb[1] * factor, rgb[2] * factor];
}

function write(pixels: Buffer, offset: number, rgb: Rgb): void {
  pixels[offset] = Math.round(Math.min(255, Math.max(0, rgb[0])));
  pixels[offset + 1] = Math.round(Math.min(255, Math.max(0, rgb[1])));
  pixels[offset + 2] = Math.round(Math.min(255, Math.max(0, rgb[2])));
}
