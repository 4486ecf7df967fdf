import { shotMaxSeconds, shotMinSeconds } from "../../../shows/episode-script";
import type { DraftShot, Take } from "./trailer-script-draft";
import { sum, wordCount } from "./trailer-script-text";

/**
 * How long each trailer shot runs. The cut never lengthens a trailer shot for its lines (the
 * music is cut to the shots), so the words are fitted to the length here: takes are given up
 * until they fit, and the shots are balanced to fill the trailer to the half second.
 */

/**
 * How fast the trailer's voices speak, and the breath around them. The cut never lengthens a
 * trailer shot for its lines (the music is cut to the shots), so every shot must hold its words.
 */
const trailerSpeech = {
  wordsPerSecond: 2.6,
  /** Before the first word: the picture lands first. */
  leadInSeconds: 0.3,
  /** Between the voice-over and a line said over the same shot. */
  gapSeconds: 0.3,
  /** After the last word, so it does not land on the cut. */
  tailSeconds: 0.2,
} as const;

/**
 * Which take each shot keeps. What matters least is given up (or said shorter) first until the
 * words fit the length; then, most valued first, anything given up that would fit again after
 * all is put back, so a shortened opening line does not leave a silent button behind.
 */
export function fitTakes(drafts: readonly DraftShot[], budget: number) {
  const chosen = drafts.map(() => 0);
  const takesOf = (choice: readonly number[]) =>
    drafts.map((draft, index) => draft.takes[choice[index]!]!.take);
  let durations = timeTrailer(drafts, takesOf(chosen), budget);
  while (!durations) {
    const next = drafts
      .map((draft, index) => ({ index, keep: draft.takes[chosen[index]!]!.keep }))
      .filter(({ keep }) => Number.isFinite(keep))
      .sort((a, b) => a.keep - b.keep || b.index - a.index)[0];
    if (!next) {
      throw new RangeError("the quietest trailer still runs over its length");
    }
    chosen[next.index]! += 1;
    durations = timeTrailer(drafts, takesOf(chosen), budget);
  }
  const given = drafts
    .flatMap((draft, index) =>
      draft.takes.slice(0, chosen[index]).map((option, at) => ({ index, at, keep: option.keep })),
    )
    .sort((a, b) => b.keep - a.keep || a.index - b.index);
  for (const { index, at } of given) {
    if (at >= chosen[index]!) {
      continue;
    }
    const trial = chosen.with(index, at);
    const timed = timeTrailer(drafts, takesOf(trial), budget);
    if (timed) {
      chosen[index] = at;
      durations = timed;
    }
  }
  return { takes: takesOf(chosen), durations };
}

/**
 * Durations in half seconds, each within its beat's bounds and long enough for its words, summing
 * to `budget` exactly: quiet shots stretch first toward their beat's length, the shots with the
 * most room to spare are trimmed first. Null when the words alone need more than the budget.
 */
function timeTrailer(
  drafts: readonly DraftShot[],
  takes: readonly Take[],
  budget: number,
): number[] | null {
  const floors = takes.map(speakingSeconds);
  // A title card or a quick cut never grows for want of other shots to stretch; a picture may.
  const ceilings = drafts.map((draft, index) =>
    draft.maxSeconds <= 3 ? draft.maxSeconds : Math.max(shotMaxSeconds, floors[index]!),
  );
  if (floors.some((floor, index) => floor > drafts[index]!.maxSeconds && floor > shotMaxSeconds)) {
    return null;
  }
  if (floors.some((floor, index) => floor > ceilings[index]!) || sum(floors) > budget) {
    return null;
  }
  const seconds = drafts.map((draft, index) =>
    Math.max(floors[index]!, Math.min(draft.maxSeconds, draft.preferredSeconds)),
  );
  const stretch = (limits: readonly number[]) => {
    while (sum(seconds) < budget) {
      const next = seconds
        .map((value, index) => ({ index, ratio: value / drafts[index]!.preferredSeconds }))
        .filter(({ index }) => seconds[index]! < limits[index]!)
        .sort((a, b) => a.ratio - b.ratio || a.index - b.index)[0];
      if (!next) {
        return;
      }
      seconds[next.index]! += 0.5;
    }
  };
  stretch(drafts.map((draft, index) => Math.max(draft.maxSeconds, floors[index]!)));
  stretch(ceilings);
  while (sum(seconds) > budget) {
    const next = seconds
      .map((value, index) => ({ index, spare: value - floors[index]! }))
      .filter((entry) => entry.spare > 0)
      .sort((a, b) => b.spare - a.spare || b.index - a.index)[0];
    if (!next) {
      return null;
    }
    seconds[next.index]! -= 0.5;
  }
  return sum(seconds) === budget ? seconds : null;
}

/** The shortest a shot can be and still hold what is said over it, in half seconds. */
function speakingSeconds(take: Take): number {
  const spoken = [take.narration, ...take.dialogue.map((line) => line.line)].filter(Boolean);
  if (spoken.length === 0) {
    return shotMinSeconds;
  }
  const { wordsPerSecond, leadInSeconds, gapSeconds, tailSeconds } = trailerSpeech;
  const words = sum(spoken.map(wordCount));
  const needed =
    leadInSeconds + words / wordsPerSecond + gapSeconds * (spoken.length - 1) + tailSeconds;
  return Math.max(shotMinSeconds, Math.ceil(needed * 2) / 2);
}
