import { agree } from "../prose";

/**
 * One beat per episode of a six-episode season: arrival, fallout, widening, midpoint turn,
 * darkest hour, finale. Names are first names, or a plain phrase when the cast is too small.
 */
export interface EpisodeSlots {
  lead: string;
  partner: string;
  foe: string;
  elder: string;
  /** The episode's B-plot pair, rotated through the supporting cast. */
  b1: string;
  b2: string;
  hook: string;
  hookPlural: boolean;
  /** The lead's pronouns: "she", "her", "her". */
  leadSubject: string;
  leadObject: string;
  leadPossessive: string;
  place: string;
  community: string;
  communityPlural: boolean;
  at: string;
}

export type EpisodeLine = (s: EpisodeSlots) => string;

export interface EpisodeBeat {
  /** Titles fit for any show; `darkTitles` only for grown-up shows. `{hook}` is the hook's noun. */
  titles: readonly string[];
  darkTitles: readonly string[];
  loglines: readonly EpisodeLine[];
  aPlots: readonly EpisodeLine[];
  bPlots: readonly EpisodeLine[];
}

export const episodeBeats: readonly EpisodeBeat[] = [
  {
    titles: ["First Light", "The Knock at the Door", "Arrivals", "Day One"],
    darkTitles: ["The First Night", "Omens"],
    loglines: [
      (s) => `${s.lead}'s ordinary day ${s.at} ends the moment ${s.hook} can no longer be ignored.`,
      (s) =>
        `Nobody takes ${s.lead} seriously about ${s.hook}, until ${s.partner} sees what is at stake.`,
    ],
    aPlots: [
      (s) =>
        `${s.lead} gets a first real taste of ${s.hook}, tells the wrong person, and by nightfall the whole of ${s.community} has an opinion.`,
      (s) =>
        `${s.lead} tries to handle ${s.hook} quietly and alone; ${s.partner} catches ${s.leadObject} at it and refuses to leave.`,
    ],
    bPlots: [
      (s) => `${s.b1} and ${s.b2} prepare for a celebration that is about to be badly interrupted.`,
      (s) =>
        `${s.b1} is new in town, and ${s.b2} becomes ${s.b1}'s self-appointed tour guide, wanted or not.`,
    ],
  },
  {
    titles: ["House Rules", "Second Opinions", "Counting Heads", "Ground Rules"],
    darkTitles: ["Nobody Saw Anything", "Loose Ends"],
    loglines: [
      (s) =>
        `${s.lead} and ${s.partner} go looking for answers and find ${s.foe} already asking the same questions.`,
      (s) =>
        `${s.elder} warns ${s.lead} to leave ${s.hook} alone, which only makes ${s.lead} more certain.`,
    ],
    aPlots: [
      (s) =>
        `${s.lead} digs into the history of ${s.place} and uncovers an old story about ${s.hook}, and the person who buried it.`,
      (s) =>
        `${s.lead} and ${s.partner} set a trap to get ahead of ${s.hook}; it works far too well.`,
    ],
    bPlots: [
      (s) =>
        `${s.b1} borrows something from ${s.b2} without asking and spends the episode trying to return it unnoticed.`,
      (s) => `${s.b1} starts a rumour to protect ${s.b2} and loses control of it by lunchtime.`,
    ],
  },
  {
    titles: ["Old Friends", "The Visitor", "Borrowed Time", "Fair Weather"],
    darkTitles: ["The Ledger", "Paper Walls"],
    loglines: [
      (s) =>
        `An old friend of ${s.elder}'s arrives ${s.at} with a map, a grudge and a version of events nobody wants to hear.`,
      (s) =>
        `${s.foe} makes ${s.lead} an offer that would solve everything and cost just one small betrayal.`,
    ],
    aPlots: [
      (s) =>
        `${s.lead} follows the trail of ${s.hook} further than ever and comes back with proof; ${s.foe} makes sure nobody sees it.`,
      (s) =>
        `${s.lead} and ${s.foe} are forced to work together for one long night, and learn they have more in common than either can stand.`,
    ],
    bPlots: [
      (s) =>
        `${s.b1} finally admits a secret to ${s.b2}, who has known all along and was waiting to be told.`,
      (s) =>
        `${s.b1} and ${s.b2} enter a competition neither can afford to lose and both can afford to cheat in.`,
    ],
  },
  {
    titles: ["Halfway House", "The Other Side", "Open Secrets", "Turnabout"],
    darkTitles: ["What the Walls Know", "Blind Spots"],
    loglines: [
      (s) =>
        `A discovery about ${s.elder}'s past turns ${s.lead}'s whole understanding of ${s.hook} upside down.`,
      (s) => `${s.partner} goes missing, and the only clue points straight at ${s.foe}.`,
    ],
    aPlots: [
      (s) =>
        `${s.lead} learns that ${s.elder} knew about ${s.hook} all along and chose silence; the argument that follows reshapes the season.`,
      (s) =>
        `${s.lead} searches ${s.place} for ${s.partner} and finds instead the thing ${s.foe} has been hiding for years.`,
    ],
    bPlots: [
      (s) =>
        `${s.b1} and ${s.b2} fall out over something small that is really about something enormous.`,
      (s) =>
        `${s.b1} takes charge while everyone else is distracted and turns out to be annoyingly good at it.`,
    ],
  },
  {
    titles: ["The Long Night", "Everything Falls", "Lights Out", "Breaking Point"],
    darkTitles: ["Debts", "What We Buried"],
    loglines: [
      (s) =>
        `With ${s.hook} at the heart of ${s.place}, ${s.lead} must choose between the truth and the people ${s.leadSubject} ${s.leadSubject === "they" ? "love" : "loves"}.`,
      (s) =>
        `Betrayed by someone close, ${s.lead} faces ${s.foe} alone as ${s.community} ${agree(s.communityPlural, "turns", "turn")} against them both.`,
    ],
    aPlots: [
      (s) =>
        `${s.foe} makes a move in the open; ${s.lead} loses the trust of ${s.community} and very nearly loses ${s.partner}.`,
      (s) =>
        `${s.lead} tries the plan ${s.elder} warned against, and it goes wrong in exactly the way ${s.elder} predicted.`,
    ],
    bPlots: [
      (s) =>
        `${s.b1} has to decide whether to cover for ${s.b2}, and the choice costs a friendship.`,
      (s) =>
        `${s.b1} and ${s.b2} are stranded together for the night and finally say what they mean.`,
    ],
  },
  {
    titles: ["Homecoming", "Daybreak", "The Whole Story", "Last Call"],
    darkTitles: ["All the Way Down", "The Price"],
    loglines: [
      (s) =>
        `${s.lead} confronts ${s.foe} over ${s.hook} at last, and ${s.place} will never be the same.`,
      (s) => `Everything ${s.lead} has learned comes down to one choice and one night ${s.at}.`,
    ],
    aPlots: [
      (s) =>
        `${s.lead}, ${s.partner} and ${s.elder} make their stand against ${s.foe}; they win, mostly, and the cost is the season's final image.`,
      (s) =>
        `${s.lead} offers ${s.foe} the one thing ${s.foe} never expected, ending the fight and opening a far bigger question about ${s.hook}.`,
    ],
    bPlots: [
      (s) =>
        `${s.b1} and ${s.b2} throw the party everyone said could not happen, and it becomes the place where the whole cast finally meets.`,
      (s) =>
        `${s.b1} leaves ${s.place} for good, until the last scene gives ${s.b2} a reason to call ${s.b1} back.`,
    ],
  },
];

/** The season in one paragraph: where the lead starts, what turns, where it ends. */
export const seasonArcs: readonly ((s: Omit<EpisodeSlots, "b1" | "b2">) => string)[] = [
  (s) =>
    `Across six episodes, ${s.lead} goes from keeping ${s.hook} a secret to fighting for it in the open. ${s.foe} tightens a grip on ${s.place} while ${s.elder}'s silence becomes the season's central mystery, and the finale forces ${s.lead} and ${s.partner} to choose between leaving and belonging.`,
  (s) =>
    `The season follows ${s.lead} from the first sign of ${s.hook} to a reckoning that splits ${s.community} down the middle. Every episode widens the circle: ${s.partner} becomes an ally, ${s.foe} an enemy with a point, and ${s.elder} the keeper of an answer that changes everything.`,
  (s) =>
    `Six episodes, one question: who really gains from ${s.hook}, and why is nobody asking? ${s.lead} asks anyway. Alliances form and crack, ${s.foe} shows a human face at the worst moment, and the season ends with ${s.place} changed and ${s.lead} no longer able to pretend otherwise.`,
];
