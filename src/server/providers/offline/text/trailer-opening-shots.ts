import { shotMaxSeconds } from "../../../shows/episode-script";
import { actionSlots, type DraftShot, last, narrated, shot, silence } from "./trailer-script-draft";
import { type Deck, type TrailerPlan, voiceOverWords } from "./trailer-script-plan";
import { firstSentence, fits, unique, wordCount } from "./trailer-script-text";
import { establishing } from "./vocabulary/script-actions";
import {
  trailerOpeningLast,
  trailerOpenings,
  trailerWorldLines,
  worldViews,
} from "./vocabulary/trailer-moments";

/**
 * The trailer's first beats: the hook (the world at its quiet hour under the voice-over's first
 * line) and the world itself, once or, in a long trailer, twice.
 */

/** The hook: the world at its quiet hour, under the voice-over's first line. */
export function openingShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const { setting, random } = plan;
  const limit = voiceOverWords[plan.seconds];
  const own = plan.settingSentences[0] ?? "";
  const written = random.shuffle(trailerOpenings).map((line) => line(plan.slots));
  const usable = (line: string) => fits(line, limit) && wordCount(line) >= 3;
  // The show's own words first; the trailer voice's stock line when they run long.
  const lines = [
    ...(usable(own) ? [{ take: narrated(own), keep: 4.5 }] : []),
    ...written
      .filter(usable)
      .slice(0, 1)
      .map((line) => ({ take: narrated(line), keep: 7 })),
    last(narrated(trailerOpeningLast)),
  ];
  return shot("hook", setting.vista, plan.calm, {
    framing: "extreme wide",
    cameraMove: random.pick(["static", "pan", "dolly"] as const),
    characterIds: [],
    action: draw(establishing[plan.calm])(setting.vista.noun),
    soundCue: "rise",
    preferredSeconds: plan.seconds === 60 ? 6 : 5,
    maxSeconds: shotMaxSeconds,
    takes: lines,
  });
}

/** The world: the main room before anything happens; a long trailer says a second line over it. */
export function worldShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const room = plan.rooms[0]!;
  const spoken =
    plan.seconds === 60
      ? unique([
          plan.settingSentences[1] ?? "",
          ...plan.random.shuffle(trailerWorldLines).map((line) => line(plan.slots)),
        ])
          .filter((line) => fits(line, voiceOverWords[60]) && wordCount(line) >= 3)
          .slice(0, 1)
      : [];
  return shot("world", room, plan.calm, {
    framing: plan.random.pick(["wide", "medium wide"] as const),
    cameraMove: plan.random.pick(["pan", "dolly"] as const),
    characterIds: [],
    action: draw(worldViews)(actionSlots(plan, "", room)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 5 : 3,
    maxSeconds: 6,
    takes: [...spoken.map((line) => ({ take: narrated(line), keep: 1 })), last(silence)],
  });
}

/** More of the world: the pilot's situation when there is a season, else another of its rooms. */
export function secondWorldShot(plan: TrailerPlan, draw: Deck): DraftShot {
  const pilot = plan.episodes[0];
  const room = plan.rooms[1] ?? plan.rooms[0]!;
  return shot("world", room, plan.calm, {
    framing: pilot ? "medium wide" : "wide",
    cameraMove: plan.random.pick(["pan", "dolly"] as const),
    characterIds: [],
    action: pilot ? firstSentence(pilot.logline) : draw(worldViews)(actionSlots(plan, "", room)),
    soundCue: "",
    preferredSeconds: 4,
    maxSeconds: 6,
    takes: [last(silence)],
  });
}
