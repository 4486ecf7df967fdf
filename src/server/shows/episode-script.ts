import { z } from "zod";
import { safeText } from "./safe-text";
import {
  type CameraMove,
  cameraMoves,
  type ShotFraming,
  shotFramings,
  shotMaxSeconds,
  shotMinSeconds,
  type TimeOfDay,
  timesOfDay,
} from "./shot-vocabulary";
import { textLimits as max } from "./text-limits";

/**
 * An episode's cold open as a shot list: the unit a storyboard, its voices and its animatic are
 * made of. Like every document, objects are closed and every key is required (OpenAI strict
 * structured outputs); "none" is an empty string or an empty list.
 *
 * Characters are named by their ids (the `characters` rows), so a renamed character stays in
 * every shot; a line's `id` is stable across edits, so its voice is found again by content hash.
 */

export type { CameraMove, ShotFraming, TimeOfDay };
export { cameraMoves, shotFramings, shotMaxSeconds, shotMinSeconds, timesOfDay };

export const sceneHeadingSchema = z.object({
  interior: z.boolean(),
  location: safeText(max.label, 1),
  timeOfDay: z.enum(timesOfDay),
});
export type SceneHeading = z.infer<typeof sceneHeadingSchema>;

export const dialogueLineSchema = z.object({
  /** Stable within the script ("l1", "l2", …): a voice line's target and cache key. */
  id: z.string().regex(/^[a-z0-9-]{1,24}$/, "a short id of a-z, 0-9 and -"),
  characterId: z.string().min(1).max(64),
  line: safeText(max.sentence, 1),
  /** How it is said: "dry, under her breath". Becomes the speech model's instructions. */
  delivery: safeText(max.label),
});
export type DialogueLine = z.infer<typeof dialogueLineSchema>;

export const shotSpecSchema = z.object({
  scene: sceneHeadingSchema,
  /** Planned length; the animatic extends a shot whose lines need longer. */
  durationSeconds: z.number().min(shotMinSeconds).max(shotMaxSeconds),
  framing: z.enum(shotFramings),
  cameraMove: z.enum(cameraMoves),
  /** Ids of the characters in frame, most prominent first. */
  characterIds: z.array(z.string().min(1).max(64)).max(6),
  action: safeText(max.sentence, 1),
  dialogue: z.array(dialogueLineSchema).max(6),
  /** Voice-over read by the show's narrator voice; "" for none. */
  narration: safeText(max.sentence),
  /** "distant siren", "music swells"; "" for none. */
  soundCue: safeText(max.label),
});
export type ShotSpec = z.infer<typeof shotSpecSchema>;

export const episodeScriptSchema = z.object({
  shots: z.array(shotSpecSchema).min(8).max(14),
});
export type EpisodeScript = z.infer<typeof episodeScriptSchema>;

/** The cold open's bounds, checked by the writers' tests (a schema cannot sum durations). */
export const coldOpenSeconds = { min: 45, max: 90 } as const;

/** Every spoken line of a script with the shot it belongs to, in order. */
export function scriptLines(shots: readonly ShotSpec[]) {
  return shots.flatMap((shot, shotIndex) => shot.dialogue.map((line) => ({ shotIndex, ...line })));
}
