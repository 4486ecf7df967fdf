import type { TimeOfDay } from "../../../shows/episode-script";
import { mix } from "./color";
import type { ShowGrade } from "./show-palette";

/**
 * The light of a time of day, nudged toward the show's palette so every show keeps its colour:
 * sky, sun or moon, and the grade laid over the whole frame (figures included), which is what
 * makes a night frame read as night rather than a dark-blue day.
 */
export interface Daylight {
  skyTop: string;
  skyHorizon: string;
  /** The sun or moon: across (0..1) and down from the top of the sky to the horizon (0..1). */
  orb: { x: number; y: number; radius: number; color: string; glow: string } | null;
  stars: boolean;
  /** Windows and street lamps are lit. */
  lampsLit: boolean;
  /** Multiplied over the frame: white keeps the picture, darker colours make dusk and night. */
  grade: string;
  /** Brightness of daylit surfaces (walls, ground), 0..1. */
  ambient: number;
  /** Warm practical light (lamps, windows at night). */
  lamp: string;
}

export function daylightFor(timeOfDay: TimeOfDay, show: ShowGrade): Daylight {
  const tint = (color: string, amount: number) => mix(color, show.accent, amount);
  switch (timeOfDay) {
    case "dawn":
      return {
        skyTop: tint("#4a5b8f", 0.12),
        skyHorizon: tint("#f6b38f", 0.12),
        orb: { x: 0.2, y: 0.86, radius: 0.045, color: "#fff1d6", glow: "#ffc89a" },
        stars: false,
        lampsLit: false,
        grade: "#e9d3d6",
        ambient: 0.62,
        lamp: "#ffd29a",
      };
    case "day":
      return {
        skyTop: tint("#4f8fd6", 0.08),
        skyHorizon: tint("#d6ebf5", 0.06),
        orb: { x: 0.78, y: 0.18, radius: 0.05, color: "#fffbe8", glow: "#fff3c4" },
        stars: false,
        lampsLit: false,
        grade: "#ffffff",
        ambient: 0.92,
        lamp: "#fff0c8",
      };
    case "dusk":
      return {
        skyTop: tint("#2c2a5c", 0.14),
        skyHorizon: tint("#f2874a", 0.14),
        orb: { x: 0.72, y: 0.84, radius: 0.07, color: "#ffd08a", glow: "#ff8a4a" },
        stars: false,
        lampsLit: true,
        grade: "#eab593",
        ambient: 0.5,
        lamp: "#ffc46b",
      };
    case "night":
      return {
        skyTop: tint("#060a18", 0.06),
        skyHorizon: tint("#26335a", 0.1),
        orb: { x: 0.8, y: 0.22, radius: 0.032, color: "#eef2ff", glow: "#8fa6d8" },
        stars: true,
        lampsLit: true,
        grade: "#5a6696",
        ambient: 0.36,
        lamp: "#ffbe5c",
      };
  }
}
