import { createAvatar } from "@dicebear/core";
import { avataaarsOptions } from "./avataaars-options";
import { type AvatarColors, type AvatarLook, looks, type Mood } from "./avatar-looks";
import { type OverlayName, overlaysFor, paintOverlays } from "./avatar-overlays";
import type { CharacterTraits } from "./character-traits";
import { bare, mix } from "./color";
import { lookFilter } from "./look-filters";
import type { LookFamily } from "./medium";
import type { MediumLook } from "./medium-look";

export type { AvatarColors, Mood } from "./avatar-looks";

export type AvatarStyleName = keyof typeof looks;

/**
 * Which DiceBear style each look family draws in. avataaars for all: it alone has the hats,
 * hijabs, eyepatches, beards, cuts and clothes dossiers ask for, and overlays add the rest; the
 * medium's look comes from the filters in look-filters.ts, not from the style.
 */
export const stylesByFamily: Record<LookFamily, AvatarStyleName[]> = {
  clay: ["avataaars"],
  anime: ["avataaars"],
  cartoon: ["avataaars"],
  noir: ["avataaars"],
  live: ["avataaars"],
};

export interface Avatar {
  /** Transparent background, square viewBox. */
  svg: string;
  /** The skin colour drawn, #rrggbb; white for line-art styles that have none. */
  skin: string;
}

/**
 * Skin from palest to deepest, for avataaars: its own five tones with steps between them, so a
 * dossier's "olive" and "golden-brown" do not land on one colour.
 */
export const skinRamp = [
  "#ffdbb4",
  "#f5c9a0",
  "#edb98a",
  "#dea071",
  "#d08b5b",
  "#b8703f",
  "#ae5d29",
  "#8a4a26",
  "#614335",
  "#4a3026",
];

/** A skin colour for a tone, 0 (palest) to 1 (deepest). */
export function skinFor(tone: number): string {
  return skinRamp[Math.round(Math.min(1, Math.max(0, tone)) * (skinRamp.length - 1))]!;
}

/**
 * A DiceBear avatar seeded by `seed`, dressed in `colors`. With a `look`, it is painted in that
 * medium's filter (ink, wash, clay, cel, halftone, photographic); without, it is flat.
 */
export function drawAvatar(
  styleName: AvatarStyleName,
  seed: string,
  traits: CharacterTraits,
  colors: AvatarColors,
  mood: Mood,
  look?: MediumLook,
): Avatar {
  if (styleName === "avataaars") {
    const drawn = drawCharacter(seed, traits, colors, mood);
    return { ...drawn, svg: look ? lookFilter(look, drawn.svg, seed) : drawn.svg };
  }
  const style: AvatarLook = looks[styleName];
  const skin = style.skins[Math.round(colors.skinTone * (style.skins.length - 1))];
  const options = {
    seed,
    ...(skin ? { [style.skinOption ?? "skinColor"]: [skin] } : {}),
    ...style.options(traits, colors, mood),
  };
  const svg = createAvatar(style.style, options).toString();
  return { svg: look ? lookFilter(look, svg, seed) : svg, skin: `#${skin ?? "ffffff"}` };
}

/** What an avataaars figure was drawn with: DiceBear's chosen parts and our overlays. */
export interface AvatarChoices {
  /** DiceBear's pick per component (`top`, `facialHair`, `accessories`, `clothing`…); absent when not drawn. */
  components: Record<string, string | undefined>;
  overlays: OverlayName[];
}

/** The parts DiceBear picks for a character, and the overlays drawn over them. */
export function avatarChoices(
  seed: string,
  traits: CharacterTraits,
  colors: AvatarColors,
  mood: Mood,
): AvatarChoices {
  const skin = colors.skin ?? skinFor(colors.skinTone);
  const options = { seed, skinColor: [bare(skin)], ...avataaarsOptions(traits, colors, mood) };
  const { extra } = createAvatar(looks.avataaars.style, options).toJson();
  const components: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(extra ?? {})) {
    components[key] = typeof value === "string" ? value : undefined;
  }
  return {
    components,
    overlays: overlaysFor(traits, colors, skin).map((overlay) => overlay.name),
  };
}

/** An avataaars figure with the dossier's traits, overlays and build. */
function drawCharacter(
  seed: string,
  traits: CharacterTraits,
  colors: AvatarColors,
  mood: Mood,
): Avatar {
  const skin = colors.skin ?? skinFor(colors.skinTone);
  const options = { seed, skinColor: [bare(skin)], ...avataaarsOptions(traits, colors, mood) };
  const flat = createAvatar(looks.avataaars.style, options).toString();
  const painted = paintOverlays(flat, overlaysFor(traits, colors, skin));
  return { svg: withBuild(painted, traits), skin };
}

/**
 * Build and age as the figure's proportions: a broad character is drawn wider, a slight one
 * narrower, a child smaller and lower in the frame (so shorter), all from the bottom centre.
 */
export function buildScale(traits: CharacterTraits): { width: number; height: number } {
  const height = traits.age === "child" ? 0.84 : traits.age === "teen" ? 0.94 : 1;
  const width = (traits.build === "broad" ? 1.1 : traits.build === "slight" ? 0.91 : 1) * height;
  return { width, height };
}

export function buildTransform(traits: CharacterTraits): string | null {
  const { width, height } = buildScale(traits);
  if (width === 1 && height === 1) {
    return null;
  }
  return `translate(140 280) scale(${width.toFixed(3)} ${height.toFixed(3)}) translate(-140 -280)`;
}

function withBuild(svg: string, traits: CharacterTraits): string {
  const transform = buildTransform(traits);
  return transform
    ? svg.replace('<g transform="translate(8)">', `<g transform="${transform} translate(8)">`)
    : svg;
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
