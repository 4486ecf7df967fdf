import { de, en, en_IN, en_NG, es, fr, it, pt_BR } from "@faker-js/faker";

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
export const neutralFirstNames: readonly string[] = [
  "Robin",
  "Rowan",
  "Quinn",
  "Sage",
  "Avery",
  "Jules",
  "Remy",
  "Indigo",
  "Marlowe",
  "Harper",
  "Reese",
  "Arden",
  "Blair",
  "Lennox",
  "Oakley",
  "Wren",
  "Sol",
  "Kit",
  "Noor",
  "Briar",
  "Jude",
  "Lark",
  "Shay",
  "Vesper",
];

const locales = [en, es, fr, de, it, pt_BR, en_IN, en_NG];
const neutral = new Set(neutralFirstNames);
const female = new Set(locales.flatMap((locale) => locale.person?.first_name?.female ?? []));
const male = new Set(locales.flatMap((locale) => locale.person?.first_name?.male ?? []));

/**
 * Pronouns for a full name. A dossier is written long after its cast and may come from another
 * provider, so the name is the one fact both documents share.
 */
export function pronounsFor(fullName: string): Pronouns {
  const first = fullName.trim().split(/\s+/)[0] ?? "";
  if (neutral.has(first)) {
    return they;
  }
  if (female.has(first) && !male.has(first)) {
    return she;
  }
  if (male.has(first) && !female.has(first)) {
    return he;
  }
  return they;
}

/** The pronoun with an agreeing verb: "she has", "they have". */
export function subjectWithVerb(pronouns: Pronouns) {
  return (singular: string, plural: string): string =>
    `${pronouns.subject} ${pronouns.plural ? plural : singular}`;
}
