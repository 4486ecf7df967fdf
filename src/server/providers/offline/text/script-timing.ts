import { coldOpenSeconds, shotMaxSeconds, shotMinSeconds } from "../../../shows/episode-script";

/** A shot's words and the length its beat would like before the cut is balanced. */
export interface TimedShot {
  /** Everything spoken over the shot: its lines and its narration. */
  spoken: readonly string[];
  /** The beat's natural length: an establishing wide breathes, a reaction does not. */
  preferredSeconds: number;
}

/** Unhurried television speech, with a beat of air around it. */
const wordsPerSecond = 2.6;
const airSeconds = 0.8;

const roundHalf = (seconds: number) => Math.round(seconds * 2) / 2;
const clamp = (seconds: number) => Math.min(shotMaxSeconds, Math.max(shotMinSeconds, seconds));

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The shortest a shot can be and still hold what is said over it. */
export function speakingSeconds(shot: TimedShot): number {
  const words = shot.spoken.reduce((sum, text) => sum + wordCount(text), 0);
  return words === 0
    ? shotMinSeconds
    : clamp(Math.ceil((words / wordsPerSecond + airSeconds) * 2) / 2);
}

/**
 * Durations in half seconds, each 2–8 s and long enough for its words, summing to the cold
 * open's 45–90 s: a short cut is stretched on its quiet shots first, a long one trimmed toward
 * what its words need. Returns null when even the trimmed cut runs long (too many words).
 */
export function timeShots(shots: readonly TimedShot[]): number[] | null {
  const floors = shots.map(speakingSeconds);
  let seconds = shots.map((shot, index) =>
    roundHalf(clamp(Math.max(shot.preferredSeconds, floors[index]!))),
  );
  const total = () => seconds.reduce((sum, value) => sum + value, 0);
  const target = { min: coldOpenSeconds.min + 3, max: coldOpenSeconds.max - 5 };
  // Stretch half a second at a time, always the shot least stretched against its beat's length,
  // so a wide that breathes stays the longest and no insert drags.
  while (total() < target.min) {
    const room = seconds.map((value, index) => ({
      index,
      slack: shotMaxSeconds - value,
      stretch: value / shots[index]!.preferredSeconds,
    }));
    const next = room.filter((entry) => entry.slack > 0).sort((a, b) => a.stretch - b.stretch)[0];
    if (!next) {
      break;
    }
    seconds[next.index] = seconds[next.index]! + 0.5;
  }
  while (total() > target.max) {
    const spare = seconds.map((value, index) => ({ index, spare: value - floors[index]! }));
    const next = spare.filter((entry) => entry.spare > 0).sort((a, b) => b.spare - a.spare)[0];
    if (!next) {
      break;
    }
    seconds[next.index] = seconds[next.index]! - 0.5;
  }
  seconds = seconds.map(roundHalf);
  const sum = total();
  return sum >= coldOpenSeconds.min && sum <= coldOpenSeconds.max ? seconds : null;
}
