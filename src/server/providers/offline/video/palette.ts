/** Colours for cards and type, derived from the show's palette so every show looks like itself. */
export interface PaletteColor {
  name: string;
  hex: string;
}

export interface CardColors {
  /** Two deep tones for background gradients: dark enough for white type on top. */
  deep: [string, string];
  /** The palette's liveliest colour, lifted so it reads on the deep tones. */
  accent: string;
}

const fallbackPalette: PaletteColor[] = [
  { name: "ink", hex: "#1d2340" },
  { name: "plum", hex: "#4a2545" },
  { name: "amber", hex: "#e0a040" },
];

export function cardColorsFor(palette: PaletteColor[]): CardColors {
  const colors = (palette.length > 0 ? palette : fallbackPalette).map((color) => toRgb(color.hex));
  const byLightness = [...colors].sort((a, b) => luminance(a) - luminance(b));
  const darkest = byLightness[0]!;
  const second = byLightness[1] ?? darkest;
  const liveliest = [...colors].sort((a, b) => vividness(b) - vividness(a))[0]!;
  return {
    deep: [toHex(toLuminance(darkest, 0.035)), toHex(toLuminance(second, 0.06))],
    accent: toHex(luminance(liveliest) < 0.3 ? toLuminance(liveliest, 0.3) : liveliest),
  };
}

/** `#rrggbb` with an alpha, as CSS `rgba()`. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = toRgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

export type Rgb = [number, number, number];

export function toRgb(hex: string): Rgb {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1] ?? "808080";
  const n = Number.parseInt(value, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Saturation weighted towards mid lightness: grey and near-black score low. */
function vividness(rgb: Rgb): number {
  const max = Math.max(...rgb);
  const min = Math.min(...rgb);
  return (max - min) * (1 - Math.abs(luminance(rgb) - 0.35));
}

/**
 * Scales a colour towards black or white until it reaches the target luminance, keeping its hue.
 * Darkening is a plain scale; lightening mixes with white. Either way luminance grows with
 * `amount`, so twenty bisection steps are exact enough.
 */
function toLuminance(rgb: Rgb, target: number): Rgb {
  const darken = luminance(rgb) > target;
  const at = (amount: number): Rgb =>
    darken ? (rgb.map((c) => c * amount) as Rgb) : (rgb.map((c) => c + (255 - c) * amount) as Rgb);
  let low = 0;
  let high = 1;
  for (let step = 0; step < 20; step++) {
    const mid = (low + high) / 2;
    if (luminance(at(mid)) > target) {
      high = mid;
    } else {
      low = mid;
    }
  }
  return at((low + high) / 2);
}
