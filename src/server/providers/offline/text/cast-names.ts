import { neutralFirstNames, pronounsFor } from "./pronouns";
import type { SeededRandom } from "./seeded-random";
import { anglo, type NameFlavour, nameFlavours } from "./vocabulary/names";

export type Sex = "female" | "male" | "neutral";

/** A character the premise names: their name is kept, only a missing surname is added. */
export interface ReservedName {
  /** As the premise writes it: "Eliza Hart", "Jonah". */
  name: string;
  sex: Sex;
  /** Animals and puppets keep a single name: "Pip", not "Pip Holloway". */
  single?: boolean;
}

function flavoursFor(premise: string): NameFlavour[] {
  const hinted = nameFlavours.find((flavour) => flavour.hints.test(premise));
  // A named place gets mostly local names, with a few outsiders as any real town has.
  return hinted && hinted !== anglo ? [hinted, hinted, hinted, anglo] : [anglo];
}

function firstNamesOf(flavour: NameFlavour, sex: Sex): readonly string[] {
  return sex === "neutral" ? neutralFirstNames : flavour[sex];
}

/**
 * `count` distinct full names, no first or last name used twice, each one read back by
 * `pronounsFor` exactly as intended so the dossier written later agrees with the cast.
 * `fixed` pins the sex of the first names, for premises about "two sisters"; `reserved` names
 * (the premise's own characters) come first, in order, whatever their sex.
 */
export function castNames(
  random: SeededRandom,
  premise: string,
  count: number,
  fixed: readonly Sex[] = [],
  reserved: readonly ReservedName[] = [],
): string[] {
  const flavours = flavoursFor(premise);
  const usedFirst = new Set<string>();
  const usedLast = new Set<string>();
  const names: string[] = [];
  for (const kept of reserved.slice(0, count)) {
    const [first, ...rest] = kept.name.split(/\s+/);
    usedFirst.add(first!);
    if (rest.length > 0 || kept.single) {
      for (const part of rest) {
        usedLast.add(part);
      }
      names.push(kept.name);
      continue;
    }
    const flavour = random.pick(flavours);
    const last = random.pick(flavour.surnames.filter((surname) => !usedLast.has(surname)));
    usedLast.add(last);
    names.push(`${first} ${last}`);
  }
  for (let attempt = 0; names.length < count && attempt < count * 50; attempt++) {
    const chosen: Sex = random.chance(0.12) ? "neutral" : random.pick(["female", "male"] as const);
    const sex = fixed[names.length] ?? chosen;
    const flavour = random.pick(flavours);
    const first = random.pick(firstNamesOf(flavour, sex));
    const last = random.pick(flavour.surnames);
    const wanted = { female: "she/her", male: "he/him", neutral: "they/them" }[sex];
    if (usedFirst.has(first) || usedLast.has(last) || pronounsFor(first).label !== wanted) {
      continue;
    }
    usedFirst.add(first);
    usedLast.add(last);
    names.push(`${first} ${last}`);
  }
  return names;
}
