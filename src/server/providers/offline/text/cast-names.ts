import { de, en, en_IN, en_NG, es, fr, it, type LocaleDefinition, pt_BR } from "@faker-js/faker";
import { neutralFirstNames, pronounsFor } from "./pronouns";
import type { SeededRandom } from "./seeded-random";

export type Sex = "female" | "male" | "neutral";

/** Premise words that suggest where the cast's names come from. */
const localeHints: readonly [RegExp, LocaleDefinition][] = [
  [/\b(ital\w*|naples|rome|roman|sicil\w*|venice|venetian|milan|florence|tuscan\w*)\b/i, it],
  [/\b(france|french|paris\w*|marseille|provence|lyon)\b/i, fr],
  [/\b(spain|spanish|madrid|barcelona|mexic\w*|argentin\w*|havana|cuba\w*|colombia\w*)\b/i, es],
  [/\b(german\w*|berlin|munich|hamburg|bavaria\w*|austria\w*|vienna)\b/i, de],
  [/\b(brazil\w*|rio|são paulo|sao paulo|lisbon|portug\w*)\b/i, pt_BR],
  [/\b(india\w*|mumbai|delhi|bollywood|bengal\w*|kolkata|chennai)\b/i, en_IN],
  [/\b(nigeria\w*|lagos|abuja|yoruba|igbo)\b/i, en_NG],
];

function definitionsFor(premise: string): LocaleDefinition[] {
  const hinted = localeHints.find(([pattern]) => pattern.test(premise))?.[1];
  // A named place gets mostly local names, with a few outsiders as any real town has.
  return hinted ? [hinted, hinted, hinted, en] : [en];
}

function firstNames(locale: LocaleDefinition, sex: Exclude<Sex, "neutral">): readonly string[] {
  const names = locale.person?.first_name;
  return names?.[sex] ?? names?.generic ?? en.person!.first_name!.generic!;
}

function lastNames(locale: LocaleDefinition): readonly string[] {
  return locale.person?.last_name?.generic ?? en.person!.last_name!.generic!;
}

/**
 * `count` distinct full names, no first or last name used twice, each one read back by
 * `pronounsFor` exactly as intended so the dossier written later agrees with the cast.
 * `fixed` pins the sex of the first names, for premises about "two sisters".
 */
export function castNames(
  random: SeededRandom,
  premise: string,
  count: number,
  fixed: readonly Sex[] = [],
): string[] {
  const definitions = definitionsFor(premise);
  const usedFirst = new Set<string>();
  const usedLast = new Set<string>();
  const names: string[] = [];
  for (let attempt = 0; names.length < count && attempt < count * 50; attempt++) {
    const chosen: Sex = random.chance(0.12) ? "neutral" : random.pick(["female", "male"] as const);
    const sex = fixed[names.length] ?? chosen;
    const locale = random.pick(definitions);
    const first =
      sex === "neutral" ? random.pick(neutralFirstNames) : random.pick(firstNames(locale, sex));
    const last = random.pick(lastNames(locale));
    const wanted = { female: "she/her", male: "he/him", neutral: "they/them" }[sex];
    const clean = /^[\p{L}'-]+$/u.test(first) && /^[\p{L}' -]+$/u.test(last);
    if (
      usedFirst.has(first) ||
      usedLast.has(last) ||
      !clean ||
      pronounsFor(first).label !== wanted
    ) {
      continue;
    }
    usedFirst.add(first);
    usedLast.add(last);
    names.push(`${first} ${last}`);
  }
  return names;
}
