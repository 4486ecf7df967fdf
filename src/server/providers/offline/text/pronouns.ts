import { de, en, en_IN, en_NG, es, fr, it, pt_BR } from "@faker-js/faker";
import { nameFlavours, neutralNames } from "./vocabulary/names";

/** How the documents refer to a character; derived from the name, so every document agrees. */
export interface Pronouns {
  label: "she/her" | "he/him" | "they/them";
  subject: string;
  object: string;
  possessive: string;
  reflexive: string;
  plural: boolean;
}

const she: Pronouns = {
  label: "she/her",
  subject: "she",
  object: "her",
  possessive: "her",
  reflexive: "herself",
  plural: false,
};
const he: Pronouns = {
  label: "he/him",
  subject: "he",
  object: "him",
  possessive: "his",
  reflexive: "himself",
  plural: false,
};
const they: Pronouns = {
  label: "they/them",
  subject: "they",
  object: "them",
  possessive: "their",
  reflexive: "themself",
  plural: true,
};

/** Given names the cast writer uses for characters who go by they/them. */
export const neutralFirstNames: readonly string[] = neutralNames;

const byLabel = { "she/her": she, "he/him": he, "they/them": they } as const;

export function pronounsByLabel(label: Pronouns["label"]): Pronouns {
  return byLabel[label];
}

const fakerLocales = [en, es, fr, de, it, pt_BR, en_IN, en_NG];
const neutral = new Set(neutralFirstNames);
// The cast's own lists first: they are what the offline writer names people from.
const curatedFemale = new Set(nameFlavours.flatMap((flavour) => flavour.female));
const curatedMale = new Set(nameFlavours.flatMap((flavour) => flavour.male));
// Faker's lists only read names another provider chose; no name is ever drawn from them.
const female = new Set(fakerLocales.flatMap((locale) => locale.person?.first_name?.female ?? []));
const male = new Set(fakerLocales.flatMap((locale) => locale.person?.first_name?.male ?? []));

/**
 * Pronouns for a full name. A dossier is written long after its cast and may come from another
 * provider, so the name is the one fact both documents share.
 */
export function pronounsFor(fullName: string): Pronouns {
  const first = fullName.trim().split(/\s+/)[0] ?? "";
  if (neutral.has(first)) {
    return they;
  }
  if (curatedFemale.has(first) !== curatedMale.has(first)) {
    return curatedFemale.has(first) ? she : he;
  }
  if (female.has(first) && !male.has(first)) {
    return she;
  }
  if (male.has(first) && !female.has(first)) {
    return he;
  }
  return they;
}

/** Whether the name is a given name the writer knows, so "Maya" in a premise is a person. */
export function isKnownFirstName(word: string): boolean {
  return (
    neutral.has(word) ||
    curatedFemale.has(word) ||
    curatedMale.has(word) ||
    female.has(word) ||
    male.has(word)
  );
}

/** The pronoun with an agreeing verb: "she has", "they have". */
export function subjectWithVerb(pronouns: Pronouns) {
  return (singular: string, plural: string): string =>
    `${pronouns.subject} ${pronouns.plural ? plural : singular}`;
}
