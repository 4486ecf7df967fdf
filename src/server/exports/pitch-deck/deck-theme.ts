import type { TextStyle } from "./deck-text";

/**
 * The deck's page, grid, colours and type scale. Pages are 16:9 at 960 × 540 pt (13.33 × 7.5 in,
 * the size of a widescreen slide), dark so posters and frames read as on a screen.
 */
export const page = { width: 960, height: 540, margin: 56 } as const;

/** The live area every page's content keeps to (a header above, a footer below). */
export const content = {
  x: page.margin,
  top: 104,
  width: page.width - 2 * page.margin,
  bottom: page.height - 48,
} as const;

export interface DeckColors {
  background: string;
  surface: string;
  text: string;
  muted: string;
  rule: string;
  /** The palette colour that reads best on the background: labels, rules, numbers. */
  accent: string;
}

const neutral = {
  background: "#111215",
  surface: "#1b1c21",
  text: "#f3f0ea",
  muted: "#9d9a94",
  rule: "#34353b",
};

/** A warm gold when the palette has nothing light and saturated enough. */
const fallbackAccent = "#e2b35a";

/** The deck's colours, with the accent taken from the show's own palette. */
export function deckColors(palette: readonly { hex: string }[]): DeckColors {
  return { ...neutral, accent: pickAccent(palette.map((swatch) => swatch.hex)) };
}

function pickAccent(hexes: readonly string[]): string {
  const scored = hexes
    .map((hex) => ({ hex, ...hsl(hex) }))
    .filter((colour) => colour.valid && colour.l >= 0.45 && colour.l <= 0.85 && colour.s >= 0.3)
    .sort((a, b) => b.s - a.s);
  return scored[0]?.hex ?? fallbackAccent;
}

function hsl(hex: string): { valid: boolean; s: number; l: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) {
    return { valid: false, s: 0, l: 0 };
  }
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  return { valid: true, s, l };
}

/** Whether dark text reads better than light text on `hex` (a swatch's label). */
export function isLight(hex: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) {
    return false;
  }
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55;
}

/** A hex colour PDFKit accepts, or a neutral grey for anything else. */
export function safeHex(hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex : "#808080";
}

/** The type scale: one size per role, everywhere. */
export function typeScale(colors: DeckColors) {
  return {
    display: { size: 54, face: { weight: 800 }, color: colors.text, leading: 1.05 },
    title: { size: 30, face: { weight: 800 }, color: colors.text, leading: 1.15 },
    kicker: {
      size: 9,
      face: { weight: 600 },
      color: colors.accent,
      tracking: 1.6,
      uppercase: true,
    },
    lead: { size: 17, face: { weight: 400 }, color: colors.text, leading: 1.4 },
    tagline: { size: 20, face: { weight: 400, italic: true }, color: colors.text, leading: 1.3 },
    heading: { size: 15, face: { weight: 800 }, color: colors.text, leading: 1.2 },
    body: { size: 10.5, face: { weight: 400 }, color: colors.muted, leading: 1.45 },
    label: { size: 8, face: { weight: 600 }, color: colors.muted, tracking: 1.2, uppercase: true },
    caption: { size: 8.5, face: { weight: 400 }, color: colors.muted, leading: 1.3 },
  } satisfies Record<string, TextStyle>;
}

export type TypeScale = ReturnType<typeof typeScale>;
