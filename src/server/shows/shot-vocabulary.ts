/**
 * The words a shot is described in: the schema (episode-script.ts) and the console's shot editor
 * both read these lists. Pure constants: the browser bundle imports this file.
 */

export const shotFramings = [
  "extreme close-up",
  "close-up",
  "medium close-up",
  "medium",
  "medium wide",
  "wide",
  "extreme wide",
  "over-the-shoulder",
  "insert",
] as const;
export type ShotFraming = (typeof shotFramings)[number];

export const cameraMoves = ["static", "pan", "tilt", "dolly", "push-in", "handheld"] as const;
export type CameraMove = (typeof cameraMoves)[number];

export const timesOfDay = ["dawn", "day", "dusk", "night"] as const;
export type TimeOfDay = (typeof timesOfDay)[number];

/** How long one shot may run: the schema's bounds and the console's trim buttons. */
export const shotMinSeconds = 2;
export const shotMaxSeconds = 8;
