import type { Blueprint } from "../../../shows/documents";

export type Palette = Blueprint["visualAesthetics"]["palette"];

import { darken, hue, lighten, luminance, mix, saturation } from "./color";

/**
 * A show palette graded for dark, cinematic art. Blueprint palettes can be anything, pastel
 * included; every image needs a near-black to sit on, accents that glow against it and a
 * light tone for type, so they are derived here once rather than guessed in each layout.
 */
export interface ShowGrade {
  /** Near-black tinted with the palette's darkest colour: the base of every frame. */
  night: string;
  /** A lifted dark, for gradients up from `night`. */
  dusk: string;
  /** The most vivid palette colour: glows, rules, highlights. */
  accent: string;
  /** Every palette colour, most vivid first; characters take their rim light from here. */
  accents: string[];
  /** Warm off-white for type. */
  paper: string;
  /** Muted light tone for secondary type. */
  mist: string;
}

const fallbackPalette = ["#0f1024", "#c8553d", "#f2d0a4", "#2a9d8f"];

export function gradeShow(palette: Palette): ShowGrade {
  const hexes = palette.map((color) => color.hex.toLowerCase());
  const colors = hexes.length > 0 ? hexes : fallbackPalette;
  const byLuminance = [...colors].sort((a, b) => luminance(a) - luminance(b));
  const darkest = byLuminance[0]!;
  const lightest = byLuminance[byLuminance.length - 1]!;
  // Vividness, but a colour too dark or too pale to glow is ranked down, and so are yellows:
  // faded into near-black they turn olive, where reds, blues and ambers stay rich.
  const vividness = (hex: string) => {
    const l = luminance(hex);
    const h = hue(hex);
    return (
      saturation(hex) * (l < 0.03 ? 0.3 : 1) * (l > 0.8 ? 0.4 : 1) * (h > 44 && h < 75 ? 0.6 : 1)
    );
  };
  const accents = [...colors].sort((a, b) => vividness(b) - vividness(a));
  const accent = liftToGlow(accents[0]!);
  const night = mix(darken(darkest, 0.55), "#06060a", 0.55);
  return {
    night,
    dusk: mix(night, accent, 0.16),
    accent,
    accents: accents.map(liftToGlow),
    paper: mix(lighten(lightest, 0.75), "#fbf7ef", 0.5),
    mist: mix(lighten(lightest, 0.4), "#9a9aa6", 0.5),
  };
}

/** A colour bright enough to read as light against near-black, keeping its hue. */
function liftToGlow(hex: string): string {
  let lifted = hex;
  for (let step = 0; step < 6 && luminance(lifted) < 0.12; step++) {
    lifted = lighten(lifted, 0.18);
  }
  return lifted;
}
