import { shotMaxSeconds, shotMinSeconds } from "../../shows/episode-script";
import {
  endCardSeconds,
  type TrailerScript,
  type TrailerShotSpec,
} from "../../shows/trailer-script";
import { castShots } from "./clean-script";

/** Beats that show the world and its people: a picture, whatever card text a model put there. */
const pictureBeats = new Set<TrailerShotSpec["beat"]>(["hook", "world", "characters"]);

/**
 * A written trailer as the board can use it: characters from the cast only (as for an episode,
 * clean-script.ts), a title card shows no one, the hook, world and character beats are pictures,
 * and the shots last exactly what the chosen length leaves before the end card — a model's
 * arithmetic is not trusted, the stored duration must be the script's.
 */
export function cleanTrailerScript(
  script: TrailerScript,
  castIds: ReadonlySet<string>,
  seconds: 30 | 60,
): TrailerShotSpec[] {
  const shots = castShots(script, castIds).map((shot) => {
    if (pictureBeats.has(shot.beat)) {
      return { ...shot, card: "" };
    }
    return shot.card.trim() ? { ...shot, characterIds: [], dialogue: [] } : shot;
  });
  return fitLength(shots, seconds - endCardSeconds);
}

/** Scales the shots to `total` seconds in half seconds, each within a shot's bounds. */
export function fitLength(shots: TrailerShotSpec[], total: number): TrailerShotSpec[] {
  const planned = shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
  const clamp = (value: number) => Math.min(shotMaxSeconds, Math.max(shotMinSeconds, value));
  const scaled = shots.map((shot) =>
    clamp(Math.round(((shot.durationSeconds * total) / planned) * 2) / 2),
  );
  // Hand the rounding's difference out half a second at a time, longest shots first (when too
  // long) or shortest first (when too short), within each shot's bounds.
  let left = Math.round((total - scaled.reduce((sum, value) => sum + value, 0)) * 2) / 2;
  const order = scaled
    .map((value, index) => ({ value, index }))
    .sort((a, b) => (left > 0 ? a.value - b.value : b.value - a.value));
  for (let pass = 0; pass < 40 && left !== 0; pass++) {
    for (const { index } of order) {
      const step = left > 0 ? 0.5 : -0.5;
      const next = scaled[index]! + step;
      if (left !== 0 && next >= shotMinSeconds && next <= shotMaxSeconds) {
        scaled[index] = next;
        left -= step;
      }
    }
  }
  return shots.map((shot, index) => ({ ...shot, durationSeconds: scaled[index]! }));
}
