import type { Dossier } from "../../../shows/documents";
import {
  type HairLength,
  type HairStyle,
  hairColourOf,
  hairStyleOf,
  lengthOfStyle,
} from "./hair-traits";
import {
  type Accessory,
  type AgeStage,
  accessoriesOf,
  ageStageOf,
  type Build,
  buildOf,
  type Clothing,
  type Creature,
  clothingColourOf,
  clothingOf,
  coatColourOf,
  creatureOf,
  type Eyewear,
  eyewearOf,
  type FacialHair,
  facialHairColourOf,
  facialHairOf,
  type Headwear,
  headwearColourOf,
  headwearOf,
  type Presentation,
  presentationOf,
} from "./person-traits";

export type {
  Accessory,
  AgeStage,
  Build,
  Clothing,
  Creature,
  Eyewear,
  FacialHair,
  HairLength,
  HairStyle,
  Headwear,
  Presentation,
};

/**
 * What the offline art can show of a character, read from the dossier's free text. A null or
 * empty field means the dossier does not say, and the seed chooses.
 */
export interface CharacterTraits {
  /** #rrggbb when the dossier names a hair colour. */
  hairColor: string | null;
  /** 0 (palest) to 1 (deepest) when the dossier describes skin; null leaves it to the seed. */
  skinTone: number | null;
  glasses: boolean;
  beard: boolean;
  bald: boolean;
  hairStyle: HairStyle | null;
  hairLength: HairLength | null;
  age: AgeStage;
  build: Build;
  presentation: Presentation;
  facialHair: FacialHair | null;
  /** #rrggbb of the beard when named apart from the hair ("a white walrus moustache"). */
  facialHairColor: string | null;
  eyewear: Eyewear | null;
  headwear: Headwear | null;
  headwearColor: string | null;
  clothing: Clothing | null;
  /** #rrggbb of the first coloured garment named ("a bright red raincoat"). */
  clothingColor: string | null;
  accessories: Accessory[];
  /** The animal the character is, when the dossier describes one ("a tall and rangy monkey"). */
  creature: Creature | null;
  /** #rrggbb of an animal's fur, skin, scales or feathers, when named. */
  coatColor: string | null;
}

// Deepest first, so "deep brown skin" is not read as the "brown skin" it contains.
const skinTones: [RegExp, number][] = [
  [/dark[- ]skin|deep[- ]brown|ebony|dark complexion|umber|dark brown skin|black skin/, 0.9],
  [/golden[- ]brown|medium[- ]brown|warm brown|brown[- ]skin|bronze skin|copper skin/, 0.65],
  [/olive|tan(ned)?\b|sun[- ]?kissed|bronzed|light brown skin/, 0.45],
  [/freckl|rosy|light[- ]skin|ruddy|windburnt/, 0.2],
  [/porcelain|pale|fair\b|pallid|alabaster|pink skin|milky/, 0.05],
];

export type TraitSource = Pick<Dossier, "appearance" | "wardrobe"> &
  Partial<Pick<Dossier, "age" | "pronouns">>;

/**
 * Reads a character's looks from the dossier: hair, skin and face from the appearance (which
 * carries the key visual trait), clothes and accessories from the wardrobe too, the stage of
 * life from the age, the presentation from the pronouns.
 */
export function readTraits(dossier: TraitSource): CharacterTraits {
  const appearance = dossier.appearance.toLowerCase();
  const wardrobe = dossier.wardrobe.toLowerCase();
  const everything = `${appearance} ${wardrobe}`;
  const hairStyle = hairStyleOf(appearance);
  const facialHair = facialHairOf(appearance);
  const eyewear = eyewearOf(everything);
  return {
    hairColor: hairColourOf(appearance),
    skinTone: skinTones.find(([pattern]) => pattern.test(appearance))?.[1] ?? null,
    glasses: eyewear !== null,
    beard: facialHair !== null,
    bald: hairStyle === "bald",
    hairStyle,
    hairLength: hairStyle ? lengthOfStyle[hairStyle] : null,
    age: ageStageOf(dossier.age ?? "", appearance),
    build: buildOf(appearance),
    presentation: presentationOf(dossier.pronouns ?? "", appearance),
    facialHair,
    facialHairColor: facialHairColourOf(appearance),
    eyewear,
    headwear: headwearOf(appearance) ?? (hatMayCover(hairStyle) ? headwearOf(wardrobe) : null),
    headwearColor: headwearColourOf(everything),
    clothing: clothingOf(wardrobe) ?? clothingOf(appearance),
    clothingColor: clothingColourOf(wardrobe, appearance),
    accessories: accessoriesOf(appearance, wardrobe),
    ...animal(appearance),
  };
}

function animal(appearance: string): Pick<CharacterTraits, "creature" | "coatColor"> {
  const creature = creatureOf(appearance);
  return { creature, coatColor: creature ? coatColourOf(appearance) : null };
}

/**
 * A hat named only in the wardrobe ("a hat pulled low") is drawn when it hides nothing the
 * appearance made a point of; "platinum hair shaved at the sides" stays in view.
 */
function hatMayCover(style: HairStyle | null): boolean {
  return style === null || style === "short" || style === "balding" || style === "bald";
}
