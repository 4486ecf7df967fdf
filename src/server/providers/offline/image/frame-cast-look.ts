import type { Blueprint, Dossier } from "../../../shows/documents";
import type { FrameCastMember } from "../../types";
import {
  type Avatar,
  type AvatarStyleName,
  clothingFrom,
  drawAvatar,
  moodOf,
  naturalHair,
} from "./avatar";
import { type CharacterTraits, readTraits } from "./character-traits";
import { castStyleFor } from "./portrait";
import { seededRandom, seedFrom } from "./seeded-random";
import { gradeShow } from "./show-palette";

/** A character as the storyboard draws it: the avatar of their portrait and what it wears. */
export interface CastLook {
  avatar: Avatar;
  style: AvatarStyleName;
  traits: CharacterTraits;
  hair: string;
  clothing: string;
  /** The rim light their portrait was lit with. */
  light: string;
}

const unwritten: Pick<Dossier, "appearance" | "wardrobe"> = { appearance: "", wardrobe: "" };

/**
 * The same avatar the character's offline portrait draws: the same seed, traits, hair, skin,
 * clothing and mood, chosen in the same order from the same seeded sequence (portrait.ts). So a
 * character looks like themself from portrait to storyboard. A character with no dossier yet is
 * drawn from their name alone, as their portrait-to-be would not yet exist either.
 */
export function castLookFor(blueprint: Blueprint, member: FrameCastMember): CastLook {
  const name = member.dossier?.name ?? member.name;
  const grade = gradeShow(blueprint.visualAesthetics.palette);
  const random = seededRandom(seedFrom(name, blueprint.title));
  const traits = readTraits(member.dossier ?? unwritten);
  const style = castStyleFor(blueprint);
  const accents = grade.accents;
  const light = accents[member.position % accents.length]!;
  const clothing = clothingFrom(accents[(member.position + 1) % accents.length]!);
  const hair = traits.hairColor ?? random.pick(naturalHair);
  const skinTone = traits.skinTone ?? random.next();
  const avatar = drawAvatar(
    style,
    `${name}\u0000${blueprint.title}`,
    traits,
    { hair, clothing, skinTone },
    moodOf(`${blueprint.genre} ${blueprint.tone}`),
  );
  return { avatar, style, traits, hair, clothing, light };
}
