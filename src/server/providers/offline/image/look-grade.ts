import { darken, mix } from "./color";
import type { MediumLook } from "./medium-look";
import type { ShowGrade } from "./show-palette";

/**
 * How a look sets its frames up before the finish: what ground the figures stand on and how
 * hard the lens darkens the corners. Cinematic looks sit on the show's near-black; a watercolour
 * is painted on paper, so its grade is turned over — light ground, dark type — and every layout
 * that reads `night` as the ground and `paper` as the type follows without knowing why.
 */
export interface LookStage {
  grade: ShowGrade;
  /** 0..1, the darkening of the corners a layout may add. */
  vignette: number;
}

const paperWhite = "#f4eee2";

export function stageFor(look: MediumLook, grade: ShowGrade): LookStage {
  switch (look) {
    case "watercolour": {
      const ground = mix(paperWhite, grade.accent, 0.04);
      return {
        grade: {
          night: ground,
          dusk: mix(ground, grade.accent, 0.14),
          // Washes of the palette read on paper when they are a little deeper than on black.
          accent: darken(grade.accent, 0.12),
          accents: grade.accents.map((accent) => darken(accent, 0.12)),
          paper: "#2e2630",
          mist: "#6e6570",
        },
        vignette: 0.12,
      };
    }
    case "ink-noir":
      // Ink has no colour to light with: the set's light pools are white, so they hatch.
      return {
        grade: {
          ...grade,
          night: "#050505",
          dusk: "#1c1c1e",
          accent: "#c8c8c8",
          accents: grade.accents.map((_, index) => (index === 0 ? "#c8c8c8" : "#a0a0a0")),
        },
        vignette: 0.6,
      };
    case "retro-comic": {
      // A loud flat ground in the palette's boldest colour, for the dots to print on.
      const ground = mix(grade.accent, "#f6ecd4", 0.35);
      return {
        grade: {
          night: ground,
          dusk: mix(ground, "#fff6e0", 0.3),
          accent: darken(grade.accents[1] ?? grade.accent, 0.35),
          accents: grade.accents.map((accent) => mix(accent, "#fff6e0", 0.2)),
          paper: "#15121a",
          mist: "#4a4450",
        },
        vignette: 0.15,
      };
    }
    case "anime-cel": {
      // A clear painted sky behind the cast, as a character sheet or an opening title has it.
      const sky = mix(grade.accents[1] ?? grade.accent, "#eaf4ff", 0.55);
      return {
        grade: {
          night: mix(sky, "#ffffff", 0.45),
          dusk: sky,
          accent: darken(grade.accent, 0.15),
          accents: grade.accents.map((accent) => mix(accent, "#ffffff", 0.25)),
          paper: "#1b1730",
          mist: "#56507a",
        },
        vignette: 0.1,
      };
    }
    default:
      return { grade, vignette: 1 };
  }
}
