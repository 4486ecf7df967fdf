import type { CharacterSeed } from "../../../shows/documents";
import type { Premise } from "./premise-analysis";
import { capitalize, joinList, paragraph, singularize, withIndefinite } from "./prose";
import { type DistinctPicker, distinctPicker, type SeededRandom } from "./seeded-random";
import { coatsFor, isCreature, isUnnamedKind, speciesForAnimals } from "./vocabulary/creatures";
import { kidsBuilds, kidsFaces, kidsHair } from "./vocabulary/kids";
import {
  beards,
  builds,
  faceDetails,
  greyHairStyles,
  hairStyles,
  skinTones,
  youngBeards,
} from "./vocabulary/looks";
import type { Role } from "./vocabulary/roles";

/**
 * What a character looks like, in words the offline image provider can read back: hair colour
 * before "hair", skin named as skin, beards and glasses spelled out.
 */

/** A key visual trait about hair replaces the hair line instead of contradicting it. */
const hairWords = /hair|braid|curl|fringe|cowlick|head|bun|plait|locks/i;

/** The premise's animal, for the characters the premise is about: the lead and, for a pair or group, the partner. */
export function creatureOf(premise: Premise, role: Role, castIndex = 0): string | null {
  const subject = premise.subject;
  const kind = subject ? singularize(subject.head.toLowerCase()) : "";
  const aboutThem = role.id === "lead" || (role.id === "deuteragonist" && subject?.plural);
  if (!aboutThem || !isCreature(kind)) {
    return null;
  }
  return isUnnamedKind(kind) ? speciesOf(premise, castIndex) : kind;
}

/** "A gang of zoo animals": each of them is some animal, the same one in every document. */
export function speciesOf(premise: Premise, castIndex: number): string {
  return distinctPicker(premise.text, castIndex)("species", speciesForAnimals);
}

export function describeCreature(
  seed: CharacterSeed,
  creature: string,
  random: SeededRandom,
  distinct: DistinctPicker,
): string {
  const build = distinct("build", builds).toLowerCase();
  return paragraph(
    `${capitalize(withIndefinite(`${build} ${creature}`))}, with ${distinct("coat", coatsFor(creature))} and ${random.pick(faceDetails)}`,
    `The detail everyone remembers: ${seed.keyVisualTrait}`,
  );
}

export function describeAppearance(
  seed: CharacterSeed,
  age: number,
  child: boolean,
  mayHaveBeard: boolean,
  random: SeededRandom,
  distinct: DistinctPicker,
): string {
  const styles = child ? kidsHair : age >= 50 ? greyHairStyles : hairStyles;
  const hair = hairWords.test(seed.keyVisualTrait) ? [] : [distinct("hair", styles)];
  const beardStyles = age >= 50 ? beards : youngBeards;
  const beard = mayHaveBeard && !child && random.chance(0.35) ? [random.pick(beardStyles)] : [];
  const face = random.pick(child ? kidsFaces : faceDetails);
  const features = [random.pick(skinTones), ...hair, ...beard, face];
  return paragraph(
    `${distinct("build", child ? kidsBuilds : builds)}, with ${joinList(features)}`,
    `The detail everyone remembers: ${seed.keyVisualTrait}`,
  );
}
