import { isPluralNoun, type Word } from "./noun-phrase";
import {
  collectiveNouns,
  formatWords,
  nonPlaceHeads,
  personNouns,
  placeNouns,
} from "./vocabulary/noun-classes";
import {
  adverbs,
  baseVerbs,
  conjunctions,
  determiners,
  knownVerbs,
  lyNouns,
  modals,
  prepositions,
  pronouns,
  properStarts,
  relativePronouns,
  subjectPronouns,
  verbFollowers,
} from "./vocabulary/word-classes";

/**
 * The premise as words and phrases. No parser: function words, a few position rules ("a noun
 * phrase never runs straight into a determiner") and suffixes are enough for one-line premises.
 */

export type Boundary = "start" | "punct" | "prep" | "conj" | "verb" | "other";

/** A run of content words and what stood before it ("on" → "a remote Scottish island"). */
export interface Phrase {
  words: Word[];
  after: Boundary;
  afterWord: string;
  start: number;
}

export type Token = Word & { punct: boolean };

export function tokenize(sentence: string): Token[] {
  const raw = sentence.match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  let seenWord = false;
  return raw.map((text, index) => {
    const punct = !/[\p{L}\p{N}]/u.test(text);
    const capital = /^\p{Lu}/u.test(text);
    const allCaps = text.length > 1 && text === text.toUpperCase() && /\p{L}/u.test(text);
    const first = !punct && !seenWord;
    seenWord ||= !punct;
    // A premise's first word is capitalised by grammar, not because it is a name.
    const nameFollows = /^\p{Lu}/u.test(raw[index + 1] ?? "");
    const keepCase = !first || allCaps || nameFollows || properStarts.has(text);
    const shown = keepCase ? text : text.charAt(0).toLowerCase() + text.slice(1);
    return {
      text: shown,
      lower: text.toLowerCase().replace(/’/g, "'"),
      proper: capital && keepCase,
      punct,
    };
  });
}

export function isVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.punct || token.proper || isFunctionWord(token.lower)) {
    return false;
  }
  // "a kendo team that …", "a village where …": a noun before a relative clause stays a noun.
  if (next && relativePronouns.has(next.lower) && isNounOfClass(token.lower)) {
    return false;
  }
  // "their grandfather's lost treasure": a possessive is followed by its noun phrase.
  if (previous && /['’]s$|s['’]$/.test(previous.text)) {
    return false;
  }
  if (previous && subjectPronouns.has(previous.lower)) {
    return true;
  }
  if (previous && modals.has(previous.lower)) {
    // "must keep", "to find", but not "moves to town".
    return (
      previous.lower !== "to" || !(placeNouns.has(token.lower) || nonPlaceHeads.has(token.lower))
    );
  }
  const afterContentWord =
    previous !== undefined && !previous.punct && !isFunctionWord(previous.lower);
  const afterRelative = previous !== undefined && relativePronouns.has(previous.lower);
  const beforeObject = next !== undefined && verbFollowers.has(next.lower);
  if (knownVerbs.has(token.lower)) {
    return previous === undefined || !determiners.has(previous.lower);
  }
  // A noun phrase never runs straight into a determiner: in "sisters inherit a bakery" the
  // word between them must be the verb.
  if ((afterContentWord || afterRelative) && beforeObject) {
    return true;
  }
  // "roommates try", "a dog and a girl solve": a base form agrees only with a plural subject.
  if (baseVerbs.has(token.lower) && afterContentWord) {
    return (
      isPluralNoun(previous!.lower) ||
      joinedByAnd(tokens, index) ||
      pluralSubjectBefore(tokens, index)
    );
  }
  return afterRelative && /([^su'’]s|ed)$/.test(token.lower);
}

function isNounOfClass(lower: string): boolean {
  const one = lower.replace(/s$/, "");
  return [placeNouns, personNouns, collectiveNouns, formatWords].some(
    (nouns) => nouns.has(lower) || nouns.has(one),
  );
}

/** "Two florists on the same London street fall in love": the base verb agrees with them. */
function pluralSubjectBefore(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 2; cursor >= 0; cursor--) {
    const token = tokens[cursor]!;
    if (knownVerbs.has(token.lower) || relativePronouns.has(token.lower) || token.punct) {
      return false;
    }
    if (!isFunctionWord(token.lower) && isPluralNoun(token.lower)) {
      return true;
    }
  }
  return false;
}

function joinedByAnd(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const token = tokens[cursor]!;
    if (token.lower === "and") {
      return true;
    }
    if (token.punct || prepositions.has(token.lower) || relativePronouns.has(token.lower)) {
      return false;
    }
  }
  return false;
}

export function isFunctionWord(lower: string): boolean {
  return (
    determiners.has(lower) ||
    prepositions.has(lower) ||
    conjunctions.has(lower) ||
    pronouns.has(lower)
  );
}

function isAdverb(token: Token): boolean {
  return /ly$/.test(token.lower) && token.lower.length > 4 && !lyNouns.has(token.lower);
}

/** Splits the sentence into runs of content words, remembering what came before each run. */
export function chunk(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Phrase | null = null;
  let after: Boundary = "start";
  let afterWord = "";
  const close = () => {
    if (current?.words.some((word) => !determiners.has(word.lower))) {
      phrases.push(current);
    }
    current = null;
  };
  tokens.forEach((token, index) => {
    const boundary = boundaryOf(tokens, index);
    if (boundary) {
      close();
      after = boundary;
      afterWord = token.lower;
      return;
    }
    if (determiners.has(token.lower) && current) {
      close();
    }
    // "a family of moles" is about the moles.
    if (
      !current &&
      after === "prep" &&
      afterWord === "of" &&
      !determiners.has(token.lower) &&
      !determiners.has(token.lower) &&
      joinsCollective(phrases.at(-1), index)
    ) {
      // Keep the group's position but not its "a": "a moles" is not English.
      current = { ...phrases.pop()!, words: [] };
    }
    current ??= { words: [], after, afterWord, start: index };
    current.words.push(token);
  });
  close();
  return phrases;
}

function joinsCollective(previous: Phrase | undefined, index: number): boolean {
  const head = previous?.words.at(-1)?.lower ?? "";
  return collectiveNouns.has(head) && previous!.start + previous!.words.length + 1 === index;
}

function boundaryOf(tokens: readonly Token[], index: number): Boundary | null {
  const token = tokens[index]!;
  if (token.punct) {
    return "punct";
  }
  if (isVerb(tokens, index)) {
    return "verb";
  }
  if (token.lower === "that" || conjunctions.has(token.lower)) {
    return prepositions.has(token.lower) ? "prep" : "conj";
  }
  if (prepositions.has(token.lower)) {
    return "prep";
  }
  if (pronouns.has(token.lower) && !determiners.has(token.lower)) {
    return "other";
  }
  return isAdverb(token) || adverbs.has(token.lower) ? "other" : null;
}
