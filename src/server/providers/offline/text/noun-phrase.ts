import { singularize } from "./prose";
import {
  femaleNouns,
  formatWords,
  genericNouns,
  maleNouns,
  notPersons,
  personNouns,
  personSuffixes,
  placeNouns,
  suffixNouns,
} from "./vocabulary/noun-classes";
import { determiners, plainAdjectives } from "./vocabulary/word-classes";

/** A word of the premise; `text` keeps the author's spelling and capitals. */
export interface Word {
  text: string;
  lower: string;
  /** Written with a capital inside the sentence, so a name or a proper adjective. */
  proper: boolean;
}

/** A noun phrase lifted from the premise, e.g. "a remote Scottish island". */
export interface NounPhrase {
  /** As written, with its determiner. */
  text: string;
  /** Without the determiner: "remote Scottish island". */
  bare: string;
  determiner: string | null;
  /** The last word: "island". */
  head: string;
  /** Modifiers that read as nouns: "lighthouse" in "retired lighthouse keeper". */
  nounModifiers: string[];
  plural: boolean;
  /** Every word capitalised: a name ("Sherlock Holmes", "Mars"). */
  proper: boolean;
}

const pluralHeads = new Set(["men", "women", "children", "people", "police", "teeth", "mice"]);

export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, "").replace(/s['’]$/i, "s");
}

/** Suffix rules plus a word list; good enough to keep "remote" out of a title. */
export function isAdjectiveLike(word: string): boolean {
  const lower = word.toLowerCase();
  if (plainAdjectives.has(lower)) {
    return true;
  }
  if (suffixNouns.has(lower) || lower.length < 4) {
    return false;
  }
  return /(ed|ing|ous|ful|ish|ive|less|able|ible|ic|al|ian|ese|ean|est)$/.test(lower);
}

export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return pluralHeads.has(lower) || (/[^su'’]s$/.test(lower) && !/(ics|sis)$/.test(lower));
}

/** Builds a phrase from consecutive words; null when nothing but a determiner is left. */
export function toNounPhrase(words: readonly Word[]): NounPhrase | null {
  const first = words[0];
  if (!first) {
    return null;
  }
  const hasDeterminer = determiners.has(first.lower);
  const body = hasDeterminer ? words.slice(1) : [...words];
  const last = body.at(-1);
  if (!last) {
    return null;
  }
  const head = stripPossessive(last.text);
  const modifiers = body.slice(0, -1);
  return {
    text: words.map((word) => word.text).join(" "),
    bare: body.map((word) => word.text).join(" "),
    determiner: hasDeterminer ? first.text : null,
    head,
    // Possessives ("the groom's brother") belong to someone else, so they never join a title.
    nounModifiers: modifiers
      .filter((word) => stripPossessive(word.text) === word.text)
      .map((word) => word.text)
      .filter((word) => !isAdjectiveLike(word) && !/\d/.test(word) && !word.includes("-")),
    plural: !last.proper && isPluralNoun(head),
    proper: body.every((word) => word.proper || /\d/.test(word.text)),
  };
}

/**
 * How the story refers back to the phrase: "the lighthouse keeper", "the two sisters", "Mars".
 * Keeps a noun modifier right before the head, drops adjectives the logline already used.
 */
export function definiteReference(phrase: NounPhrase): string {
  if (phrase.proper) {
    // "1920s Chicago" is still just "Chicago" the second time round.
    const name = phrase.bare.split(" ").filter((word) => !/\d/.test(word));
    const named = name.length > 0 ? name.map(stripPossessive).join(" ") : phrase.bare;
    return phrase.determiner?.toLowerCase() === "the" ? `the ${named}` : named;
  }
  const words = phrase.bare.split(" ").map(stripPossessive);
  const head = words.at(-1)!;
  const before = words.at(-2);
  const keepBefore = before !== undefined && phrase.nounModifiers.includes(before);
  const core = keepBefore ? `${before} ${head}` : head;
  const counted = phrase.determiner && /^(two|three|four|five|six|seven)$/i.test(phrase.determiner);
  return counted ? `the ${phrase.determiner!.toLowerCase()} ${core}` : `the ${core}`;
}

/** A person, creature or group: only these can be the lead ("time travel" cannot). */
export function isPersonLike(phrase: NounPhrase): boolean {
  const head = phrase.head.toLowerCase();
  const one = singularize(head);
  if (personNouns.has(head) || personNouns.has(one) || femaleNouns.has(one) || maleNouns.has(one)) {
    return true;
  }
  return personSuffixes.test(head) && !notPersons.has(head) && !placeNouns.has(singularize(head));
}

/** "female" for "two estranged sisters", "male" for "a widowed king", else null. */
export function genderOf(phrase: NounPhrase | null): "female" | "male" | null {
  const head = singularize(phrase?.head.toLowerCase() ?? "");
  // "schoolgirl", "headmistress", "fisherman": the ending carries the gender.
  if (femaleNouns.has(head) || /(girl|woman|mistress|wife|mother|sister)$/.test(head)) {
    return "female";
  }
  return maleNouns.has(head) || /(boy|[^u]man|master|father|brother)$/.test(head) ? "male" : null;
}

/** Nouns of the phrase worth putting in a title, most telling first. */
export function titleNouns(phrase: NounPhrase): string[] {
  return [...phrase.nounModifiers, phrase.head]
    .map((word) => (phrase.plural && word === phrase.head ? singularize(word) : word))
    .filter((word) => {
      const lower = word.toLowerCase();
      return !genericNouns.has(lower) && !formatWords.has(lower) && word.length > 2;
    });
}
