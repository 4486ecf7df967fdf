import type { EpisodeOutline } from "../../../shows/documents";
import type { TimeOfDay } from "../../../shows/episode-script";
import type { ScriptCastMember } from "../../types";
import type { Player } from "./script-cast";
import type { LineSlots } from "./script-lines";
import type { ColdOpenSetting } from "./script-setting";
import { voiceOf } from "./script-voices";
import type { SeededRandom } from "./seeded-random";
import { roleByLabel } from "./vocabulary/roles";
import type { GenreMoments } from "./vocabulary/script-moments";
import { genreSites, type Room, sites } from "./vocabulary/script-places";
import type { Prop } from "./vocabulary/script-props";
import { registers } from "./vocabulary/script-registers";
import type { TrailerSlots } from "./vocabulary/trailer-moments";
import { firstName } from "./write-cast";

/**
 * What the trailer writer decides once, before any shot is drafted: who is billed in what order
 * and in which voice, where the trailer plays, how many words a 30 s or 60 s trailer allows, and
 * the one seeded random every beat draws from, so the same show always gives the same trailer.
 */

/** Words a trailer line may run to: a 30 s trailer has no time for speeches. */
export const lineWords = { 30: 7, 60: 10 } as const;
/** Words the voice-over may run to in one shot (an 8 s shot holds about 19). */
export const voiceOverWords = { 30: 16, 60: 19 } as const;
/** Characters who get a shot each; a bigger cast shares group shots after the lead's own. */
export const soloShots = { 30: 3, 60: 5 } as const;

export interface TrailerPlan {
  seconds: 30 | 60;
  players: readonly Player[];
  setting: ColdOpenSetting;
  /** Where scenes play besides the vista: the main room first. */
  rooms: readonly Room[];
  moments: GenreMoments;
  slots: TrailerSlots;
  lineSlots: LineSlots;
  prop: Prop;
  title: string;
  /** The blueprint's setting, sentence by sentence: the show's own words for its world. */
  settingSentences: readonly string[];
  logline: string;
  episodes: readonly EpisodeOutline[];
  /** The hour the world is shown at before the trouble; the trouble keeps the setting's hour. */
  calm: TimeOfDay;
  /** Lines already said: nobody says the same line twice in one trailer. */
  used: Set<string>;
  random: SeededRandom;
}

/** The cast, lead first, then the deuteragonist and antagonist, then everyone else in order. */
export function castTrailer(
  cast: readonly ScriptCastMember[],
  forKids: boolean,
  random: SeededRandom,
): Player[] {
  const roleOf = (member: ScriptCastMember) => roleByLabel(member.seed.role)?.id;
  const ranked = [
    ...new Set([
      cast.find((member) => roleOf(member) === "lead") ?? cast[0]!,
      ...cast.filter((member) => roleOf(member) === "deuteragonist"),
      ...cast.filter((member) => roleOf(member) === "antagonist"),
      ...cast,
    ]),
  ];
  // Fallback registers are spread over the cast so two undescribed voices still differ.
  const spread = random.shuffle(registers);
  return ranked.map((member) => ({
    id: member.id,
    first: firstName(member.seed.name),
    full: member.seed.name.trim(),
    voice: voiceOf(member.dossier, spread[cast.indexOf(member) % spread.length]!, forKids),
    trait: null,
  }));
}

/** Every room of the place the setting chose, the main one first. */
export function roomsOf(setting: ColdOpenSetting, random: SeededRandom): Room[] {
  const site = [...sites, ...Object.values(genreSites)].find((entry) =>
    entry.rooms.includes(setting.main),
  );
  const others = (site?.rooms ?? []).filter((room) => room !== setting.main);
  return [setting.main, ...random.shuffle(others)];
}

/** Draws from each list without repeating until it runs out: no action twice in a trailer. */
export function createDeck(random: SeededRandom) {
  const decks = new Map<readonly unknown[], unknown[]>();
  return <T>(items: readonly T[]): T => {
    let deck = decks.get(items);
    if (!deck || deck.length === 0) {
      deck = random.shuffle(items);
      decks.set(items, deck);
    }
    return deck.shift() as T;
  };
}

export type Deck = ReturnType<typeof createDeck>;
