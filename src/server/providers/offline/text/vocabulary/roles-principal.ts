import { agree } from "../prose";
import type { Role } from "./roles";

/** The roles a season is built around. */
export const principalRoles: readonly Role[] = [
  {
    id: "lead",
    label: "lead",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is the first to understand that ${c.hook} ${agree(c.hookPlural, "changes", "change")} everything ${c.at}, and the last person anyone would choose to deal with it.`,
      (c) =>
        `${c.first}, ${c.job}, has spent years keeping ${c.pronouns.possessive} head down ${c.at}, until ${c.hook} ${agree(c.hookPlural, "makes", "make")} that impossible.`,
      (c) =>
        `${c.first}, ${c.job}, is stubborn enough to stay ${c.at} when anyone sensible would leave, and curious enough to follow ${c.hook} wherever ${agree(c.hookPlural, "it leads", "they lead")}.`,
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
        `${c.first}, ${c.job}, gets dragged into ${c.lead}'s business with ${c.hook} and turns out to be the one who keeps everyone alive.`,
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
      () => `To finally be treated as a partner, not a sidekick`,
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
        `${c.first}, ${c.job}, wants ${c.hook} for ${c.pronouns.possessive} own ends and is charming enough that half of ${c.community} would help.`,
      (c) =>
        `${c.first}, ${c.job}, has quietly run things ${c.at} for years and sees ${c.lead} as a problem to be managed.`,
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
        `${c.first}, ${c.job}, teaches ${c.lead} the rules ${c.at}, then admits which ones ${c.pronouns.subject} broke.`,
      (c) =>
        `${c.first}, ${c.job}, offers ${c.lead} strong tea, worse advice and the one warning that matters.`,
    ],
    traits: ["wry", "weathered", "secretive", "generous", "unflappable", "regretful"],
    motivations: [
      (c) => `To make sure ${c.lead} does not repeat ${c.pronouns.possessive} mistake`,
      (c) => `To put right the thing ${c.pronouns.subject} let happen ${c.at} decades ago`,
      (c) => `To pass on what ${c.they("knows", "know")} before it is lost for good`,
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
        `${c.first}, ${c.job}, has an easy warmth that hides a connection to ${c.hook} that could ruin everything.`,
      (c) =>
        `${c.first}, ${c.job}, disagrees with ${c.lead} about almost everything and is right about half of it.`,
    ],
    traits: ["warm", "guarded", "playful", "principled", "restless", "disarmingly honest"],
    motivations: [
      (c) => `To build a life ${c.at} that is finally ${c.pronouns.possessive} own`,
      (c) => `To keep ${c.pronouns.possessive} secret about ${c.hook} without losing ${c.lead}`,
      () => `To be chosen, for once, over the job`,
    ],
    ageOffset: [-3, 4],
  },
  {
    id: "sidekick",
    label: "sidekick",
    summaries: [
      (c) =>
        `${c.first}, ${c.job}, is ${c.lead}'s self-appointed sidekick, with a notebook full of plans and a pocket full of snacks.`,
      (c) =>
        `${c.first}, ${c.job}, follows ${c.lead} everywhere ${c.at}, mostly to make sure nothing fun happens without ${c.pronouns.object}.`,
      (c) =>
        `${c.first}, ${c.job}, is small, loud and convinced ${c.pronouns.subject} could solve ${c.hook} in an afternoon.`,
    ],
    traits: ["devoted", "chatty", "fearless", "easily distracted", "inventive", "generous"],
    motivations: [
      (c) => `To be as brave as ${c.lead}, or at least look it`,
      () => `To earn a real place on the team`,
      (c) => `To turn ${c.hook} into the best story anyone ${c.at} has ever heard`,
    ],
    ageOffset: [-3, 0],
  },
];
