import { adventurer, avataaars, bigSmile, micah, notionists, toonHead } from "@dicebear/collection";
import type { Style } from "@dicebear/core";
import type { CharacterTraits } from "./character-traits";
import { bare, darken } from "./color";

/** The colours one character is dressed in, already chosen from show palette and dossier. */
export interface AvatarColors {
  /** Hair, #rrggbb. */
  hair: string;
  /** Clothing, #rrggbb. */
  clothing: string;
  /** 0 (palest) to 1 (deepest). */
  skinTone: number;
  /** Beard and moustache, #rrggbb, when not the hair's colour. */
  facialHair?: string;
  /** Hat, hijab or turban, #rrggbb; a darker clothing colour when absent. */
  hat?: string;
  /** Scarf and other small accents, #rrggbb. */
  accent?: string;
  /** Skin as a colour rather than a tone: an animal's fur, scales or feathers. */
  skin?: string;
}

/** Whether the show's tone lets its cast grin ("light") or keeps them composed ("grave"). */
export type Mood = "light" | "grave";

export interface AvatarLook {
  style: Style<object>;
  /** The style's own skin colours, palest first; a tone picks one of them. */
  skins: string[];
  /** The option the skin colour goes in, when not `skinColor`. */
  skinOption?: string;
  options(traits: CharacterTraits, colors: AvatarColors, mood: Mood): Record<string, unknown>;
}

const probability = (on: boolean) => (on ? 100 : 0);
const variants = (...numbers: number[]) =>
  numbers.map((n) => `variant${String(n).padStart(2, "0")}`);

// Each look keeps only expressions and accessories that suit key art, chosen by looking at
// every variant: no clown noses, sleep masks, drool or vomit on a prestige drama's cast.
export const looks = {
  bigSmile: {
    style: bigSmile,
    skins: ["ffe4c0", "f5d7b1", "efcc9f", "e2ba87", "c99c62", "a47539", "8c5a2b", "643d19"],
    options: (traits, colors, mood) => ({
      // Buns and curls reach the edge of this style's viewBox; shrinking leaves them headroom.
      scale: 88,
      translateY: 5,
      hairColor: [bare(colors.hair)],
      eyes: mood === "light" ? ["cheery", "normal", "winking"] : ["normal", "confused", "sad"],
      mouth: mood === "light" ? ["openedSmile", "gapSmile", "kawaii"] : ["unimpressed", "kawaii"],
      hair: traits.bald
        ? ["shavedHead"]
        : ["shortHair", "wavyBob", "bowlCutHair", "curlyBob", "straightHair", "braids", "bunHair"],
      accessories: traits.glasses ? ["glasses"] : ["mustache"],
      accessoriesProbability: probability(traits.glasses || traits.beard),
    }),
  },
  adventurer: {
    style: adventurer,
    skins: ["f2d3b1", "ecad80", "9e5622", "763900"],
    options: (traits, colors, mood) => ({
      hairColor: [bare(colors.hair)],
      mouth:
        mood === "light"
          ? variants(1, 22, 23, 25, 26, 27, 28, 30)
          : variants(2, 9, 10, 19, 20, 21, 29),
      eyes: variants(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 23, 24, 25, 26),
      glassesProbability: probability(traits.glasses),
      // The style has no beards; a moustache is the nearest it draws.
      features: traits.beard ? ["mustache"] : ["blush", "freckles"],
      featuresProbability: traits.beard ? 100 : 15,
      earringsProbability: 20,
    }),
  },
  micah: {
    style: micah,
    skins: ["f9c9b6", "ac6651", "77311d"],
    skinOption: "baseColor",
    options: (traits, colors, mood) => ({
      hairColor: [bare(colors.hair)],
      facialHairColor: [bare(colors.hair)],
      eyebrowsColor: [bare(darken(colors.hair, 0.5))],
      shirtColor: [bare(colors.clothing)],
      mouth: mood === "light" ? ["laughing", "smile", "smirk"] : ["smirk", "nervous", "pucker"],
      eyes: ["eyes", "round", "eyesShadow", "smiling"],
      // "mrClean" is bald and "dougFunny" nearly so: only for characters written that way.
      hair: traits.bald
        ? ["mrClean", "dougFunny"]
        : ["fonze", "mrT", "dannyPhantom", "full", "pixie"],
      glassesProbability: probability(traits.glasses),
      glassesColor: ["000000"],
      facialHairProbability: probability(traits.beard),
      earringsProbability: 15,
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
    options: (traits, colors, mood) => ({
      hairColor: [bare(colors.hair)],
      clothesColor: [bare(colors.clothing)],
      eyes: mood === "light" ? ["happy", "wide", "wink"] : ["humble", "wide"],
      mouth: mood === "light" ? ["smile", "laugh"] : ["smile", "sad"],
      eyebrows: mood === "light" ? ["raised", "happy"] : ["neutral", "raised", "sad"],
      hairProbability: probability(!traits.bald),
      beardProbability: probability(traits.beard),
      rearHairProbability: traits.bald ? 0 : 45,
    }),
  },
  avataaars: {
    style: avataaars,
    skins: ["ffdbb4", "edb98a", "d08b5b", "ae5d29", "614335"],
    options: (traits, colors, mood) => ({
      hairColor: [bare(colors.hair)],
      facialHairColor: [bare(colors.hair)],
      clothesColor: [bare(colors.clothing)],
      clothing: [
        "blazerAndShirt",
        "blazerAndSweater",
        "collarAndSweater",
        "hoodie",
        "shirtCrewNeck",
        "shirtVNeck",
      ],
      eyes: mood === "light" ? ["default", "happy", "wink"] : ["default", "side", "squint"],
      eyebrows:
        mood === "light"
          ? ["defaultNatural", "raisedExcitedNatural"]
          : ["defaultNatural", "flatNatural", "frownNatural", "upDownNatural"],
      mouth: mood === "light" ? ["smile", "twinkle", "default"] : ["default", "serious", "twinkle"],
      accessories: ["prescription01", "prescription02", "round"],
      accessoriesColor: ["262e33"],
      accessoriesProbability: probability(traits.glasses),
      facialHairProbability: probability(traits.beard),
      topProbability: probability(!traits.bald),
      top: [
        "bob",
        "bun",
        "curly",
        "curvy",
        "dreads",
        "fro",
        "longButNotTooLong",
        "miaWallace",
        "shavedSides",
        "straight01",
        "straight02",
        "straightAndStrand",
        "frizzle",
        "shaggy",
        "shortCurly",
        "shortFlat",
        "shortRound",
        "shortWaved",
        "sides",
        "theCaesar",
        "theCaesarAndSidePart",
        "bigHair",
      ],
    }),
  },
} satisfies Record<string, AvatarLook>;
