import type { CameraMove, ShotFraming, TimeOfDay } from "../../../shows/episode-script";
import type { TrailerBeat } from "../../../shows/trailer-script";
import type { Player } from "./script-cast";
import { type SpokenLine, writeLines } from "./script-lines";
import type { TrailerPlan } from "./trailer-script-plan";
import { fits } from "./trailer-script-text";
import type { LineBeat } from "./vocabulary/script-beats";
import type { Room } from "./vocabulary/script-places";
import type { TrailerActionSlots } from "./vocabulary/trailer-moments";

/**
 * A trailer shot as the beats draft it, before its length is balanced against the others: its
 * picture, and what may be said over it as takes, best first. The beats build shots and lines
 * through these helpers so every shot has the same shape for the timing to weigh.
 */

/** What is said over a shot: one of the shot's takes. */
export interface Take {
  narration: string;
  dialogue: SpokenLine[];
}

export const silence: Take = { narration: "", dialogue: [] };
export const last = (take: Take) => ({ take, keep: Number.POSITIVE_INFINITY });

/** A trailer shot before its length is balanced against the others. */
export interface DraftShot {
  beat: TrailerBeat;
  room: Room;
  timeOfDay: TimeOfDay;
  framing: ShotFraming;
  cameraMove: CameraMove;
  characterIds: string[];
  action: string;
  card: string;
  soundCue: string;
  /** How a shot whose line was given up is framed instead: the image alone, nobody in close-up. */
  whenSilent?: { framing: ShotFraming; cameraMove: CameraMove };
  /** The beat's natural length, and the most it may be stretched to. */
  preferredSeconds: number;
  maxSeconds: number;
  /**
   * What may be said over the shot, best first; a trailer that runs long falls back along it,
   * giving up the take with the lowest `keep` first. The last take is never given up.
   */
  takes: { take: Take; keep: number }[];
}

export const narrated = (narration: string): Take => ({ narration, dialogue: [] });
export const spokenBy = (line: SpokenLine): Take => ({ narration: "", dialogue: [line] });

interface ShotFields extends Omit<DraftShot, "beat" | "room" | "timeOfDay" | "card"> {
  card?: string;
}

export const shot = (beat: TrailerBeat, room: Room, timeOfDay: TimeOfDay, fields: ShotFields) => ({
  beat,
  room,
  timeOfDay,
  card: "",
  ...fields,
});

export function actionSlots(plan: TrailerPlan, names: string, room: Room): TrailerActionSlots {
  return { a: names, room: room.noun, vista: plan.setting.vista.noun };
}

/**
 * One line in the speaker's own register (and habit), at the first beat that gives a line short
 * enough for the trailer and not yet said, trying each word limit in turn; null when none does.
 */
export function lineFor(
  plan: TrailerPlan,
  speaker: Player,
  beats: readonly LineBeat[],
  listener: Player | null,
  limits: readonly number[],
): SpokenLine | null {
  for (const maxWords of limits) {
    for (const beat of beats) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const [line] = writeLines([{ speaker, beat, listener }], plan.lineSlots, plan.random);
        if (line && !plan.used.has(line.line) && fits(line.line, maxWords)) {
          plan.used.add(line.line);
          return line;
        }
      }
    }
  }
  return null;
}
