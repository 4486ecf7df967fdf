import type { GenreId } from "./genres";

/** The premise's own people and things, as the writers refer back to them. */
export interface StorySlots {
  /** "the lighthouse keeper", "the two sisters". */
  lead: string;
  /** "the island", "Mars". */
  place: string;
  /** The people around the place: "Naples" for a bakery in Naples, else the place itself. */
  community: string;
  /** What the lead runs into: "the fog". */
  hook: string;
}

export type StoryLine = (slots: StorySlots) => string;

/**
 * What is at stake, written to follow "When <premise>," or to stand as a sentence of its own.
 * Modal verbs only ("must", "will"), so a plural lead ("the two sisters") still agrees.
 */
export const stakes: Record<GenreId, readonly StoryLine[]> = {
  comedy: [
    (s) => `${s.lead} must keep ${s.place} afloat without anyone finding out how`,
    (s) => `${s.lead} will have to fake competence long enough to make it real`,
    (s) => `every attempt to fix things only makes ${s.hook} more of a problem`,
  ],
  horror: [
    (s) =>
      `${s.lead} must learn the truth about ${s.hook} before ${s.place} pays the old price again`,
    (s) =>
      `${s.lead} will have to choose between warning ${s.place} and keeping its oldest bargain`,
    (s) => `the only way to survive the season is to start listening to ${s.hook}`,
  ],
  "science-fiction": [
    (s) =>
      `${s.lead} must work out what ${s.hook} really is before the people running ${s.place} do`,
    (s) => `${s.lead} will have to decide whether ${s.place} is worth saving from itself`,
    (s) =>
      `one impossible signal will force ${s.lead} to question everything ${s.place} was built on`,
  ],
  mystery: [
    (s) => `${s.lead} must untangle what really happened before ${s.place} closes ranks`,
    (s) => `every answer will point ${s.lead} back at someone ${s.place} swore to protect`,
    (s) => `${s.lead} will have to follow ${s.hook} into secrets that were buried on purpose`,
  ],
  fantasy: [
    (s) => `${s.lead} must master a power nobody asked for before ${s.place} pays for it`,
    (s) => `an old bargain wakes, and ${s.lead} will have to decide what to trade for ${s.hook}`,
    (s) => `${s.lead} must cross into the world behind ${s.place} to mend what was broken`,
  ],
  noir: [
    (s) => `${s.lead} must play every side of ${s.place} to stay alive long enough to get out`,
    (s) => `one last favour drags ${s.lead} into a debt that ${s.place} never forgives`,
    (s) => `${s.lead} will learn that in ${s.place} the truth is just another thing for sale`,
  ],
  drama: [
    (s) => `${s.lead} must face what was left unsaid before ${s.place} is sold out from under them`,
    (s) => `old wounds reopen, and ${s.lead} must keep ${s.hook} from tearing everyone apart`,
    (s) => `${s.lead} will have one season to decide what is worth staying for`,
  ],
  romance: [
    (s) => `${s.lead} must decide whether love is worth rearranging a carefully planned life`,
    (s) => `the worst possible timing becomes the best thing that ever happened to ${s.lead}`,
    (s) =>
      `${s.lead} will have to risk ${s.place}'s gossip, pride and one very good excuse to stay`,
  ],
  adventure: [
    (s) => `${s.lead} must race rivals, storms and a ticking clock across ${s.place}`,
    (s) => `${s.lead} will need a crew of misfits to survive the journey ${s.hook} demands`,
    (s) => `the treasure turns out to be the least dangerous thing waiting beyond ${s.place}`,
  ],
  family: [
    (s) => `${s.lead} must team up with the most unlikely friends to save ${s.place}`,
    (s) => `${s.lead} will learn that being small is no reason to think small`,
    () => `every day brings a brand-new problem and a brand-new plan to fix it`,
  ],
};

export const taglines: Record<GenreId, readonly StoryLine[]> = {
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
    (s) => `${s.place} keeps the change.`,
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
};

/** What pushes back when the premise names no hook of its own. */
export const pressures: Record<GenreId, readonly string[]> = {
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
};
