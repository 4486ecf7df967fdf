import { createAvatar, type Style } from "@dicebear/core";
import {
  adventurer,
  avataaars,
  bigSmile,
  micah,
  notionists,
  openPeeps,
  toonHead,
} from "@dicebear/collection";
import type { CharacterTraits } from "./character-traits";
import { bare, darken, mix } from "./color";
import type { LookFamily } from "./medium";
import type { SeededRandom } from "./seeded-random";

/** The colours one character is dressed in, already chosen from show palette and dossier. */
export interface AvatarColors {
  /** Hair, #rrggbb. */
  hair: string;
  /** Clothing, #rrggbb. */
  clothing: string;
  /** 0 (palest) to 1 (deepest). */
  skinTone: number;
}

type Options = Record<string, unknown>;

interface AvatarLook {
  style: Style<object>;
  /** The style's own skin colours, palest first; a tone picks one of them. */
  skins: string[];
  options(traits: CharacterTraits, colors: AvatarColors, random: SeededRandom): Options;
}

const probability = (on: boolean) => (on ? 100 : 0);

// Each look restricts expressions and accessories to what suits key art: no clown noses,
// sleep masks or vomiting mouths on a prestige drama's cast.
const looks = {
  bigSmile: {
    style: bigSmile,
    skins: ["ffe4c0", "f5d7b1", "efcc9f", "e2ba87", "c99c62", "a47539", "8c5a2b", "643d19"],
    options: (traits, colors) => ({
      hairColor: [bare(colors.hair)],
      eyes: ["cheery", "normal", "confused", "winking"],
      mouth: ["openedSmile", "unimpressed", "gapSmile", "kawaii"],
      hair: traits.bald
        ? ["shavedHead"]
        : ["shortHair", "wavyBob", "bowlCutHair", "curlyBob", "straightHair", "braids", "bunHair", "froBun", "bangs", "curlyShortHair"],
      accessories: traits.glasses ? ["glasses"] : traits.beard ? ["mustache"] : ["glasses"],
      accessoriesProbability: probability(traits.glasses || traits.beard),
    }),
  },
  adventurer: {
    style: adventurer,
    skins: ["f2d3b1", "ecad80", "9e5622", "763900"],
    options: (traits, colors) => ({
      hairColor: [bare(colors.hair)],
      mouth: ["variant01", "variant02", "variant05", "variant06", "variant08", "variant09", "variant10", "variant19", "variant20", "variant21", "variant22", "variant23", "variant25", "variant26", "variant27", "variant28", "variant29", "variant30"],
      eyes: ["variant01", "variant02", "variant03", "variant04", "variant05", "variant06", "variant07", "variant09", "variant10", "variant11", "variant12", "variant13", "variant14", "variant15", "variant17", "variant18", "variant19", "variant23", "variant24", "variant25", "variant26"],
      glassesProbability: probability(traits.glasses),
      features: ["blush", "freckles"],
      featuresProbability: 15,
      earringsProbability: 20,
    }),
  },
  micah: {
    style: micah,
    skins: ["f9c9b6", "ac6651", "77311d"],
    options: (traits, colors) => ({
      hairColor: [bare(colors.hair)],
      facialHairColor: [bare(colors.hair)],
      eyebrowsColor: [bare(darken(colors.hair, 0.5))],
      shirtColor: [bare(colors.clothing)],
      mouth: ["smile", "nervous", "smirk", "pucker"],
      eyes: ["eyes", "round", "eyesShadow", "smiling"],
      hairProbability: probability(!traits.bald),
      glassesProbability: probability(traits.glasses),
      glassesColor: ["000000"],
      facialHairProbability: probability(traits.beard),
      earringsProbability: 15,
    }),
  },
  openPeeps: {
    style: openPeeps,
    skins: ["ffdbb4", "edb98a", "d08b5b", "ae5d29", "694d3d"],
    options: (traits, colors) => ({
      headContrastColor: [bare(colors.hair)],
      clothingColor: [bare(colors.clothing)],
      face: ["calm", "cheeky", "smile", "serious", "solemn", "smileBig", "suspicious", "lovingGrin1"],
      accessories: ["glasses", "glasses2", "glasses3", "glasses4"],
      accessoriesProbability: probability(traits.glasses),
      facialHairProbability: probability(traits.beard),
      maskProbability: 0,
    }),
  },
  notionists: {
    style: notionists,
    skins: [],
    options: (traits) => ({
      glassesProbability: probability(traits.glasses),
      beardProbability: probability(traits.beard),
      gestureProbability: 0,
      bodyIconProbability: 0,
    }),
  },
  toonHead: {
    style: toonHead,
    skins: ["f1c3a5", "c68e7a", "b98e6a", "a36b4f", "5c3829"],
    options: (traits, colors) => ({
      hairColor: [bare(colors.hair)],
      clothesColor: [bare(colors.clothing)],
      eyes: ["happy", "wide", "humble", "wink"],
      mouth: ["smile", "laugh", "agape"],
      eyebrows: ["raised", "happy", "neutral"],
      hairProbability: probability(!traits.bald),
      beardProbability: probability(traits.beard),
      rearHairProbability: traits.bald ? 0 : 45,
    }),
  },
  avataaars: {
    style: avataaars,
    skins: ["ffdbb4", "edb98a", "d08b5b", "ae5d29", "614335"],
    options: (traits, colors) => ({
      hairColor: [bare(colors.hair)],
      facialHairColor: [bare(colors.hair)],
      clothesColor: [bare(colors.clothing)],
      clothing: ["blazerAndShirt", "blazerAndSweater", "collarAndSweater", "hoodie", "shirtCrewNeck", "shirtScoopNeck", "shirtVNeck"],
      eyes: ["default", "happy", "side", "squint"],
      eyebrows: ["defaultNatural", "flatNatural", "raisedExcitedNatural", "upDownNatural"],
      mouth: ["default", "serious", "smile", "twinkle"],
      accessories: ["prescription01", "prescription02", "round"],
      accessoriesColor: ["262e33"],
      accessoriesProbability: probability(traits.glasses),
      facialHairProbability: probability(traits.beard),
      topProbability: probability(!traits.bald),
      top: ["bob", "bun", "curly", "curvy", "dreads", "fro", "longButNotTooLong", "miaWallace", "shavedSides", "straight02", "straight01", "straightAndStrand", "frizzle", "shaggy", "shortCurly", "shortFlat", "shortRound", "shortWaved", "sides", "theCaesar", "theCaesarAndSidePart", "bigHair"],
    }),
  },
} satisfies Record<string, AvatarLook>;

export type AvatarStyleName = keyof typeof looks;

/** Which DiceBear styles suit each look; one is chosen per show so a cast shares a style. */
export const stylesByFamily: Record<LookFamily, AvatarStyleName[]> = {
  clay: ["bigSmile"],
  anime: ["adventurer"],
  cartoon: ["micah", "openPeeps"],
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
  random: SeededRandom,
): Avatar {
  const look: AvatarLook = looks[styleName];
  const skin = look.skins[Math.round(colors.skinTone * (look.skins.length - 1))];
  const options = {
    seed,
    ...(skin ? { skinColor: [skin] } : {}),
    ...look.options(traits, colors, random),
  };
  return { svg: createAvatar(look.style, options).toString(), skin: `#${skin ?? "ffffff"}` };
}

/** Natural hair colours for characters whose dossier names none. */
export const naturalHair = ["#1d1817", "#2e211b", "#4a3324", "#6b4a2f", "#8a5a34", "#a8793f", "#c9a25e", "#7c3519"];

/** Clothing takes a palette accent, dimmed so the face stays the brightest thing in frame. */
export function clothingFrom(accent: string): string {
  return mix(accent, "#1a1a22", 0.25);
}
