import type { LineBeat } from "./script-beats";

/** What the trailer's voice-over and its shots may name. */
export interface TrailerSlots {
  /** "on the island", "in the city". */
  at: string;
  /** "the island". */
  place: string;
  /** "the fog". */
  hook: string;
  /** The lead's first name. */
  lead: string;
}

export type TrailerLine = (s: TrailerSlots) => string;

/**
 * The voice-over's first words over the opening wide when the blueprint's setting is too long to
 * read there. Trailer voice: short, declarative, the calm before anything happens.
 */
export const trailerOpenings: readonly TrailerLine[] = [
  (s) => `${s.at}, nothing ever changes.`,
  (s) => `Everyone ${s.at} knows the rules.`,
  (s) => `${s.at}, every day begins the same way.`,
  (s) => `Life ${s.at} is quiet. For now.`,
];

/** The opening at its shortest: no slot, so no premise can make it long. */
export const trailerOpeningLast = "Some places keep their secrets.";

/** A second voice-over line over the world, when the setting has no second sentence to give. */
export const trailerWorldLines: readonly TrailerLine[] = [
  (s) => `Nobody ${s.at} talks about ${s.hook}.`,
  (s) => `Everybody ${s.at} has a story about ${s.hook}.`,
  () => "Every family here has a secret.",
];

/** The stakes when the logline offers no sentence short enough to read. */
export const trailerStakesFallbacks: readonly TrailerLine[] = [
  (s) => `Now there is no ignoring ${s.hook}.`,
  (s) => `And ${s.lead} is the only one who sees it coming.`,
];

/** The stakes at their shortest: no slot, so no premise can make them long. */
export const trailerStakesLast = "This time, there is no looking away.";

/** Action slots of a trailer shot: first names, a place's noun, the vista's noun. */
export interface TrailerActionSlots {
  /** One first name, or a list of them ("Owen, Lucy and Rosa"). */
  a: string;
  room: string;
  vista: string;
}

type TrailerAction = (s: TrailerActionSlots) => string;

/** One character, introduced by a look rather than a line of exposition. */
export const soloIntroductions: readonly TrailerAction[] = [
  (s) => `${s.a} turns, slowly, to face the camera`,
  (s) => `Close on ${s.a}, eyes fixed on something off screen`,
  (s) => `${s.a} looks up sharply, as if someone had called out`,
  (s) => `${s.a} stands very still; behind, the ${s.room} is empty`,
  (s) => `${s.a} glances back over one shoulder, and does not like what is there`,
  (s) => `${s.a} lets out a long breath and almost smiles`,
];

/** Several characters at once, when the cast is bigger than the trailer has shots for. */
export const groupIntroductions: readonly TrailerAction[] = [
  (s) => `${s.a} stand side by side, all looking the same way`,
  (s) => `${s.a} turn as one toward the door`,
  (s) => `${s.a} crowd round a single lamp, faces lit from below`,
  (s) => `${s.a}, caught mid-argument, fall silent at once`,
];

/** The world before anyone is in it: a room at the quiet hour. */
export const worldViews: readonly TrailerAction[] = [
  (s) => `Slow across the ${s.room}: everything in its place, for now`,
  (s) => `The ${s.room}, quiet and lived-in, waiting for someone`,
  (s) => `The ${s.room} in ordinary light, nothing out of place yet`,
];

/** The lead alone against the place, under the stakes. */
export const stakesViews: readonly TrailerAction[] = [
  (s) => `${s.a} stands alone, small against the ${s.vista}`,
  (s) => `${s.a}, alone, looks out over the ${s.vista}`,
  (s) => `${s.a}, alone, with the whole of the ${s.vista} behind`,
];

/** Quick cuts of the escalation: one image each, two seconds, no words. */
export const escalations: readonly TrailerAction[] = [
  (s) => `${s.a} runs, not looking back`,
  (s) => `A door slams; ${s.a} flinches`,
  (s) => `${s.a} slams a hand flat against the glass`,
  (s) => `${s.a} spins round, breathing hard`,
  (s) => `${s.a} grabs a coat and runs for the door`,
];

/**
 * Which beats a character's one line may play, best first: the lead admits or notices the
 * trouble; everyone else presses, reacts or warns. Short beats come last so a line still fits.
 */
export const trailerLineBeats: { lead: readonly LineBeat[]; others: readonly LineBeat[] } = {
  lead: ["admit", "notice", "resolve", "turn"],
  others: ["press", "respond", "turn", "resolve", "deflect", "notice"],
};
