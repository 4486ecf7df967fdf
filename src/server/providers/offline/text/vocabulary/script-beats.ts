import type { Register } from "./script-registers";

/**
 * The spoken beats of a cold open, in story order: someone notices the episode's trouble, a
 * second character arrives, they spar (deflect, press, admit, respond), something turns, they
 * decide, and a last line buttons the scene.
 */
export const lineBeats = [
  "notice",
  "greet",
  "deflect",
  "press",
  "admit",
  "respond",
  "turn",
  "resolve",
  "button",
] as const;
export type LineBeat = (typeof lineBeats)[number];

/** Every register's way of saying every beat, as templates with {slots}. */
export type LineBook = Record<Register, Record<LineBeat, readonly string[]>>;

/** How a beat is played, the second half of a line's delivery note. */
export const beatDirections: Record<LineBeat, readonly string[]> = {
  notice: ["half to self", "to nobody", "eyes fixed on it"],
  greet: ["by way of hello", "as if expected", "a little too cheerfully"],
  deflect: ["too quickly", "not meeting anyone's eye", "busying the hands"],
  press: ["leaning in", "quiet and firm", "not letting it go"],
  admit: ["after a long breath", "finally", "as if it hurts"],
  respond: ["stunned", "not quite believing it", "half a laugh"],
  turn: ["sharp", "in a whisper", "frozen"],
  resolve: ["decided", "steadying", "already moving"],
  button: ["to the dark", "almost to the camera", "quietly"],
};
