import {
  genderOf,
  isAdjectiveLike,
  isPersonLike,
  type NounPhrase,
  stripPossessive,
  toNounPhrase,
} from "./noun-phrase";
import { splitFormat } from "./premise-format";
import { findNames, type NamedCharacter } from "./premise-names";
import { findPlace, placeScore, placeWithSurroundings } from "./premise-places";
import { chunk, isVerb, type Phrase, type Token, tokenize } from "./premise-tokens";
import type { Pronouns } from "./pronouns";
import { singularize } from "./prose";
import { formatWords, placeNouns } from "./vocabulary/noun-classes";
import { eraPatterns, placePrepositions, sceneVerbs } from "./vocabulary/word-classes";

/** What the writers need from a premise; every field is lifted from the author's own words. */
export interface Premise {
  /** The premise with tidy whitespace and no closing full stop. */
  text: string;
  firstSentence: string;
  subject: NounPhrase | null;
  /** The lead as the premise introduces them, group and all: "a gang of zoo animals". */
  leadText: string | null;
  place: NounPhrase | null;
  /** The place with the phrase that pins it down: "a hotel under a golf course". */
  placeText: string | null;
  /** The place comes before the first verb, so it is where the lead is, not where they go. */
  placeBeforeVerb: boolean;
  /** A named locale beside the place: "1970s Naples" in "a bakery in 1970s Naples". */
  locale: NounPhrase | null;
  /** What the subject runs into: the object of the first verb ("the fog"). */
  hook: NounPhrase | null;
  /** Every noun phrase of the first sentence, in order. */
  nouns: NounPhrase[];
  era: string | null;
  /** The words that describe the show rather than its story: "A claymation heist comedy". */
  format: string | null;
  /** Characters the premise names, the lead first when it names the lead. */
  named: NamedCharacter[];
  /** The lead's pronouns when the premise gives them ("… her career") or the lead's noun does. */
  leadPronouns: Pronouns["label"] | null;
  /** "the food critic … who she is": the hook's pronouns, when the hook is a person. */
  hookPronouns: Pronouns["label"] | null;
}

export function analyzePremise(raw: string): Premise {
  const text = raw
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "");
  const { format, story } = splitFormat(text);
  const { story: storyWithoutLeadName, characters } = findNames(story);
  const sentences = storyWithoutLeadName.split(/(?<=[.!?])\s+/);
  const firstSentence = (sentences[0] ?? storyWithoutLeadName).replace(/[.!?]+$/, "");
  const tokens = tokenize(firstSentence);
  const phrases = chunk(tokens);
  const firstVerb = tokens.findIndex((_, index) => isVerb(tokens, index));
  const opening = findSubject(phrases);
  const openingPhrase = opening ? toNounPhrase(opening.words) : null;
  // "Time travel" or "the worst zoo in Britain" can open a premise but cannot lead a cast.
  const person = openingPhrase && isPersonLike(openingPhrase) ? opening : undefined;
  // "to protect her land from a railroad baron": whoever the lead is protected from is the hook.
  const threat = phrases.find((phrase) => {
    const threatening = phrase.after === "prep" && /^(from|against)$/.test(phrase.afterWord);
    const nounPhrase = threatening ? toNounPhrase(phrase.words) : null;
    return nounPhrase !== null && !nounPhrase.proper && isPersonLike(nounPhrase);
  });
  const hook = threat ?? findHook(tokens, phrases, firstVerb);
  const found = findPlace(phrases, person);
  // "the zoo's gift shop": the story happens at the zoo; the shop is what it is after.
  const owned = found ? splitOwner(found) : null;
  const place = owned?.owner ?? found;
  const hookPhrase = hook ?? owned?.thing;
  const subject = person ? openingPhrase : null;
  // "in 1970s Naples" names where the story is; "three hundred years from Earth" does not.
  const locale = phrases.find(
    (phrase) =>
      phrase.after === "prep" &&
      placePrepositions.has(phrase.afterWord) &&
      phrase.words.some((word) => word.proper),
  );
  return {
    text,
    firstSentence,
    subject,
    leadText: person ? spanText(tokens, person) : null,
    place: place ? toNounPhrase(place.words) : null,
    placeText: place
      ? owned
        ? toNounPhrase(place.words)!.text
        : placeWithSurroundings(place, phrases)
      : null,
    placeBeforeVerb: place !== null && (firstVerb < 0 || place.start < firstVerb),
    locale: locale && locale.words !== place?.words ? toNounPhrase(locale.words) : null,
    hook: hookPhrase ? toNounPhrase(hookPhrase.words) : null,
    nouns: phrases.flatMap((phrase) => {
      const nounPhrase = describesTheShow(phrase) ? null : toNounPhrase(phrase.words);
      return nounPhrase ? [nounPhrase] : [];
    }),
    era: eraOf(text),
    format,
    named: characters,
    leadPronouns: leadPronounsOf(subject, characters, tokens, person),
    hookPronouns: hook ? subjectPronounAfter(tokens, hook) : null,
  };
}

/** The words of a phrase as written, from its start (a group's "a gang of") to its head. */
function spanText(tokens: readonly Token[], phrase: Phrase): string {
  const end = tokens.indexOf(phrase.words.at(-1) as Token);
  return tokens
    .slice(phrase.start, end + 1)
    .map((token) => token.text)
    .join(" ")
    .replace(/ ([,.;:!?'’])/g, "$1")
    .replace(/ - /g, "-");
}

/** The first "she" or "he" after the phrase; possessives ("his restaurant") may be anyone's. */
function subjectPronounAfter(tokens: readonly Token[], phrase: Phrase): Pronouns["label"] | null {
  const after = tokens.slice(tokens.indexOf(phrase.words.at(-1) as Token) + 1);
  const first = after.find((token) => token.lower === "she" || token.lower === "he");
  return first ? (first.lower === "she" ? "she/her" : "he/him") : null;
}

const feminine = new Set(["she", "her", "herself"]);
const masculine = new Set(["he", "him", "his", "himself"]);

/**
 * The premise's word on the lead: a named lead's pronouns, a gendered noun ("sisters"), or the
 * first gendered pronoun after a single lead ("a detective who … ruined her career").
 */
function leadPronounsOf(
  subject: NounPhrase | null,
  named: readonly NamedCharacter[],
  tokens: readonly Token[],
  phrase: Phrase | undefined,
): Pronouns["label"] | null {
  const lead = named.find((character) => character.isLead);
  if (lead) {
    return lead.pronouns;
  }
  const gender = genderOf(subject);
  if (gender) {
    return gender === "female" ? "she/her" : "he/him";
  }
  if (!subject || subject.plural || !phrase) {
    return null;
  }
  const after = tokens.slice(phrase.start + phrase.words.length).map((token) => token.lower);
  const first = after.find((word) => feminine.has(word) || masculine.has(word));
  return first === undefined ? null : feminine.has(first) ? "she/her" : "he/him";
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
    const head = singularize(object.words.at(-1)!.lower);
    const setsTheScene =
      sceneVerbs.has(tokens[verb]!.lower) ||
      placeScore(object, undefined) >= 2 ||
      timeWords.has(head) ||
      notHooks.has(head);
    if (!setsTheScene) {
      return object;
    }
    const end = object.start + object.words.length;
    verb = tokens.findIndex((_, index) => index >= end && isVerb(tokens, index));
  }
  return undefined;
}

/** "the zoo's gift shop" → the zoo, and the gift shop; null when the owner is not a place. */
function splitOwner(phrase: Phrase): { owner: Phrase; thing: Phrase } | null {
  const at = phrase.words.findIndex((word) => /['’]s$/.test(word.text));
  const owner = phrase.words[at];
  if (!owner || at === phrase.words.length - 1 || !placeNouns.has(stripPossessive(owner.lower))) {
    return null;
  }
  const ownerWords = phrase.words
    .slice(0, at + 1)
    .map((word, index) =>
      index === at
        ? { ...word, text: stripPossessive(word.text), lower: stripPossessive(word.lower) }
        : word,
    );
  const the = { text: "the", lower: "the", proper: false, punct: false };
  return {
    owner: { ...phrase, words: ownerWords },
    thing: { ...phrase, words: [the, ...phrase.words.slice(at + 1)] },
  };
}

/** "every night", "next week": when something happens, never what it is about. */
const timeWords = new Set(
  "night morning evening afternoon week year month day hour minute season summer winter spring autumn decade century time".split(
    " ",
  ),
);

/** Words an object slot can hold that are nothing to be about: "say why", "fall in love". */
const notHooks = new Set(
  "why what how who when where whether love trouble way turn place fact order".split(" "),
);

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
