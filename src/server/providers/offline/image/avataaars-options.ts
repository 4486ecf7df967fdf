import type { AvatarColors, Mood } from "./avatar-looks";
import type {
  CharacterTraits,
  Clothing,
  Eyewear,
  FacialHair,
  HairStyle,
  Headwear,
  Presentation,
} from "./character-traits";
import { bare, darken, mix } from "./color";

/**
 * A character's traits as DiceBear avataaars options: the style with the widest range of hair,
 * hats, glasses, beards and clothes. What it cannot draw (a mohawk, twin buns, scarves,
 * earrings, wrinkles…) is drawn over it by avatar-overlays.ts.
 */

/** avataaars `top` values by hair style; null draws no hair (an overlay may add some). */
const topsByStyle: Record<HairStyle, string[] | null> = {
  bald: null,
  balding: ["sides"],
  short: ["shortFlat", "shortRound", "theCaesar", "theCaesarAndSidePart", "shortWaved"],
  curlyShort: ["shortCurly", "frizzle"],
  shavedSides: ["shavedSides"],
  mohawk: null,
  bun: ["bun"],
  twinBuns: null,
  braids: ["dreads"],
  locs: ["dreads", "dreads01"],
  ponytail: ["straight02"],
  afro: ["fro", "froBand"],
  curlyLong: ["curly", "curvy"],
  bob: ["bob", "longButNotTooLong"],
  fringe: ["miaWallace"],
  shaggy: ["shaggy"],
  mullet: ["shaggyMullet"],
  long: ["straight01", "straightAndStrand", "bigHair"],
  wavyLong: ["bigHair", "curvy"],
};

/** When the dossier names no cut: what reads as the person it describes. */
const unstatedTops: Record<Presentation, string[]> = {
  feminine: ["bob", "bun", "curly", "longButNotTooLong", "miaWallace", "straight01", "bigHair"],
  masculine: ["shortFlat", "shortRound", "shortWaved", "theCaesar", "theCaesarAndSidePart"],
  neutral: ["shortWaved", "shaggy", "bob", "shortCurly", "longButNotTooLong"],
};

const hats: Record<Headwear, string[]> = {
  hat: ["hat"],
  beanie: ["winterHat03", "winterHat02"],
  hijab: ["hijab"],
  turban: ["turban"],
};

const beards: Record<FacialHair, string> = {
  stubble: "beardLight",
  beard: "beardMedium",
  longBeard: "beardMajestic",
  moustache: "moustacheMagnum",
  handlebar: "moustacheFancy",
};

const glasses: Record<Eyewear, string[]> = {
  glasses: ["prescription01", "prescription02"],
  roundGlasses: ["round"],
  sunglasses: ["sunglasses", "wayfarers"],
};

const clothes: Record<Clothing, string[]> = {
  coat: ["blazerAndShirt", "blazerAndSweater"],
  sweater: ["collarAndSweater"],
  hoodie: ["hoodie"],
  overalls: ["overall"],
  tee: ["shirtCrewNeck"],
  shirt: ["shirtVNeck"],
  dress: ["shirtScoopNeck"],
};

/**
 * Cuts that read differently on different people: a fringe on a man is a short fringe, not a
 * bob; "thinning" hair on a woman is fine hair, not a bald crown; a boy's ponytail is tied
 * back, not long hair on both shoulders (an overlay adds the tail).
 */
const presentedTops: Partial<Record<HairStyle, Partial<Record<Presentation, string[]>>>> = {
  fringe: { masculine: ["shortRound"], neutral: ["shortRound", "miaWallace"] },
  bob: { masculine: ["shortRound", "shaggy"] },
  balding: { feminine: ["shortWaved", "bob"] },
  ponytail: { masculine: ["shortFlat", "theCaesar"], neutral: ["shortFlat"] },
};

/** The top (hair or hat) drawn for these traits; null for none. */
export function topsFor(traits: CharacterTraits): string[] | null {
  if (traits.headwear) {
    return hats[traits.headwear];
  }
  if (traits.hairStyle) {
    return presentedTops[traits.hairStyle]?.[traits.presentation] ?? topsByStyle[traits.hairStyle];
  }
  if (traits.creature) {
    // An animal has its coat and ears, not a haircut nobody wrote.
    return null;
  }
  const unstated = unstatedTops[traits.presentation];
  return traits.age === "elder" && traits.presentation === "masculine"
    ? [...unstated, "sides"]
    : unstated;
}

export function avataaarsOptions(
  traits: CharacterTraits,
  colors: AvatarColors,
  mood: Mood,
): Record<string, unknown> {
  const tops = topsFor(traits);
  const grown = traits.age === "adult" || traits.age === "elder";
  const facialHair =
    traits.facialHair && (grown || traits.age === "teen") ? traits.facialHair : null;
  const eyepatch = traits.accessories.includes("eyepatch");
  return {
    hairColor: [bare(colors.hair)],
    facialHairColor: [bare(colors.facialHair ?? colors.hair)],
    hatColor: [bare(colors.hat ?? darken(colors.clothing, 0.3))],
    clothesColor: [bare(colors.clothing)],
    clothing: traits.clothing
      ? clothes[traits.clothing]
      : [
          "blazerAndShirt",
          "collarAndSweater",
          "hoodie",
          "shirtCrewNeck",
          "shirtScoopNeck",
          "shirtVNeck",
        ],
    topProbability: tops ? 100 : 0,
    ...(tops ? { top: tops } : {}),
    facialHairProbability: facialHair ? 100 : 0,
    ...(facialHair ? { facialHair: [beards[facialHair]] } : {}),
    accessoriesProbability: eyepatch || traits.eyewear ? 100 : 0,
    accessories: eyepatch ? ["eyepatch"] : traits.eyewear ? glasses[traits.eyewear] : ["round"],
    accessoriesColor: [traits.eyewear === "sunglasses" ? "1b1b1f" : "262e33"],
    eyes: mood === "light" ? ["default", "happy", "wink"] : ["default", "side", "squint"],
    eyebrows:
      mood === "light"
        ? ["defaultNatural", "raisedExcitedNatural"]
        : ["defaultNatural", "flatNatural", "frownNatural", "upDownNatural"],
    mouth: mood === "light" ? ["smile", "twinkle", "default"] : ["default", "serious", "twinkle"],
  };
}

/** Hair greys with age when the dossier names no colour: salt and pepper, then white. */
export function agedHair(natural: string, traits: CharacterTraits, chance: number): string {
  if (traits.hairColor || traits.age !== "elder") {
    return natural;
  }
  return chance < 0.5 ? mix(natural, "#b8b6b2", 0.7) : "#dedbd4";
}
