import { definiteReference, shortReference, titleNouns } from "./noun-phrase";
import { analyzePremise, type Premise } from "./premise-analysis";
import { capitalize, titleCase } from "./prose";
import type { SeededRandom } from "./seeded-random";
import type { Genre } from "./vocabulary/genres";
import { pressures, type StorySlots } from "./vocabulary/story-lines";

/** How every document refers back to the premise's lead, place and hook. */
export function storySlots(premise: Premise, genre: Genre, random: SeededRandom): StorySlots {
  const place = premise.place ?? premise.locale ?? analyzePremise(genre.fallbackPlace).subject;
  return {
    lead: premise.subject ? shortReference(premise.subject) : genre.fallbackHero,
    place: place ? definiteReference(place) : genre.fallbackPlace,
    hook: premise.hook ? definiteReference(premise.hook) : random.pick(pressures[genre.id]),
  };
}

/** Where the show happens, as the author wrote it: "a remote Scottish island". */
export function placeAsWritten(premise: Premise, genre: Genre): string {
  const place = premise.placeText ?? premise.locale?.text;
  if (!place) {
    return genre.fallbackPlace;
  }
  const locale = premise.locale && !place.includes(premise.locale.text) ? ` in ${premise.locale.text}` : "";
  const mentionsEra = premise.era && `${place}${locale}`.includes(premise.era.split(" ")[0]!);
  const era = premise.era && !mentionsEra ? `, ${premise.era}` : "";
  return `${place}${locale}${era}`;
}

/** Nouns of the premise worth a title, most telling first: the lead's, then the hook's. */
export function premiseTitleNouns(premise: Premise): string[] {
  const phrases = [premise.subject, premise.hook, premise.place, ...premise.nouns];
  const nouns: string[] = [];
  for (const phrase of phrases) {
    if (!phrase || phrase.proper) {
      continue;
    }
    const words = titleNouns(phrase).filter((word) => !/^\p{Lu}/u.test(word));
    const compound = words.length >= 2 ? [words.slice(-2).join(" ")] : [];
    nouns.push(...compound, ...words);
  }
  return [...new Set(nouns.map((noun) => titleCase(noun)))];
}

/** Names in the premise ("Mars", "Sherlock Holmes") for when it offers no common nouns. */
export function premiseProperNames(premise: Premise): string[] {
  return [premise.subject, premise.place, premise.locale, ...premise.nouns]
    .filter((phrase) => phrase?.proper)
    .map((phrase) => capitalize(definiteReference(phrase!)));
}
