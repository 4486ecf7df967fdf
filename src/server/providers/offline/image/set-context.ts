import { darken, mix } from "./color";
import type { Daylight } from "./daylight";
import type { SeededRandom } from "./seeded-random";
import type { ShowGrade } from "./show-palette";

/** What every set painter draws with: the world's size, the show's colours and the hour's light. */
export interface SetContext {
  /** The world a set is drawn in, in frame pixels; the camera crops or widens it. */
  width: number;
  height: number;
  /** Where the far horizon (or the foot of the back wall) lies, in world pixels. */
  horizon: number;
  show: ShowGrade;
  light: Daylight;
  random: SeededRandom;
}

/** The drawn set: gradient definitions, then shapes back to front. */
export interface SetDrawing {
  defs: string[];
  shapes: string[];
}

/** A palette colour as a set paints it: toned down to a material, then lit by the hour. */
export function material(set: SetContext, index: number, grey = 0.45): string {
  const accent = set.show.accents[index % set.show.accents.length] ?? set.show.accent;
  return lit(set, mix(accent, "#7b7f88", grey));
}

/** A surface colour under the hour's ambient light: night pushes it toward the show's dark. */
export function lit(set: SetContext, color: string): string {
  return mix(darken(set.show.night, 0.3), color, 0.22 + 0.78 * set.light.ambient);
}

/** Distance: far things fade toward the colour of the horizon sky. */
export function hazed(set: SetContext, color: string, amount: number): string {
  return mix(color, set.light.skyHorizon, amount);
}
