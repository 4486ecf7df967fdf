import { createAvatar } from "@dicebear/core";
import { type AvatarColors, type AvatarLook, looks, type Mood } from "./avatar-looks";
import type { CharacterTraits } from "./character-traits";
import { mix } from "./color";
import type { LookFamily } from "./medium";

export type { AvatarColors, Mood } from "./avatar-looks";

export type AvatarStyleName = keyof typeof looks;

/** Which DiceBear styles suit each look; one is chosen per show so a cast shares a style. */
export const stylesByFamily: Record<LookFamily, AvatarStyleName[]> = {
  clay: ["bigSmile"],
  anime: ["adventurer"],
  // openPeeps was tried for cartoons: it draws all hair black, whatever the dossier says.
  cartoon: ["micah"],
  noir: ["notionists"],
  live: ["toonHead", "avataaars"],
};

export interface Avatar {
  /** Transparent background, square viewBox. */
  svg: string;
  /** The skin colour drawn, #rrggbb; white for line-art styles that have none. */
  skin: string;
}

/** A DiceBear avatar seeded by `seed`, dressed in `colors`. */
export function drawAvatar(
  styleName: AvatarStyleName,
  seed: string,
  traits: CharacterTraits,
  colors: AvatarColors,
  mood: Mood,
): Avatar {
  const look: AvatarLook = looks[styleName];
  const skin = look.skins[Math.round(colors.skinTone * (look.skins.length - 1))];
  const options = {
    seed,
    ...(skin ? { [look.skinOption ?? "skinColor"]: [skin] } : {}),
    ...look.options(traits, colors, mood),
  };
  return { svg: createAvatar(look.style, options).toString(), skin: `#${skin ?? "ffffff"}` };
}

/** Reads whether a show's cast may grin from its genre and tone. */
export function moodOf(genreAndTone: string): Mood {
  return /comed|comic|farce|sitcom|whims|playful|absurd|family|cozy|cosy|romp|musical/i.test(
    genreAndTone,
  )
    ? "light"
    : "grave";
}

/** Natural hair colours for characters whose dossier names none. */
export const naturalHair = [
  "#1d1817",
  "#2e211b",
  "#4a3324",
  "#6b4a2f",
  "#8a5a34",
  "#a8793f",
  "#c9a25e",
  "#7c3519",
];

/** Clothing takes a palette accent, dimmed so the face stays the brightest thing in frame. */
export function clothingFrom(accent: string): string {
  return mix(accent, "#1a1a22", 0.25);
}
