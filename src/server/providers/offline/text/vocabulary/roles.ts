import type { Pronouns } from "../pronouns";

export type RoleId =
  | "lead"
  | "deuteragonist"
  | "antagonist"
  | "mentor"
  | "love-interest"
  | "comic-relief"
  | "wildcard"
  | "rival"
  | "confidant"
  | "newcomer"
  | "sidekick";

/** Everything a character line may mention; every value is already a finished phrase. */
export interface CharacterSlots {
  first: string;
  pronouns: Pronouns;
  /** What they are: "a retired lighthouse keeper", "the harbourmaster". */
  job: string;
  /** The lead's first name. */
  lead: string;
  /** "on the island", "in Chicago". */
  at: string;
  place: string;
  hook: string;
}

export type CharacterLine = (c: CharacterSlots) => string;

export interface Role {
  id: RoleId;
  label: string;
  summaries: readonly CharacterLine[];
  traits: readonly string[];
  motivations: readonly CharacterLine[];
  /** Years added to a lead's age: mentors are older, newcomers younger. */
  ageOffset: readonly [number, number];
}

/** Cast order: a cast of three is lead, deuteragonist and antagonist. */
export const roles: readonly Role[] = [
  {
    id: "lead",
    label: "lead",
    summaries: [
      (c) =>
        `${c.first} is ${c.job}, the first to understand that ${c.hook} changes everything ${c.at} and the last person anyone would choose to deal with it.`,
      (c) =>
        `${c.first} is ${c.job} who has spent years keeping ${c.pronouns.possessive} head down ${c.at}, until ${c.hook} makes that impossible.`,
      (c) =>
        `${c.first} is ${c.job}: stubborn enough to stay ${c.at} when anyone sensible would leave, and curious enough to follow ${c.hook} wherever that leads.`,
    ],
    traits: [
      "stubborn",
      "observant",
      "secretly tender",
      "quick to take the blame",
      "dryly funny",
      "brave by accident",
    ],
    motivations: [
      (c) => `To protect what is left of ${c.place} without admitting how much it matters`,
      (c) => `To find out the truth about ${c.hook} before someone else decides what it means`,
      (c) => `To prove, mostly to ${c.pronouns.reflexive}, that it is not too late to start over`,
    ],
    ageOffset: [0, 0],
  },
  {
    id: "deuteragonist",
    label: "deuteragonist",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is ${c.lead}'s oldest ally and the steadier half of every plan, even when the plan is terrible.`,
      (c) =>
        `${c.first} is ${c.job} who gets dragged into ${c.lead}'s business with ${c.hook} and turns out to be the one who keeps everyone alive.`,
      (c) =>
        `${c.first}, ${c.job}, knows every shortcut ${c.at} and shares ${c.lead}'s suspicions, if none of ${c.lead}'s patience.`,
    ],
    traits: [
      "loyal",
      "practical",
      "sharp-tongued",
      "steady under pressure",
      "protective",
      "impatient",
    ],
    motivations: [
      (c) => `To keep ${c.lead} from doing something unforgivable`,
      (c) => `To finally be treated as a partner, not a sidekick`,
      (c) =>
        `To keep the promise ${c.pronouns.subject} made the last time things went wrong ${c.at}`,
    ],
    ageOffset: [-4, 6],
  },
  {
    id: "antagonist",
    label: "antagonist",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, wants ${c.hook} for ${c.pronouns.possessive} own ends and is charming enough that half of ${c.place} would help.`,
      (c) =>
        `${c.first} is ${c.job} who has quietly run things ${c.at} for years and sees ${c.lead} as a problem to be managed.`,
      (c) =>
        `${c.first}, ${c.job}, knew about ${c.hook} long before anyone else and has been making a profit from the silence.`,
    ],
    traits: ["charming", "patient", "ruthless", "sure of being the hero", "meticulous", "wounded"],
    motivations: [
      (c) => `To keep control of ${c.place}, whatever it costs the people in it`,
      (c) => `To own ${c.hook} before anyone else understands what it is worth`,
      (c) => `To make ${c.lead} pay for an old humiliation nobody else remembers`,
    ],
    ageOffset: [4, 16],
  },
  {
    id: "mentor",
    label: "mentor",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, has seen ${c.hook} once before and never talks about what it cost.`,
      (c) =>
        `${c.first} is ${c.job} who teaches ${c.lead} the rules ${c.at}, then admits which ones ${c.pronouns.subject} broke.`,
      (c) =>
        `${c.first}, ${c.job}, offers ${c.lead} strong tea, worse advice and the one warning that matters.`,
    ],
    traits: ["wry", "weathered", "secretive", "generous", "unflappable", "regretful"],
    motivations: [
      (c) => `To make sure ${c.lead} does not repeat ${c.pronouns.possessive} mistake`,
      (c) => `To put right the thing ${c.pronouns.subject} let happen ${c.at} decades ago`,
      (c) => `To pass on what ${c.pronouns.subject} knows before it is lost for good`,
    ],
    ageOffset: [18, 30],
  },
  {
    id: "love-interest",
    label: "love interest",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, arrives ${c.at} at exactly the wrong moment and becomes the person ${c.lead} cannot stop thinking about.`,
      (c) =>
        `${c.first} is ${c.job} whose easy warmth hides a connection to ${c.hook} that could ruin everything.`,
      (c) =>
        `${c.first}, ${c.job}, disagrees with ${c.lead} about almost everything and is right about half of it.`,
    ],
    traits: ["warm", "guarded", "playful", "principled", "restless", "disarmingly honest"],
    motivations: [
      (c) => `To build a life ${c.at} that is finally ${c.pronouns.possessive} own`,
      (c) => `To keep ${c.pronouns.possessive} secret about ${c.hook} without losing ${c.lead}`,
      (c) => `To be chosen, for once, over the job`,
    ],
    ageOffset: [-3, 4],
  },
  {
    id: "comic-relief",
    label: "comic relief",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, has a theory about ${c.hook} for every day of the week and is, infuriatingly, occasionally right.`,
      (c) => `${c.first} is ${c.job} who treats every crisis ${c.at} as a business opportunity.`,
      (c) =>
        `${c.first}, ${c.job}, is the worst possible person to keep a secret and the best possible person to have in a crisis.`,
    ],
    traits: ["irrepressible", "nosy", "big-hearted", "accident-prone", "shameless", "sincere"],
    motivations: [
      (c) => `To be taken seriously, just once, by anyone ${c.at}`,
      (c) => `To get rich off ${c.hook} before the novelty wears off`,
      (c) => `To be part of ${c.lead}'s inner circle, invited or not`,
    ],
    ageOffset: [-8, 10],
  },
  {
    id: "wildcard",
    label: "wildcard",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, turns up ${c.at} with a story that does not add up and a suspicious amount of knowledge about ${c.hook}.`,
      (c) =>
        `${c.first} is ${c.job} whose loyalties change with the weather, which ${c.at} is saying something.`,
      (c) =>
        `${c.first}, ${c.job}, helps ${c.lead} twice, betrays ${c.lead} once and will not say which came first.`,
    ],
    traits: [
      "unpredictable",
      "magnetic",
      "evasive",
      "funny",
      "self-serving",
      "lonelier than anyone guesses",
    ],
    motivations: [
      (c) => `To settle a score that has nothing and everything to do with ${c.hook}`,
      (c) => `To get out of ${c.place} with something worth having`,
      (c) => `To find out whether ${c.lead} can be trusted before ${c.pronouns.subject} has to be`,
    ],
    ageOffset: [-6, 8],
  },
  {
    id: "rival",
    label: "rival",
    summaries: [
      (c) => `${c.first}, ${c.job}, wants the same thing as ${c.lead} and has a head start.`,
      (c) =>
        `${c.first} is ${c.job} who has been ${c.lead}'s rival since they were both too young to know better.`,
      (c) =>
        `${c.first}, ${c.job}, treats ${c.hook} as a competition and ${c.lead} as the person to beat.`,
    ],
    traits: ["competitive", "polished", "insecure", "brilliant", "proud", "fair, eventually"],
    motivations: [
      (c) => `To beat ${c.lead} to the truth, and be seen doing it`,
      (c) => `To earn the respect ${c.at} that ${c.lead} never had to work for`,
      (c) => `To win, then find out whether winning was the point`,
    ],
    ageOffset: [-3, 3],
  },
  {
    id: "confidant",
    label: "confidant",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is the one person ${c.lead} tells the truth to, usually at two in the morning.`,
      (c) =>
        `${c.first} is ${c.job} who hears every rumour ${c.at} and passes on only the useful ones.`,
      (c) =>
        `${c.first}, ${c.job}, keeps the kettle on and the records straight while everyone else panics about ${c.hook}.`,
    ],
    traits: ["discreet", "perceptive", "gentle", "bone-dry", "patient", "quietly fearless"],
    motivations: [
      (c) => `To keep ${c.place} from tearing itself apart`,
      (c) => `To protect ${c.lead} from the worst of ${c.pronouns.possessive} own instincts`,
      (c) => `To be needed without being noticed`,
    ],
    ageOffset: [-2, 14],
  },
  {
    id: "newcomer",
    label: "newcomer",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is brand new ${c.at} and asks the questions everyone else stopped asking about ${c.hook}.`,
      (c) =>
        `${c.first} is ${c.job} who arrives with a suitcase, a secret and a very good reason not to go home.`,
      (c) =>
        `${c.first}, ${c.job}, sees ${c.place} with fresh eyes and notices what the locals have trained themselves to ignore.`,
    ],
    traits: ["eager", "naive", "sharp-eyed", "earnest", "in too deep", "braver than expected"],
    motivations: [
      (c) => `To belong ${c.at} without becoming like everyone else`,
      (c) => `To outrun whatever ${c.pronouns.subject} left behind`,
      (c) => `To prove ${c.pronouns.reflexive} to ${c.lead}`,
    ],
    ageOffset: [-12, -4],
  },
  {
    id: "sidekick",
    label: "sidekick",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is ${c.lead}'s self-appointed sidekick, with a notebook full of plans and a pocket full of snacks.`,
      (c) =>
        `${c.first} is ${c.job} who follows ${c.lead} everywhere ${c.at}, mostly to make sure nothing fun happens without ${c.pronouns.object}.`,
      (c) =>
        `${c.first}, ${c.job}, is small, loud and convinced ${c.pronouns.subject} could solve ${c.hook} in an afternoon.`,
    ],
    traits: ["devoted", "chatty", "fearless", "easily distracted", "inventive", "generous"],
    motivations: [
      (c) => `To be as brave as ${c.lead}, or at least look it`,
      (c) => `To earn a real place on the team`,
      (c) => `To turn ${c.hook} into the best story anyone ${c.at} has ever heard`,
    ],
    ageOffset: [-3, 0],
  },
];

const grownUpOrder: readonly RoleId[] = [
  "lead",
  "deuteragonist",
  "antagonist",
  "mentor",
  "love-interest",
  "comic-relief",
  "wildcard",
  "rival",
  "confidant",
  "newcomer",
];

const kidsOrder: readonly RoleId[] = [
  "lead",
  "deuteragonist",
  "antagonist",
  "mentor",
  "sidekick",
  "comic-relief",
  "confidant",
  "wildcard",
  "rival",
  "newcomer",
];

/** The first `count` roles; children's shows swap the love interest for a sidekick. */
export function castRoles(count: number, forKids: boolean): Role[] {
  const order = forKids ? kidsOrder : grownUpOrder;
  return order.slice(0, count).map((id) => roles.find((role) => role.id === id)!);
}

/** The role a label names, e.g. a cast written by another provider ("Comic relief"). */
export function roleByLabel(label: string): Role | null {
  const lower = label.toLowerCase();
  return roles.find((role) => lower.includes(role.label) || lower.includes(role.id)) ?? null;
}
