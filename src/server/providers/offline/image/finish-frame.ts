import sharp from "sharp";
import { parseHex } from "./color";
import type { Rect } from "./face-box";
import type { MediumLook } from "./medium-look";
import { seedFrom } from "./seeded-random";
import type { ShowGrade } from "./show-palette";

/**
 * The medium's texture across a whole frame, on pixels after layout: ink hatching, halftone
 * dots, watercolour paper, cel banding, clay's warm soft focus, a photograph's duotone and grain.
 * Every finished image of a show (portrait, grid, poster, still) goes through the same finish,
 * so they read as one production.
 *
 * Composites finish portraits that were finished already. The tone-driven finishes (hatching,
 * dots) read tone from a blurred copy, which averages an earlier pass's lines and dots back to
 * grey, so a second pass redraws them at the new scale instead of beating against them.
 */

interface Frame {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel. */
  pixels: Buffer;
  /** The same, blurred to about one texture cell. */
  soft: Buffer;
}

type Finish = (frame: Frame, grade: ShowGrade, seed: number) => void;

export async function finishFrame(
  png: Buffer,
  look: MediumLook,
  grade: ShowGrade,
  seed: string,
): Promise<Buffer> {
  const image = sharp(png).removeAlpha();
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const soft = await sharp(data, { raw: { width, height, channels: 3 } })
    .blur(Math.max(0.8, width / 420))
    .raw()
    .toBuffer();
  const frame: Frame = { width, height, pixels: data, soft };
  finishes[look](frame, grade, seedFrom("finish", seed));
  return sharp(frame.pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/**
 * A placed portrait inside a composite: its rectangle and the soft elliptical mask it was laid
 * with (CSS `radial-gradient(ellipse rx ry at cx cy, …)`, all fractions of the rectangle).
 */
export interface PlacedPortrait {
  rect: Rect;
  mask: { cx: number; cy: number; rx: number; ry: number; stops: [number, number][] };
}

/**
 * Finishes a composite around the portraits placed in it: they were finished as portraits
 * already, and a second pass would hatch their hatching and dot their dots at another scale.
 * Inside each portrait's own mask the unfinished composite shows (the portrait as it was, with
 * any grade laid over it); everywhere else, the finished one.
 */
export async function finishAround(
  png: Buffer,
  look: MediumLook,
  grade: ShowGrade,
  seed: string,
  portraits: PlacedPortrait[],
): Promise<Buffer> {
  const finished = await finishFrame(png, look, grade, seed);
  if (portraits.length === 0) {
    return finished;
  }
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const gradients = portraits.map(({ rect, mask }, index) => {
    const stops = mask.stops
      .map(([at, opacity]) => `<stop offset="${at}" stop-color="#fff" stop-opacity="${opacity}"/>`)
      .join("");
    return {
      def: `<radialGradient id="keep${index}" cx="0" cy="0" r="1" gradientUnits="objectBoundingBox" gradientTransform="translate(${mask.cx} ${mask.cy}) scale(${mask.rx} ${mask.ry})">${stops}</radialGradient>`,
      shape: `<rect x="${rect.left}" y="${rect.top}" width="${rect.width}" height="${rect.height}" fill="url(#keep${index})"/>`,
    };
  });
  const maskSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>${gradients.map((g) => g.def).join("")}</defs>${gradients.map((g) => g.shape).join("")}</svg>`;
  const kept = await sharp(png)
    .ensureAlpha()
    .composite([{ input: Buffer.from(maskSvg), blend: "dest-in" }])
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(finished)
    .composite([{ input: kept }])
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/**
 * Type laid over finished art, as a printer sets it: the finish's dots and hatching would eat
 * small letters, so names and titles are drawn after it, on a transparent layer of the same size.
 */
export function setType(art: Buffer, type: Buffer): Promise<Buffer> {
  return sharp(art)
    .composite([{ input: type }])
    .png({ compressionLevel: 6 })
    .toBuffer();
}

const finishes: Record<MediumLook, Finish> = {
  "ink-noir": inkHatching,
  watercolour: paperWash,
  claymation: warmStudio,
  "anime-cel": celBands,
  "retro-comic": halftone,
  "photo-duotone": duotoneGrain,
};

/** Black ink on off-white paper: solid blacks, diagonal hatching, cross-hatching, one spot red. */
function inkHatching({ width, height, pixels, soft }: Frame): void {
  const spacing = Math.max(5, Math.round(width / 150));
  const stroke = Math.max(1.2, spacing * 0.34);
  const ink = [12, 12, 14];
  const paper = [240, 236, 226];
  forEach(width, height, (x, y, i) => {
    const sharpTone = luma(pixels, i);
    const tone = luma(soft, i);
    const red = spotRed(pixels, i);
    if (red) {
      write(pixels, i, red);
      return;
    }
    const hatch = (x + y) % spacing < stroke;
    const cross = (x - y + height * spacing) % spacing < stroke;
    let inked: boolean;
    if (sharpTone < 0.1) {
      inked = true;
    } else if (sharpTone > 0.86 || tone > 0.64) {
      inked = false;
    } else if (tone > 0.4) {
      inked = hatch;
    } else if (tone > 0.17) {
      inked = hatch || cross;
    } else {
      inked = true;
    }
    write(pixels, i, inked ? ink : paper);
  });
}

/** A saturated red kept as a flat spot colour, as ink comics keep one colour; else null. */
function spotRed(pixels: Buffer, i: number): number[] | null {
  const r = pixels[i]!;
  const g = pixels[i + 1]!;
  const b = pixels[i + 2]!;
  return r > 110 && r > g * 2.1 && r > b * 2.1 ? [196, 24, 30] : null;
}

/** Cold-press paper: granulating pigment, a soft bloom, and light that comes through the wash. */
function paperWash({ width, height, pixels, soft }: Frame, _grade: ShowGrade, seed: number): void {
  const coarse = Math.max(6, Math.round(width / 40));
  forEach(width, height, (x, y, i) => {
    // Three octaves of blotches and a fine tooth: paper fibre, not a grid of cells.
    const blotch =
      valueNoise(x / coarse, y / coarse, seed) * 0.5 +
      valueNoise(x / (coarse * 0.37), y / (coarse * 0.37), seed + 1) * 0.3 +
      valueNoise(x / (coarse * 0.13), y / (coarse * 0.13), seed + 2) * 0.2;
    const grain = blotch * 0.7 + hash(x, y, seed) * 0.3;
    const shade = 0.92 + 0.08 * grain;
    for (let c = 0; c < 3; c++) {
      const bloomed = pixels[i + c]! * 0.72 + soft[i + c]! * 0.28;
      pixels[i + c] = clamp((bloomed * 0.93 + 244 * 0.07) * shade);
    }
  });
}

/** A lit miniature set: warm mids, shallow focus and a little film grain. */
function warmStudio({ width, height, pixels, soft }: Frame, _grade: ShowGrade, seed: number): void {
  forEach(width, height, (x, y, i) => {
    // Out-of-focus towards the top and bottom edges, as a macro lens sees a tabletop set.
    const v = y / height;
    const focus = Math.min(1, Math.max(0, (Math.abs(v - 0.45) - 0.3) / 0.25));
    const noise = (hash(x, y, seed) - 0.5) * 8;
    const warm = [1.04, 1.0, 0.93];
    for (let c = 0; c < 3; c++) {
      const value = pixels[i + c]! * (1 - focus) + soft[i + c]! * focus;
      pixels[i + c] = clamp(value * warm[c]! + noise);
    }
  });
}

/** Cel painting: vivid, clean colour; the lines and hard shadows are the avatar filter's. */
function celBands({ width, height, pixels }: Frame): void {
  forEach(width, height, (_x, _y, i) => {
    const mean = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
    for (let c = 0; c < 3; c++) {
      pixels[i + c] = clamp((mean + (pixels[i + c]! - mean) * 1.3) * 1.04);
    }
  });
}

/** Four-colour newsprint: ink dots on a rotated screen, sized by the tone under them. */
function halftone({ width, height, pixels, soft }: Frame): void {
  const cell = Math.max(6, Math.round(width / 120));
  const paper = [246, 236, 212];
  forEach(width, height, (x, y, i) => {
    const tone = luma(soft, i);
    if (luma(pixels, i) < 0.12) {
      write(pixels, i, [18, 16, 20]);
      return;
    }
    // A 45° screen: cell coordinates along the diagonals.
    const u = (x + y) / Math.SQRT2 / cell;
    const v = (x - y) / Math.SQRT2 / cell;
    const du = u - Math.floor(u) - 0.5;
    const dv = v - Math.floor(v) - 0.5;
    const radius = tone > 0.92 ? 0 : 0.66 * (1 - tone) ** 0.8;
    const dot = Math.hypot(du, dv) < radius;
    for (let c = 0; c < 3; c++) {
      const base = soft[i + c]! * 0.85 + paper[c]! * 0.15;
      pixels[i + c] = dot ? clamp(base * 0.7) : clamp(base * 0.8 + paper[c]! * 0.2);
    }
  });
}

/** A graded photograph: tones mapped between the show's shadow and highlight colours, grain. */
function duotoneGrain({ width, height, pixels }: Frame, grade: ShowGrade, seed: number): void {
  const shadow = toRgb(grade.night);
  const light = toRgb(grade.paper);
  const accent = toRgb(grade.accents[1] ?? grade.accent);
  // The middle stop leans to a palette colour: that tint is what makes it a duotone, not grey.
  const middle = shadow.map((value, c) => (value + light[c]!) * 0.3 + accent[c]! * 0.4);
  forEach(width, height, (x, y, i) => {
    const tone = luma(pixels, i);
    const t = tone * tone * (3 - 2 * tone);
    const grain = (hash(x, y, seed) - 0.5) * 16;
    for (let c = 0; c < 3; c++) {
      const duo =
        t < 0.5
          ? shadow[c]! + (middle[c]! - shadow[c]!) * (t / 0.5)
          : middle[c]! + (light[c]! - middle[c]!) * ((t - 0.5) / 0.5);
      pixels[i + c] = clamp(pixels[i + c]! * 0.5 + duo * 0.5 + grain);
    }
  });
}

function forEach(
  width: number,
  height: number,
  visit: (x: number, y: number, offset: number) => void,
): void {
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      visit(x, y, (y * width + x) * 3);
    }
  }
}

function luma(pixels: Buffer, i: number): number {
  return (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!) / 255;
}

function write(pixels: Buffer, i: number, rgb: readonly number[]): void {
  pixels[i] = rgb[0]!;
  pixels[i + 1] = rgb[1]!;
  pixels[i + 2] = rgb[2]!;
}

function clamp(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

function toRgb(hex: string): number[] {
  const { r, g, b } = parseHex(hex);
  return [r, g, b];
}

/** A repeatable 0..1 value for a pixel: the grain is the same on every render. */
function hash(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ seed;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth noise between lattice points: blotches rather than speckle. */
function valueNoise(x: number, y: number, seed: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const top = hash(x0, y0, seed) * (1 - sx) + hash(x0 + 1, y0, seed) * sx;
  const bottom = hash(x0, y0 + 1, seed) * (1 - sx) + hash(x0 + 1, y0 + 1, seed) * sx;
  return top * (1 - sy) + bottom * sy;
}
