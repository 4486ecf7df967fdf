import type { GenreKey } from "./genres";
import type { CharacterSlots } from "./roles";

/** A past event, finishing "the year …" or "when …". */
export const pastEvents: Record<GenreKey | "any", readonly string[]> = {
  any: [
    "the money disappeared",
    "a stranger came to stay and never left",
    "the family business went under",
    "a loved one walked out without a word",
    "the lights went out for a whole week",
  ],
  comedy: ["the office flooded during the Christmas party", "the viral video happened"],
  horror: ["the children stopped singing in church", "the harbour froze solid in an hour"],
  "science-fiction": ["the relay went silent", "the first colony ship failed to arrive"],
  mystery: ["the heiress vanished from a locked room", "the vicar's ledger went missing"],
  fantasy: ["the old king's oath broke", "the river spirits went quiet"],
  noir: ["the Marconi job went wrong", "the mayor's nephew was found in the canal"],
  drama: ["the mill closed", "the river flooded the lower town"],
  romance: ["the wedding was called off at the altar", "the summer festival burned down"],
  adventure: ["the Albatross went down with all hands", "the map was stolen"],
  family: ["the big storm knocked down the treehouse", "the class hamster escaped"],
  thriller: ["the leak was traced to the wrong desk", "the embassy went dark for a night"],
  western: ["the railroad came through", "the drought killed the herd"],
};

export type BackstoryLine = (c: CharacterSlots, event: string) => string;

export const backstories: readonly BackstoryLine[] = [
  (c, event) =>
    `Born ${c.at}, ${c.first} left at eighteen swearing never to come back, and came back anyway the year ${event}.`,
  (c, event) =>
    `${c.first} has lived ${c.at} for as long as anyone can remember; the only time ${c.pronouns.subject} ever left was the year ${event}.`,
  (c, event) =>
    `${c.first} arrived ${c.at} twelve winters ago with one suitcase, a name ${c.they("has", "have")} never fully explained and a fierce opinion about the year ${event}.`,
  (c, event) =>
    `${c.first} was everyone's golden child until ${event}; ever since, ${c.they("has", "have")} been rebuilding a reputation one favour at a time.`,
  (c) =>
    `${c.first} spent a decade working far from ${c.place} and came home with savings, a limp and no intention of discussing either.`,
  (c, event) =>
    `The night ${event}, ${c.first} was the only one who saw what really happened, and has carried it alone ever since.`,
  (c) =>
    `${c.first} grew up in the shadow of a famous parent and has spent a lifetime trying to be remembered for something else.`,
  (c, event) =>
    `${c.first} keeps a shoebox of letters from someone who stopped writing the year ${event}.`,
  (c) =>
    `Raised by a grandmother who ran ${c.place}'s unofficial lost-and-found, ${c.first} learned early that everything, and everyone, turns up eventually.`,
  (c, event) =>
    `${c.first} made one bad decision the year ${event} and has spent every year since making careful, sensible ones.`,
];

export const kidsBackstories: readonly BackstoryLine[] = [
  (c) =>
    `${c.first} moved to ${c.place} last spring and still keeps the key to the old house in a pocket, just in case.`,
  (c, event) => `${c.first} has been keeping a secret diary ever since ${event}, with diagrams.`,
  (c) =>
    `${c.first} is the youngest of five and has learned to be very loud or very sneaky, depending.`,
  (c, event) =>
    `${c.first} was a hero for exactly one afternoon, the day ${event}, and would like that to happen again.`,
  (c) =>
    `${c.first} has lived ${c.at} forever and knows every hiding place, three of which are secret.`,
  (c) => `${c.first} lives with a grandparent who tells tall tales, and believes every single one.`,
];

export const flaws: readonly string[] = [
  "Cannot ask for help, even while drowning in it",
  "Lies when the truth would be easier",
  "Keeps score of every kindness and every slight",
  "Mistakes stubbornness for principle",
  "Trusts the wrong people first and the right people last",
  "Would rather be right than happy",
  "Runs at the first sign of being needed",
  "Collects grudges like stamps",
  "A terrible liar in a life that keeps requiring lies",
  "Cannot leave a mystery alone, even a dangerous one",
  "Says yes to everything and finishes nothing",
  "Believes the worst of everyone, including the face in the mirror",
  "Treats every kindness as a debt to be repaid at once",
  "Fills every silence and says too much",
  "Dresses jealousy up as concern",
  "Needs to be the smartest person in the room",
];

export const kidsFlaws: readonly string[] = [
  "Gets bored halfway through every plan",
  "Cannot keep a secret for longer than a minute",
  "Hates losing, even at snap",
  "Too proud to say sorry first",
  "Acts first, thinks much later",
  "Bosses everyone around when nervous",
  "Gives up the moment something looks hard",
  "Tells fibs to make stories better",
];

export const voiceQualities: readonly string[] = [
  "Low and unhurried, with a burr that thickens when angry",
  "Quick, clipped and precise",
  "Warm and musical, prone to humming mid-sentence",
  "Hoarse from years of shouting over engines",
  "Soft-spoken, so people lean in without noticing",
  "Loud and bright, all exclamation marks",
  "Dry as toast, every joke delivered deadpan",
  "Careful and formal, as if every sentence were being minuted",
  "Breathless and fast, tripping over good ideas",
  "Gravelly, with long pauses that make people nervous",
  "Sing-song and teasing",
  "Flat and tired until something matters, then fierce",
];

export const voiceHabits: readonly string[] = [
  "calls everyone 'pet'",
  "answers questions with questions",
  "never finishes a sentence that starts with 'Look,'",
  "quotes old almanacs at the worst moments",
  "says 'right then' before every bad decision",
  "counts under the breath when stressed",
  "apologises to furniture",
  "uses full names when angry",
  "swears creatively in two languages",
  "narrates every move out loud when nervous",
  "ends arguments with proverbs nobody has heard of",
  "laughs a beat before the punchline of every joke",
];

export const generalTraits: readonly string[] = [
  "curious",
  "proud",
  "funny",
  "anxious",
  "generous",
  "secretive",
  "impulsive",
  "meticulous",
  "romantic",
  "cynical",
  "kind",
  "restless",
];

/** How the backstory's event is chosen: the genre's own first, then ordinary misfortunes. */
export function eventsFor(genre: GenreKey): readonly string[] {
  return [...pastEvents[genre], ...pastEvents.any];
}
