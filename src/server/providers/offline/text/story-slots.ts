import { definiteReference, isAdjectiveLike, isPersonLike, titleNouns } from "./noun-phrase";
import { analyzePremise, type Premise } from "./premise-analysis";
import { capitalize, indefinite, singularize, titleCase } from "./prose";
import { createSeededRandom } from "./seeded-random";
import type { Genre } from "./vocabulary/genres";
import type { RoleId } from "./vocabulary/roles";
import { pressures, type StorySlots } from "./vocabulary/story-lines";

/** How every document refers back to the premise's lead, place and hook. */
export function storySlots(premise: Premise, genre: Genre): StorySlots {
  // Its own seed: every document of the show must name the same hook.
  const random = createSeededRandom(premise.text, "story-slots");
  const place = premise.place ?? premise.locale ?? analyzePremise(genre.fallbackPlace).nouns[0];
  const named = premise.named.find((character) => character.isLead);
  const leadPlural = !named && (premise.subject?.plural ?? false);
  const pronouns = leadPlural ? "they/them" : (premise.leadPronouns ?? "they/them");
  const forms = {
    "she/her": ["her", "her"],
    "he/him": ["him", "his"],
    "they/them": ["them", "their"],
  };
  const [leadObject, leadPossessive] = forms[pronouns];
  return {
    lead:
      named?.first ?? (premise.subject ? definiteReference(premise.subject) : genre.fallbackHero),
    leadPlural,
    leadObject: leadObject!,
    leadPossessive: leadPossessive!,
    place: place ? definiteReference(place) : genre.fallbackPlace,
    placePlural: place?.plural ?? false,
    community: premise.locale
      ? definiteReference(premise.locale)
      : place
        ? definiteReference(place)
        : genre.fallbackPlace,
    hook: premise.hook ? definiteReference(premise.hook) : random.pick(pressures[genre.key]),
    hookPlural: premise.hook?.plural ?? false,
  };
}

/** Where the show happens, as the author wrote it: "a remote Scottish island". */
export function placeAsWritten(premise: Premise, genre: Genre): string {
  // "the Moon's" of "the Moon's only spaceport" is still the Moon.
  const place = (premise.placeText ?? premise.locale?.text)?.replace(/['’]s$/, "");
  if (!place) {
    return genre.fallbackPlace;
  }
  const locale =
    premise.locale && !place.includes(premise.locale.text) ? ` in ${premise.locale.text}` : "";
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
    const words = titleNouns(phrase).filter(
      (word) => !/^\p{Lu}/u.test(word) && !isAdjectiveLike(word),
    );
    const compound = words.length >= 2 ? [words.slice(-2).join(" ")] : [];
    nouns.push(...compound, ...words);
  }
  return [...new Set(nouns.map((noun) => titleCase(noun)))];
}

/** Head nouns only ("Keeper", "Fog"): the second noun of "The Keeper and the Fog". */
export function premiseTitleHeads(premise: Premise): string[] {
  const heads = [premise.subject, premise.hook, premise.place, ...premise.nouns]
    .filter((phrase) => phrase && !phrase.proper)
    .map((phrase) => titleNouns(phrase!).at(-1))
    .filter(
      (head): head is string =>
        head !== undefined && !/^\p{Lu}/u.test(head) && !isAdjectiveLike(head),
    );
  return [...new Set(heads.map((head) => titleCase(head)))];
}

/** Names in the premise ("Mars", "Sherlock Holmes") for when it offers no common nouns. */
export function premiseProperNames(premise: Premise): string[] {
  return [premise.subject, premise.place, premise.locale, ...premise.nouns]
    .filter((phrase) => phrase?.proper)
    .map((phrase) => capitalize(definiteReference(phrase!)));
}

const onPlaces = new Set([
  "island",
  "ship",
  "starship",
  "spaceship",
  "boat",
  "station",
  "planet",
  "moon",
  "farm",
  "ranch",
  "estate",
  "coast",
  "street",
  "frontier",
  "mountain",
  "train",
  "asteroid",
  "reef",
  "mars",
  "venus",
  "earth",
  "jupiter",
  "saturn",
  "pluto",
  "archipelago",
  "road",
  "hill",
]);

/** "on the island", "in the bakery", "on Mars". */
export function atPlace(place: string): string {
  const head = place.split(" ").at(-1)!.toLowerCase();
  return `${onPlaces.has(head) ? "on" : "in"} ${place}`;
}

/** The lead as the premise describes them: "a retired lighthouse keeper". */
export function leadIdentity(premise: Premise, genre: Genre): string {
  const subject = premise.subject;
  if (!subject || subject.proper) {
    return genre.fallbackHero;
  }
  if (!subject.plural) {
    return subject.determiner ? subject.text : `${indefinite(subject.bare)} ${subject.bare}`;
  }
  const counted = subject.determiner && /^(two|three|four|five)$/i.test(subject.determiner);
  return `one of the ${counted ? `${subject.determiner!.toLowerCase()} ` : ""}${subject.bare}`;
}

/** The deuteragonist's identity when the premise is about a pair or a group. */
export function partnerIdentity(premise: Premise): string | null {
  const subject = premise.subject;
  if (!subject?.plural || subject.proper) {
    return null;
  }
  const pair = subject.determiner?.toLowerCase() === "two";
  return pair ? `the other ${singularize(subject.head)}` : `another of the ${subject.bare}`;
}

const ageWords: readonly [RegExp, readonly [number, number]][] = [
  [
    /\b(retired|elderly|old|aging|ageing|grandmother|grandfather|grandma|grandpa|pensioner|veteran)\b/i,
    [62, 76],
  ],
  [/\bmiddle-aged\b/i, [45, 56]],
  [/\b(teenage|teen|teenager|student|young)\b/i, [15, 19]],
];

/** The lead's age range: the premise's own words ("a retired keeper") outrank the genre. */
export function leadAgeRange(premise: Premise, style: { genre: Genre; forKids: boolean }) {
  const described = premise.subject?.text ?? "";
  const match = ageWords.find(([pattern]) => pattern.test(described));
  if (style.forKids) {
    return [8, 12] as const;
  }
  return match?.[1] ?? style.genre.leadAge;
}

/**
 * When the premise's hook is a person ("the food critic", "a railroad baron"), the cast plays
 * them: the love interest in a love story, else the antagonist.
 */
export function hookCharacter(premise: Premise): { role: RoleId; job: string } | null {
  const hook = premise.hook;
  if (!hook || hook.plural || hook.proper || !isPersonLike(hook)) {
    return null;
  }
  const inLove = /\b(falls? for|falling for|in love|crush on|romance|romantic)\b/i.test(
    premise.text,
  );
  const plain = hook.determiner && /^(a|an|the)$/i.test(hook.determiner);
  return {
    role: inLove ? "love-interest" : "antagonist",
    job: plain ? hook.text : definiteReference(hook),
  };
}
