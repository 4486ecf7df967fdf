import type { Blueprint } from "../../shows/documents";

/** The shortest bed made, and the step its length is rounded up to. */
const minimumSeconds = 60;
const stepSeconds = 30;

export interface ScoreShape {
  mood: string[];
  pace: "slow" | "medium" | "fast";
  durationSeconds: number;
}

const fastWords = /\b(action|thriller|heist|chase|comedy|caper|farce|sitcom|adventure|kids?)\b/i;
const slowWords = /\b(noir|drama|melanchol\w*|elegiac|horror|gothic|brooding|meditative|quiet)\b/i;

/**
 * What music an episode's bed should be: the blueprint's mood and tone, at a pace from its genre,
 * as long as the cold open rounded up to the next half minute. The cut loops or trims the bed, so
 * editing a shot's length does not ask for (or pay for) new music.
 */
export function scoreShapeFor(blueprint: Blueprint, plannedSeconds: number): ScoreShape {
  const words = `${blueprint.genre} ${blueprint.tone}`;
  const pace = fastWords.test(words) ? "fast" : slowWords.test(words) ? "slow" : "medium";
  const mood = [blueprint.tone, ...blueprint.moodKeywords].slice(0, 6);
  const durationSeconds = Math.max(
    minimumSeconds,
    Math.ceil(plannedSeconds / stepSeconds) * stepSeconds,
  );
  return { mood, pace, durationSeconds };
}
