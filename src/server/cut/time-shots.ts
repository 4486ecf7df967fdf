import type { TimedShot, TimedShotInput } from "./cut-plan";

/** How lines sit in a shot: after a breath, one after another, and a beat before the next shot. */
export interface ShotPacing {
  /** Before the first line: the shot registers (and a dissolve into it finishes) first. */
  leadInSeconds: number;
  /** Between two lines of one shot. */
  gapSeconds: number;
  /** After the last line, so a reply does not land on the cut. */
  tailSeconds: number;
  /** No shot is shorter, whatever was planned: a flash frame reads as an error. */
  minShotSeconds: number;
}

export const defaultPacing: ShotPacing = {
  leadInSeconds: 0.5,
  gapSeconds: 0.3,
  tailSeconds: 0.7,
  minShotSeconds: 1,
};

/**
 * Times a shot list: each shot lasts as planned or as long as its lines need, whichever is longer,
 * and its lines start after the lead-in, one after another. Starts are cumulative, so the cut's
 * length is exactly the sum of the shot durations. Times are kept to the millisecond so sums do
 * not drift by float noise.
 */
export function timeShots(
  inputs: readonly TimedShotInput[],
  pacing: ShotPacing = defaultPacing,
): TimedShot[] {
  let cursor = 0;
  return inputs.map((input) => {
    const lineSeconds = input.lines.map((line) => ms(Math.max(0, line.durationSeconds)));
    const needed =
      lineSeconds.length === 0
        ? 0
        : pacing.leadInSeconds +
          sum(lineSeconds) +
          pacing.gapSeconds * (lineSeconds.length - 1) +
          pacing.tailSeconds;
    const planned = Number.isFinite(input.plannedSeconds) ? input.plannedSeconds : 0;
    const durationSeconds = ms(Math.max(planned, needed, pacing.minShotSeconds));
    const startSeconds = cursor;

    let lineStart = startSeconds + pacing.leadInSeconds;
    const lines = input.lines.map((line, index) => {
      const timed = {
        id: line.id,
        startSeconds: ms(lineStart),
        durationSeconds: lineSeconds[index]!,
      };
      lineStart += lineSeconds[index]! + pacing.gapSeconds;
      return timed;
    });

    cursor = ms(cursor + durationSeconds);
    return { id: input.id, startSeconds, durationSeconds, lines };
  });
}

function ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
