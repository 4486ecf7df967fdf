import type { TimedShot, TimedShotInput } from "./cut-plan";

/** A breath before the first line of a shot, and between two lines that run on. */
const leadInSeconds = 0.25;
const gapSeconds = 0.2;
/** A line with less than this left before the end is dropped rather than cut mid-word. */
const shortestLineSeconds = 0.6;

/**
 * Times a trailer: unlike an animatic, every shot keeps exactly its planned length (the trailer
 * is 30 or 60 s, the end card included, whatever the takes run), and a voice-over line runs on
 * over the next cut as trailer VO does. Lines start after their shot's lead-in or after the line
 * before ends, whichever is later; a line is shortened (faded by the mix) at the cut's end, and one
 * with almost nothing left is left out.
 *
 * @param tailSeconds what follows the shots (the end card): lines may run over it
 */
export function timeTrailer(inputs: readonly TimedShotInput[], tailSeconds = 0): TimedShot[] {
  const total = ms(inputs.reduce((sum, input) => sum + input.plannedSeconds, 0) + tailSeconds);
  let cursor = 0;
  let voiceFree = 0;
  return inputs.map((input) => {
    const startSeconds = cursor;
    const durationSeconds = ms(input.plannedSeconds);
    cursor = ms(cursor + durationSeconds);
    const lines = input.lines.flatMap((line) => {
      const start = ms(Math.max(startSeconds + leadInSeconds, voiceFree));
      const length = ms(Math.min(Math.max(0, line.durationSeconds), total - start));
      if (length < shortestLineSeconds) {
        return [];
      }
      voiceFree = ms(start + length + gapSeconds);
      return [{ id: line.id, startSeconds: start, durationSeconds: length }];
    });
    return { id: input.id, startSeconds, durationSeconds, lines };
  });
}

function ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
