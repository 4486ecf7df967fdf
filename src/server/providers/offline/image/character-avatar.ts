import type { Blueprint, Dossier } from "../../../shows/documents";
import { agedHair } from "./avataaars-options";
import {
  type Avatar,
  type AvatarColors,
  type AvatarStyleName,
  clothingFrom,
  drawAvatar,
  moodOf,
  naturalHair,
} from "./avatar";
import { type CharacterTraits, readTraits } from "./character-traits";
import { type MediumLook, mediumLookOf } from "./medium-look";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow } from "./show-palette";

/** One cast member as the offline art draws them, with what was chosen along the way. */
export interface CharacterAvatar extends Avatar {
  traits: CharacterTraits;
  colors: AvatarColors;
  look: MediumLook;
  style: AvatarStyleName;
}

/**
 * A character drawn from their dossier in the show's medium: the dossier's stated hair, skin,
 * clothes and accessories; the palette and seed fill in what it leaves unsaid. Every frame that
 * shows the character (portrait, storyboard) should draw them through here, so they stay one
 * person across frames.
 */
export function characterAvatar(
  blueprint: Blueprint,
  dossier: Dossier,
  characterIndex: number,
): CharacterAvatar {
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  const random = seededRandom(seedFrom(dossier.name, blueprint.title));
  const traits = readTraits(dossier);
  const look = mediumLookOf(blueprint.productionStyle.medium);
  const accents = grade.accents;
  const hair = agedHair(traits.hairColor ?? random.pick(naturalHair), traits, random.next());
  const colors: AvatarColors = {
    hair,
    clothing: traits.clothingColor ?? clothingFrom(accents[(characterIndex + 1) % accents.length]!),
    skinTone: traits.skinTone ?? random.next(),
    ...(traits.facialHairColor ? { facialHair: traits.facialHairColor } : {}),
    ...(traits.headwearColor ? { hat: traits.headwearColor } : {}),
    accent: accents[(characterIndex + 2) % accents.length]!,
    ...(traits.creature ? { skin: traits.coatColor ?? coatFor(traits.creature.kind) } : {}),
  };
  const style: AvatarStyleName = "avataaars";
  const avatar = drawAvatar(
    style,
    `${dossier.name}\u0000${blueprint.title}`,
    traits,
    colors,
    moodOf(`${blueprint.genre} ${blueprint.tone}`),
    look,
  );
  return { ...avatar, traits, colors, look, style };
}

/** A coat for an animal whose dossier names none: the colour most people picture. */
function coatFor(kind: string): string {
  const coats: [RegExp, string][] = [
    [/frog|toad|newt|lizard|crocodile|alligator|turtle|tortoise|dragon/, "#5c9e4a"],
    [/fox|tiger|orange|squirrel/, "#c4622d"],
    [/penguin|crow|mole/, "#2f2f36"],
    [/pig/, "#eba3a0"],
    [/sheep|goose|duck|chicken|hen/, "#efe9dc"],
    [
      /mouse|rat|wolf|cat|kitten|rabbit|bunny|hare|badger|raccoon|koala|pigeon|elephant|shark|whale/,
      "#9a9490",
    ],
  ];
  return coats.find(([pattern]) => pattern.test(kind))?.[1] ?? "#7a5436";
}
