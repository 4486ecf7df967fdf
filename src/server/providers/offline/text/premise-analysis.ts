import { isAdjectiveLike, isPersonLike, type NounPhrase, toNounPhrase } from "./noun-phrase";
import { findPlace, placeScore, placeWithSurroundings } from "./premise-places";
import { chunk, isVerb, type Phrase, type Token, tokenize } from "./premise-tokens";
import { singularize } from "./prose";
import { formatWords } from "./vocabulary/noun-classes";
import { conjunctions, eraPatterns, modals, sceneVerbs } from "./vocabulary/word-classes";

/** What the writers need from a premise; every field is lifted from the author's own words. */
export interface Premise {
  /** The premise with tidy whitespace and no closing full stop. */
  text: string;
  firstSentence: string;
  /** The first sentence has a subject and a verb, so "When …," can wrap it. */
  isClause: boolean;
  subject: NounPhrase | null;
  place: NounPhrase | null;
  /** The place with the phrase that pins it down: "a hotel under a golf course". */
  placeText: string | null;
  /** A named locale beside the place: "1970s Naples" in "a bakery in 1970s Naples". */
  locale: NounPhrase | null;
  /** What the subject runs into: the object of the first verb ("the fog"). */
  hook: NounPhrase | null;
  /** Every noun phrase of the first sentence, in order. */
  nouns: NounPhrase[];
  era: string | null;
}

export function analyzePremise(raw: string): Premise {
  const text = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "");
  const sentences = text.split(/(?<=[.!?])\s+/);
  const firstSentence = (sentences[0] ?? text).replace(/[.!?]+$/, "");
  const tokens = tokenize(firstSentence);
  const phrases = chunk(tokens);
  const firstVerb = tokens.findIndex((_, index) => isVerb(tokens, index));
  const opening = findSubject(phrases);
  const openingPhrase = opening ? toNounPhrase(opening.words) : null;
  // "Time travel" or "the worst zoo in Britain" can open a premise but cannot lead a cast.
  const person = openingPhrase && isPersonLike(openingPhrase) ? opening : undefined;
  const hook = findHook(tokens, phrases, firstVerb);
  const place = findPlace(phrases, person);
  const locale = phrases.find(
    (phrase) => phrase.after === "prep" && phrase.words.some((word) => word.proper),
  );
  return {
    text,
    firstSentence,
    // Only a premise that opens with its subject reads well after "When".
    isClause: opensWithClause(tokens, opening, firstVerb),
    subject: person ? openingPhrase : null,
    place: place ? toNounPhrase(place.words) : null,
    placeText: place ? placeWithSurroundings(place, phrases) : null,
    locale: locale && locale.words !== place?.words ? toNounPhrase(locale.words) : null,
    hook: hook ? toNounPhrase(hook.words) : null,
    nouns: phrases.flatMap((phrase) => {
      const nounPhrase = describesTheShow(phrase) ? null : toNounPhrase(phrase.words);
      return nounPhrase ? [nounPhrase] : [];
    }),
    era: eraOf(text),
  };
}

/**
 * What the lead runs into: the object of the first verb, unless that verb only sets the scene
 * ("kids form a detective club to find out who stole the oxygen garden") or the object is the
 * place itself; then the object of the next verb.
 */
function findHook(tokens: readonly Token[], phrases: readonly Phrase[], firstVerb: number) {
  let verb = firstVerb;
  while (verb >= 0) {
    // "is afraid of the dark": skip the adjective, keep the dark.
    const object = phrases.find(
      (phrase) => phrase.start > verb && !phrase.words.every((word) => isAdjectiveLike(word.text)),
    );
    if (!object) {
      return undefined;
    }
    const setsTheScene = sceneVerbs.has(tokens[verb]!.lower) || placeScore(object, undefined) >= 2;
    if (!setsTheScene) {
      return object;
    }
    const end = object.start + object.words.length;
    verb = tokens.findIndex((_, index) => index >= end && isVerb(tokens, index));
  }
  return undefined;
}

function findSubject(phrases: readonly Phrase[]): Phrase | undefined {
  return phrases.find((phrase, index) => {
    if (describesTheShow(phrase)) {
      return false;
    }
    // "A comedy about a family of moles": the hero follows the format.
    const previous = phrases[index - 1];
    if (previous && describesTheShow(previous) && introducesHero.has(phrase.afterWord)) {
      return true;
    }
    return phrase.after === "start" || phrase.after === "punct" || phrase.after === "conj";
  });
}

const introducesHero = new Set(["about", "where", "following", "of"]);

/**
 * Only a premise that opens with its subject and runs straight to a plain verb reads well
 * after "When": not "When Sherlock Holmes, but he is a cat," nor "When … must keep …".
 */
function opensWithClause(tokens: readonly Token[], subject: Phrase | undefined, firstVerb: number) {
  if (subject?.start !== 0 || firstVerb <= 0 || modals.has(tokens[firstVerb]!.lower)) {
    return false;
  }
  return tokens
    .slice(0, firstVerb)
    .every((token) => !token.punct && !conjunctions.has(token.lower));
}

/** "An anime about …", "A comedy where …": the phrase names the format, not the hero. */
function describesTheShow(phrase: Phrase): boolean {
  const head = phrase.words.at(-1)!.lower;
  return formatWords.has(head) || formatWords.has(singularize(head));
}

function eraOf(text: string): string | null {
  for (const [pattern, replacement] of eraPatterns) {
    const match = pattern.exec(text);
    if (match) {
      return match[0].replace(pattern, replacement);
    }
  }
  return null;
}
