import { agree, capitalize } from "../prose";
import type { GenreKey } from "./genres";

/** The premise's own people and things, as the writers refer back to them. */
export interface StorySlots {
  /** "the lighthouse keeper", "the two sisters", or the name the premise gives: "Jonah". */
  lead: string;
  leadPlural: boolean;
  /** "her", "him", "them": how a line refers back to the lead. */
  leadObject: string;
  /** "her", "his", "their". */
  leadPossessive: string;
  /** "the island", "Mars". */
  place: string;
  placePlural: boolean;
  /** The people around the place: "Naples" for a bakery in Naples, else the place itself. */
  community: string;
  /** What the lead runs into: "the fog". */
  hook: string;
  hookPlural: boolean;
}

export type StoryLine = (slots: StorySlots) => string;

/**
 * What is at stake, as the predicate of the logline: the lead, introduced in the premise's own
 * noun phrases, comes before it ("A retired lighthouse keeper on a remote Scottish island" +
 * "must learn …"). Modal verbs only, so a plural lead ("Two estranged sisters") still agrees.
 */
export const stakes: Record<GenreKey, readonly StoryLine[]> = {
  comedy: [
    (s) => `must keep ${s.place} afloat without anyone finding out how`,
    () => `will have to fake competence long enough to make it real`,
    (s) => `must deal with ${s.hook}, and every attempt to fix things only makes it worse`,
  ],
  horror: [
    (s) => `must learn the truth about ${s.hook} before ${s.place} pays the old price again`,
    (s) => `will have to choose between warning ${s.community} and keeping its oldest bargain`,
    (s) => `must survive one long season of ${s.hook}, and the only way through is to listen`,
  ],
  "science-fiction": [
    (s) => `must work out what ${s.hook} really means before the people running ${s.place} do`,
    (s) => `will have to decide whether ${s.place} is worth saving from itself`,
    (s) =>
      `must follow one impossible signal, even if it means questioning everything ${s.place} was built on`,
  ],
  mystery: [
    (s) => `must untangle what really happened before ${s.community} closes ranks`,
    (s) => `will find that every answer points back at someone ${s.community} swore to protect`,
    (s) => `will have to follow ${s.hook} into secrets that were buried on purpose`,
  ],
  fantasy: [
    (s) => `must master a power nobody asked for before ${s.place} pays for it`,
    (s) => `will have to decide what to trade when an old bargain wakes over ${s.hook}`,
    (s) => `must cross into the world behind ${s.place} to mend what was broken`,
  ],
  noir: [
    (s) => `must play every side of ${s.community} to stay alive long enough to get out`,
    (s) => `will be dragged by one last favour into a debt that ${s.community} never forgives`,
    (s) => `will learn that in ${s.community} the truth is just another thing for sale`,
  ],
  drama: [
    (s) =>
      `must face what was left unsaid before ${s.place} is sold out from under ${s.leadObject}`,
    (s) => `must keep ${s.hook} from tearing everyone apart as old wounds reopen`,
    () => `will have one season to decide what is worth staying for`,
  ],
  romance: [
    () => `must decide whether love is worth rearranging a carefully planned life`,
    () => `will discover that the worst possible timing can be the best thing that ever happened`,
    (s) =>
      `will have to risk the gossip of ${s.community}, a great deal of pride and one very good excuse to stay`,
  ],
  adventure: [
    (s) => `must race rivals, storms and a ticking clock across ${s.place}`,
    (s) => `will need a crew of misfits to survive the journey that ${s.hook} demands`,
    (s) => `must go beyond ${s.place}, where the treasure is the least dangerous thing waiting`,
  ],
  family: [
    (s) => `must team up with the most unlikely friends to save ${s.place}`,
    () => `will learn that being small is no reason to think small`,
    () => `must face a brand-new problem every day, with a brand-new plan to fix it`,
  ],
  thriller: [
    (s) => `must find out who is behind ${s.hook} before the people hunting ${s.leadObject} do`,
    (s) => `will have to decide how much of the truth about ${s.hook} is worth dying for`,
    (s) => `must expose ${s.hook} or vanish trying, as every door in ${s.place} closes`,
  ],
  western: [
    (s) => `must hold ${s.place} together against ${s.hook} with little more than nerve`,
    (s) =>
      `will have to choose between the law and what is right before ${s.hook} reaches ${s.place}`,
    (s) => `must stand up to ${s.hook} when everyone else in ${s.place} has learned to look away`,
  ],
};

/** A heist is its own kind of stake, whatever the genre around it. */
export const heistStakes: readonly StoryLine[] = [
  (s) => `must pull off one perfect heist at ${s.place} before anyone notices the plan`,
  () => `will have to steal the unstealable, with a plan held together by luck and string`,
  () => `must pull off the job of a lifetime without tripping a single alarm or each other`,
];

export const taglines: Record<GenreKey, readonly StoryLine[]> = {
  comedy: [
    () => "Nobody said it would work. Nobody said it would be this loud.",
    () => "Fake it till you break it.",
    () => "Same time next week. Same mess, bigger.",
  ],
  horror: [
    () => "Some things are waiting to be noticed.",
    (s) => `Nothing leaves ${s.place}. Not even the dead.`,
    () => "Listen closely. It already is.",
  ],
  "science-fiction": [
    () => "The future has a night shift.",
    (s) => `Out past ${s.place}, the signal is getting stronger.`,
    () => "Every frontier has a price. Someone always pays it.",
  ],
  mystery: [
    () => "Everyone has an alibi. Nobody has the truth.",
    (s) => `In ${s.place}, the past keeps its own records.`,
    () => "Follow the clues. Mind the company.",
  ],
  fantasy: [
    () => "Every spell has a price. Every price has a name.",
    () => "The old stories were warnings.",
    (s) => `Beyond ${s.place}, the map runs out and the magic begins.`,
  ],
  noir: [
    () => "Every way out costs more than the way in.",
    (s) => `${capitalize(s.place)} ${agree(s.placePlural, "keeps", "keep")} the change.`,
    () => "Trust is a currency. Spend it carefully.",
  ],
  drama: [
    () => "You can go home again. It just won't let you leave.",
    () => "What we inherit, we carry.",
    () => "Some seasons change everything.",
  ],
  romance: [
    () => "Worst timing. Best thing.",
    () => "Falling was never the plan.",
    () => "Some people are worth staying for.",
  ],
  adventure: [
    () => "Fortune favours the foolish.",
    () => "The map was only the beginning.",
    (s) => `Beyond ${s.place}, everything is a dare.`,
  ],
  family: [
    () => "Small heroes. Big ideas.",
    () => "Every day is an adventure if you look closely.",
    () => "Friends fix everything. Eventually.",
  ],
  thriller: [
    () => "Trust no one. Especially the truth.",
    () => "The clock started the moment you noticed.",
    () => "Someone is always listening.",
  ],
  western: [
    () => "Out here, the law is whoever is still standing.",
    () => "This town was built on promises. Most of them were lies.",
    () => "Every trail ends somewhere.",
  ],
};

/** What pushes back when the premise names no hook of its own. */
export const pressures: Record<GenreKey, readonly string[]> = {
  comedy: ["the surprise inspection", "the rival across the street", "the scheme that cannot fail"],
  horror: [
    "the thing under the floorboards",
    "the knocking that started last winter",
    "the old custom",
  ],
  "science-fiction": ["the signal", "the failing reactor", "the corporation that owns the air"],
  mystery: ["the missing ledger", "the locked room", "the death nobody will call murder"],
  fantasy: ["the waking curse", "the broken oath", "the hunger beneath the mountain"],
  noir: ["the ledger everyone wants", "the syndicate", "the last job"],
  drama: ["the will", "the family secret", "the debt nobody mentions"],
  romance: ["the wedding", "the old grudge", "the one-way ticket"],
  adventure: ["the lost map", "the rival expedition", "the storm season"],
  family: ["the big contest", "the grumpy neighbour", "the great storm"],
  thriller: ["the leaked file", "the man in the grey car", "the deadline nobody explained"],
  western: ["the railroad baron", "the drought", "the outlaw gang on the ridge"],
};
