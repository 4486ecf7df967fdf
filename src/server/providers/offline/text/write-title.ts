import type { Premise } from "./premise-analysis";
import { titleCase } from "./prose";
import type { SeededRandom } from "./seeded-random";
import { premiseProperNames, premiseTitleHeads, premiseTitleNouns } from "./story-slots";
import type { Genre } from "./vocabulary/genres";
import { pressures } from "./vocabulary/story-lines";
import {
  genreTitlePatterns,
  pairTitlePatterns,
  properTitlePatterns,
  sharedTitlePatterns,
} from "./vocabulary/title-patterns";

const maxTitleLength = 60;

/**
 * An evocative title built from the premise's own nouns ("The Last Lighthouse"), so two
 * premises rarely share one and every title visibly belongs to its show.
 */
export function writeTitle(premise: Premise, genre: Genre, random: SeededRandom): string {
  const nouns = premiseTitleNouns(premise).filter((noun) => noun.length <= 24);
  if (nouns.length === 0) {
    const names = premiseProperNames(premise);
    if (names.length > 0) {
      return random.pick(properTitlePatterns)(random.pick(names));
    }
    // A premise of nothing but verbs and adjectives: borrow the genre's pressure.
    const pressure = random.pick(pressures[genre.key]).split(" ").at(-1)!;
    return random.pick(genreTitlePatterns[genre.key])({ main: titleCase(pressure), second: null });
  }
  const main = random.pick(nouns.slice(0, 3));
  const second =
    premiseTitleHeads(premise).find((noun) => !noun.includes(main) && !main.includes(noun)) ?? null;
  const title =
    second && random.chance(0.3)
      ? random.pick(pairTitlePatterns)(main, second)
      : random.pick([...genreTitlePatterns[genre.key], ...sharedTitlePatterns])({ main, second });
  return title.length <= maxTitleLength ? title : `The ${main}`;
}
