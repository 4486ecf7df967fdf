import type { EpisodeOutline } from "../../../shows/documents";
import type { TimeOfDay } from "../../../shows/episode-script";
import type { SeededRandom } from "./seeded-random";
import type { GenreId } from "./vocabulary/genres";
import { genreMoments } from "./vocabulary/script-moments";
import { genreSites, type Room, type Site, sites } from "./vocabulary/script-places";

/** Where and when the cold open happens. */
export interface ColdOpenSetting {
  /** The establishing shot's exterior. */
  vista: Room;
  /** Where the scene plays. */
  main: Room;
  /** An exterior of the same place for a scene that spills outside, or null. */
  outside: Room | null;
  timeOfDay: TimeOfDay;
  /** For lines: "Good evening", "Evening", "evening". */
  greeting: string;
  hello: string;
  partOfDay: string;
}

export interface SettingFacts {
  /** The premise, then the lead's summary and the blueprint's setting: earliest mention wins. */
  texts: readonly string[];
  /** The story's place and community ("the remote Scottish island", "Naples"). */
  place: string;
  community: string;
  genre: GenreId;
  forKids: boolean;
  episode: EpisodeOutline;
}

/** The site a text names first ("a bakery in Naples" is a bakery); null when it names none. */
function firstSiteIn(text: string): Site | null {
  let best: { site: Site; at: number; length: number } | null = null;
  for (const site of sites) {
    for (const key of site.keys) {
      const at = mentionIndex(text, key);
      if (at < 0) {
        continue;
      }
      if (!best || at < best.at || (at === best.at && key.length > best.length)) {
        best = { site, at, length: key.length };
      }
    }
  }
  return best?.site ?? null;
}

/** Where a whole word (or its plural) first appears, -1 when it does not: "inn" is not in "dinner". */
function mentionIndex(text: string, word: string): number {
  const match = new RegExp(`(^|[^\\p{L}\\p{N}])${word}(s|es)?(?![\\p{L}\\p{N}])`, "iu").exec(text);
  return match ? match.index + match[1]!.length : -1;
}

const timeWords: readonly [RegExp, TimeOfDay][] = [
  [/\b(night|nightfall|midnight|after dark|tonight)\b/i, "night"],
  [/\b(dawn|daybreak|first light|sunrise|morning)\b/i, "dawn"],
  [/\b(dusk|evening|sunset|twilight)\b/i, "dusk"],
];

const dayParts: Record<TimeOfDay, { greeting: string; hello: string; partOfDay: string }> = {
  dawn: { greeting: "Good morning", hello: "Morning", partOfDay: "morning" },
  day: { greeting: "Good afternoon", hello: "Afternoon", partOfDay: "afternoon" },
  dusk: { greeting: "Good evening", hello: "Evening", partOfDay: "evening" },
  night: { greeting: "Good evening", hello: "Evening", partOfDay: "night" },
};

/** The episode's own words set the hour; else the genre's; a children's show stays in daylight. */
function timeOf(facts: SettingFacts): TimeOfDay {
  const { episode } = facts;
  const outline = `${episode.title} ${episode.logline} ${episode.aPlot}`;
  const said = timeWords.find(([pattern]) => pattern.test(outline))?.[1];
  const time = said ?? genreMoments[facts.genre].timeOfDay;
  return facts.forKids && time === "night" ? "dusk" : time;
}

/** "City rooftops" over Naples reads "Naples rooftops". */
function vistaOf(site: Site, community: string): Room {
  const named = /^[A-Z]/.test(community) && !/^The\b/.test(community);
  const renamed = named && site.vista.startsWith("City ");
  const slug = renamed ? site.vista.replace("City", community) : site.vista;
  return {
    slug,
    noun: renamed ? slug : slug.charAt(0).toLowerCase() + slug.slice(1),
    interior: false,
  };
}

export function settingOf(facts: SettingFacts, random: SeededRandom): ColdOpenSetting {
  const named = facts.texts.map(firstSiteIn).find((site) => site !== null) ?? null;
  const work = named ?? genreSites[facts.forKids ? "family" : facts.genre];
  const around = firstSiteIn(facts.community) ?? firstSiteIn(facts.place) ?? work;
  const interiors = work.rooms.filter((room) => room.interior);
  const main = interiors.length > 0 ? random.pick(interiors) : work.rooms[0]!;
  const exteriors = work.rooms.filter((room) => !room.interior && room !== main);
  const timeOfDay = timeOf(facts);
  return {
    vista: vistaOf(around, facts.community),
    main,
    outside: exteriors.length > 0 ? random.pick(exteriors) : null,
    timeOfDay,
    ...dayParts[timeOfDay],
  };
}
