import { stripPossessive } from "./noun-phrase";
import type { Phrase } from "./premise-tokens";
import { indefinite, singularize } from "./prose";
import { genericNouns, nonPlaceHeads, placeNouns } from "./vocabulary/noun-classes";
import { determiners, placePrepositions } from "./vocabulary/word-classes";

/** Where the story happens, found by place nouns ("island") and place prepositions ("on a …"). */

const possessives = new Set(["his", "her", "their", "its", "my", "our", "your"]);

export function placeScore(phrase: Phrase, subject: Phrase | undefined): number {
  const head = singularize(stripPossessive(phrase.words.at(-1)!.lower));
  const afterPlaceWord = phrase.after === "prep" && placePrepositions.has(phrase.afterWord);
  const namesPlace = placeNouns.has(head);
  if (nonPlaceHeads.has(head) || genericNouns.has(head) || phrase === subject) {
    return 0;
  }
  const named = phrase.words.some((word) => word.proper || determiners.has(word.lower));
  // "her kitchen in Naples" happens in Naples; somebody's kitchen is only a room of it.
  const owned = possessives.has(phrase.words[0]!.lower) ? 1 : 0;
  return (namesPlace ? 2 : 0) + (afterPlaceWord && named ? 1.5 : 0) - owned;
}

export function findPlace(phrases: readonly Phrase[], subject: Phrase | undefined): Phrase | null {
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
  const placeWords = words
    .slice(0, placeAt + 1)
    .map((word, index) =>
      index === placeAt ? { ...word, text: stripPossessive(word.text) } : word,
    );
  // "office workers" works in an office.
  const article = indefinite(placeWords[0]!.text);
  const determined = determiners.has(placeWords[0]!.lower)
    ? placeWords
    : [{ text: article, lower: article, proper: false }, ...placeWords];
  return { ...subject, words: determined };
}

export function placeWithSurroundings(place: Phrase, phrases: readonly Phrase[]): string {
  const text = place.words.map((word) => word.text).join(" ");
  const next = phrases[phrases.indexOf(place) + 1];
  const adjacent = next && next.start === place.start + place.words.length + 1;
  if (!adjacent || next.after !== "prep" || !placePrepositions.has(next.afterWord)) {
    return text;
  }
  return `${text} ${next.afterWord} ${next.words.map((word) => word.text).join(" ")}`;
}
