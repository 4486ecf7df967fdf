import { isKnownFirstName, type Pronouns, pronounsFor } from "./pronouns";
import { properStarts } from "./vocabulary/word-classes";

/** A character the premise calls by name: "Maya", "a widowed rancher named Eliza Hart". */
export interface NamedCharacter {
  /** As written: "Eliza Hart". */
  name: string;
  first: string;
  /** From the premise's own pronouns ("… her land"), else from the name; null when neither says. */
  pronouns: Pronouns["label"] | null;
  /** The premise's hero: named at its start or beside its first noun phrase. */
  isLead: boolean;
}

export interface PremiseNames {
  /** The story with the lead's name lifted out, so its first noun phrase is what the lead is. */
  story: string;
  characters: NamedCharacter[];
}

const nameWord = String.raw`\p{Lu}[\p{L}'’-]+`;
const fullName = String.raw`${nameWord}(?:\s+${nameWord})?`;
/** "Jonah, a burned-out chef, falls for …" */
const appositive = new RegExp(
  String.raw`^(${fullName}),\s+((?:a|an|the)\s[^,]+?),\s*(?:who\s+)?`,
  "u",
);
/** "a bunny named Pip who …", "a rancher called Eliza Hart". */
const namedLead = new RegExp(
  String.raw`^((?:[^,]+,\s+)?(?:a|an|the|two|three)\s+(?:[\p{L}'’-]+\s+){0,4}?)(?:named|called)\s+(${fullName})\b,?\s*`,
  "u",
);
const namedAnywhere = new RegExp(String.raw`\b(?:named|called)\s+(${fullName})`, "gu");
const capitalised = new RegExp(String.raw`(^|[^\p{L}])(${fullName})`, "gu");
const placePrepositions = /\b(in|at|on|from|to|near|of|across|outside|inside|around)\s*$/i;

const she = /\b(she|her|hers|herself)\b/i;
const he = /\b(he|him|his|himself)\b/i;

/** The first gendered pronoun after the name, before the next named character. */
function pronounsAfter(text: string, from: number, until: number): Pronouns["label"] | null {
  const after = text.slice(from, until);
  const sheAt = after.search(she);
  const heAt = after.search(he);
  if (sheAt < 0 && heAt < 0) {
    return null;
  }
  if (heAt < 0 || (sheAt >= 0 && sheAt < heAt)) {
    return "she/her";
  }
  return "he/him";
}

export function findNames(story: string): PremiseNames {
  const found: { name: string; at: number; lead: boolean }[] = [];
  let rest = story;
  const apposed = appositive.exec(story);
  const named = apposed ? null : namedLead.exec(story);
  if (apposed) {
    found.push({ name: apposed[1]!, at: 0, lead: true });
    rest = `${apposed[2]} ${story.slice(apposed[0].length)}`;
  } else if (named) {
    found.push({ name: named[2]!, at: story.indexOf(named[2]!), lead: true });
    const tail = story.slice(named[0].length);
    rest = `${named[1]!.trimEnd()} ${tail}`;
  }
  for (const match of story.matchAll(namedAnywhere)) {
    found.push({ name: match[1]!, at: match.index + match[0].indexOf(match[1]!), lead: false });
  }
  for (const match of story.matchAll(capitalised)) {
    const name = match[2]!;
    const at = match.index + match[1]!.length;
    const first = name.split(/\s+/)[0]!;
    const isPlace = placePrepositions.test(story.slice(0, at)) || properStarts.has(first);
    if (isKnownFirstName(first) && !isPlace) {
      found.push({ name, at, lead: at === 0 });
    }
  }
  const firstOf = (name: string) => name.split(/\s+/)[0]!;
  const unique = found
    .sort((a, b) => a.at - b.at || b.name.length - a.name.length)
    .filter(
      (entry, index, all) =>
        all.findIndex((other) => firstOf(other.name) === firstOf(entry.name)) === index,
    )
    .map((entry) => ({
      ...entry,
      lead: found.some((other) => other.lead && firstOf(other.name) === firstOf(entry.name)),
    }));
  const characters = unique.map((entry, index): NamedCharacter => {
    const next = unique[index + 1]?.at ?? story.length;
    const first = entry.name.split(/\s+/)[0]!;
    const fromName = pronounsFor(first).label;
    return {
      name: entry.name,
      first,
      pronouns:
        pronounsAfter(story, entry.at + entry.name.length, next) ??
        (fromName === "they/them" ? null : fromName),
      isLead: entry.lead || (index === 0 && entry.at === 0),
    };
  });
  return { story: rest, characters };
}
