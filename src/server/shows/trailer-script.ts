import { z } from "zod";
import { shotSpecSchema } from "./episode-script";
import { safeText } from "./safe-text";
import { textLimits as max } from "./text-limits";

/**
 * The trailer as a shot list, cut like the real thing: a hook, the world, the characters, the
 * stakes, an escalation of quick cuts, the title card and a button, then our end card (the poster
 * with the billing block). Each shot is an episode shot (scene, framing, move, cast, lines) plus
 * its beat, how it comes in, and a card's words when it is a typographic title card rather than a
 * picture. The narration is the trailer's voice-over; `soundCue` marks the music's cue points.
 */

export const trailerBeats = [
  "hook",
  "world",
  "characters",
  "stakes",
  "escalation",
  "title",
  "button",
] as const;
export type TrailerBeat = (typeof trailerBeats)[number];

export const trailerTransitions = ["cut", "dissolve"] as const;

export const trailerShotSpecSchema = shotSpecSchema.extend({
  beat: z.enum(trailerBeats),
  /** "" for a picture; otherwise the words of a typographic title card shown instead of a frame. */
  card: safeText(max.label),
  transitionIn: z.enum(trailerTransitions),
});
export type TrailerShotSpec = z.infer<typeof trailerShotSpecSchema>;

export const trailerScriptSchema = z.object({
  shots: z.array(trailerShotSpecSchema).min(6).max(14),
});
export type TrailerScript = z.infer<typeof trailerScriptSchema>;

/** The trailer lengths and shapes a user picks from (settings.trailer). */
export const trailerLengths = [30, 60] as const;
export const trailerAspects = ["16:9", "9:16"] as const;
export type TrailerAspect = (typeof trailerAspects)[number];

/** The end card (poster, title, billing block) closes every cut; the script's shots fill the rest. */
export const endCardSeconds = 3;

/** How many shots a trailer of each length is cut from. */
export const trailerShotCounts = { 30: { min: 6, max: 10 }, 60: { min: 10, max: 14 } } as const;

/** Frame size of a cut in each shape (720p). */
export function trailerFrameSize(aspect: TrailerAspect): { width: number; height: number } {
  return aspect === "9:16" ? { width: 720, height: 1280 } : { width: 1280, height: 720 };
}

/** The sequence key of the trailer's shots (an episode's is `episode:<id>`). */
export const trailerSequence = "trailer";
