import { type NounPhrase, stripPossessive, toNounPhrase, type Word } from "./noun-phrase";
import { singularize } from "./prose";
import {
  collectiveNouns,
  conjunctions,
  determiners,
  eraPatterns,
  formatWords,
  genericNouns,
  knownVerbs,
  lyNouns,
  nonPlaceHeads,
  placeNouns,
  placePrepositions,
  prepositions,
  pronouns,
  properStarts,
  relativePronouns,
  verbFollowers,
} from "./vocabulary/word-classes";

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
  /** Distinctive content words in order of appearance. */
  keywords: string[];
  era: string | null;
}

type Boundary = "start" | "punct" | "prep" | "conj" | "verb" | "other";

interface Phrase {
  words: Word[];
  after: Boundary;
  afterWord: string;
  start: number;
}

const modals = new Set(["must", "can", "could", "will", "would", "should", "may", "might", "to"]);

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
  const subject = findSubject(phrases);
  const subjectPhrase = subject ? toNounPhrase(subject.words) : null;
  const hook = findHook(tokens, phrases, firstVerb);
  const place = findPlace(phrases, subject);
  const locale = phrases.find(
    (phrase) => phrase.after === "prep" && phrase.words.some((word) => word.proper),
  );
  return {
    text,
    firstSentence,
    // Only a premise that opens with its subject reads well after "When".
    isClause: opensWithClause(tokens, subject, firstVerb),
    subject: subjectPhrase,
    place: place ? toNounPhrase(place.words) : null,
    placeText: place ? placeWithSurroundings(place, phrases) : null,
    locale: locale && locale.words !== place?.words ? toNounPhrase(locale.words) : null,
    hook: hook ? toNounPhrase(hook.words) : null,
    nouns: phrases.flatMap((phrase) => {
      const nounPhrase = toNounPhrase(phrase.words);
      return nounPhrase ? [nounPhrase] : [];
    }),
    keywords: keywordsOf(sentences.flatMap((sentence) => chunk(tokenize(sentence)))),
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
    const object = phrases.find((phrase) => phrase.start > verb);
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

const sceneVerbs = new Set([
  "form",
  "forms",
  "start",
  "starts",
  "open",
  "opens",
  "run",
  "runs",
  "running",
  "build",
  "builds",
  "found",
  "founds",
  "join",
  "joins",
  "launch",
  "launches",
  "inherit",
  "inherits",
  "buy",
  "buys",
  "move",
  "moves",
  "take",
  "takes",
]);

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

type Token = Word & { punct: boolean };

function tokenize(sentence: string): Token[] {
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

function isVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.punct || token.proper || isFunctionWord(token.lower)) {
    return false;
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
  return afterRelative && /([^su'’]s|ed)$/.test(token.lower);
}

function isFunctionWord(lower: string): boolean {
  return (
    determiners.has(lower) ||
    prepositions.has(lower) ||
    conjunctions.has(lower) ||
    pronouns.has(lower)
  );
}

const adverbs = new Set([
  "never",
  "always",
  "still",
  "just",
  "only",
  "even",
  "also",
  "already",
  "soon",
  "often",
  "not",
  "too",
  "very",
  "almost",
  "again",
  "together",
  "forever",
  "instead",
  "now",
  // Particles: "find out", "give up", "go back".
  "out",
  "up",
  "away",
  "back",
  "down",
]);

function isAdverb(token: Token): boolean {
  return /ly$/.test(token.lower) && token.lower.length > 4 && !lyNouns.has(token.lower);
}

/** Splits the sentence into runs of content words, remembering what came before each run. */
function chunk(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Phrase | null = null;
  let after: Boundary = "start";
  let afterWord = "";
  const close = () => {
    if (current && current.words.some((word) => !determiners.has(word.lower))) {
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

function placeScore(phrase: Phrase, subject: Phrase | undefined): number {
  const head = singularize(stripPossessive(phrase.words.at(-1)!.lower));
  const afterPlaceWord = phrase.after === "prep" && placePrepositions.has(phrase.afterWord);
  const namesPlace = placeNouns.has(head);
  if (nonPlaceHeads.has(head) || genericNouns.has(head) || phrase === subject) {
    return 0;
  }
  const named = phrase.words.some((word) => word.proper || determiners.has(word.lower));
  return (namesPlace ? 2 : 0) + (afterPlaceWord && named ? 1.5 : 0);
}

function findPlace(phrases: readonly Phrase[], subject: Phrase | undefined): Phrase | null {
  let best: Phrase | null = null;
  let bestScore = 0;
  for (const phrase of phrases) {
    const score = placeScore(phrase, subject);
    if (score > bestScore) {
      best = phrase;
      bestScore = score;
    }
  }
  if (best) {
    return best;
  }
  // "A haunted hotel's night manager": the place hides inside the subject.
  const words = subject?.words ?? [];
  const placeAt = words.findIndex((word) => placeNouns.has(stripPossessive(word.lower)));
  if (!subject || placeAt < 0) {
    return null;
  }
  return {
    ...subject,
    words: words
      .slice(0, placeAt + 1)
      .map((word, index) =>
        index === placeAt ? { ...word, text: stripPossessive(word.text) } : word,
      ),
  };
}

function placeWithSurroundings(place: Phrase, phrases: readonly Phrase[]): string {
  const text = place.words.map((word) => word.text).join(" ");
  const next = phrases[phrases.indexOf(place) + 1];
  const adjacent = next && next.start === place.start + place.words.length + 1;
  if (!adjacent || next.after !== "prep" || !placePrepositions.has(next.afterWord)) {
    return text;
  }
  return `${text} ${next.afterWord} ${next.words.map((word) => word.text).join(" ")}`;
}

function keywordsOf(phrases: readonly Phrase[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const word of phrases.flatMap((phrase) => phrase.words)) {
    const text = stripPossessive(word.text);
    const lower = text.toLowerCase();
    const content = lower.length > 2 && !/['’]/.test(lower) && !isFunctionWord(lower);
    if (content && !genericNouns.has(lower) && !seen.has(lower)) {
      seen.add(lower);
      keywords.push(text);
    }
  }
  return keywords;
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
