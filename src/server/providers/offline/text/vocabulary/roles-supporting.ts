import type { Role } from "./roles";

/** The roles that widen the world around the principals. */
export const supportingRoles: readonly Role[] = [
  {
    id: "comic-relief",
    label: "comic relief",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, has a theory about ${c.hook} for every day of the week and is, infuriatingly, occasionally right.`,
      (c) => `${c.first}, ${c.job}, treats every crisis ${c.at} as a business opportunity.`,
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
        `${c.first}, ${c.job}, has loyalties that change with the weather, which ${c.at} is saying something.`,
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
      (c) => `To find out whether ${c.lead} can be trusted before ${c.they("has", "have")} to be`,
    ],
    ageOffset: [-6, 8],
  },
  {
    id: "rival",
    label: "rival",
    summaries: [
      (c) => `${c.first}, ${c.job}, wants the same thing as ${c.lead} and has a head start.`,
      (c) =>
        `${c.first}, ${c.job}, has been ${c.lead}'s rival since they were both too young to know better.`,
      (c) =>
        `${c.first}, ${c.job}, treats ${c.hook} as a competition and ${c.lead} as the person to beat.`,
    ],
    traits: ["competitive", "polished", "insecure", "brilliant", "proud", "fair, eventually"],
    motivations: [
      (c) => `To beat ${c.lead} to the truth, and be seen doing it`,
      (c) => `To earn the respect ${c.at} that ${c.lead} never had to work for`,
      () => `To win, then find out whether winning was the point`,
    ],
    ageOffset: [-3, 3],
  },
  {
    id: "confidant",
    label: "confidant",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is the one person ${c.lead} tells the truth to, usually at two in the morning.`,
      (c) => `${c.first}, ${c.job}, hears every rumour ${c.at} and passes on only the useful ones.`,
      (c) =>
        `${c.first}, ${c.job}, keeps the kettle on and the records straight while everyone else panics about ${c.hook}.`,
    ],
    traits: ["discreet", "perceptive", "gentle", "bone-dry", "patient", "quietly fearless"],
    motivations: [
      (c) => `To keep ${c.place} from tearing itself apart`,
      (c) => `To protect ${c.lead} from the worst of ${c.pronouns.possessive} own instincts`,
      () => `To be needed without being noticed`,
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
        `${c.first}, ${c.job}, arrives with a suitcase, a secret and a very good reason not to go home.`,
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
];
