import type { TimeOfDay } from "../../../shows/episode-script";
import { shotMinSeconds } from "../../../shows/episode-script";
import {
  actionSlots,
  type DraftShot,
  last,
  lineFor,
  shot,
  silence,
  spokenBy,
} from "./trailer-script-draft";
import { type Deck, lineWords, type TrailerPlan } from "./trailer-script-plan";
import { firstSentence, fits } from "./trailer-script-text";
import { escalations } from "./vocabulary/trailer-moments";

/**
 * The trailer's last beats: wordless quick cuts as the trouble builds, the title card on the
 * music's hit, and the button after it, where the music drops out for a last word or image.
 */

/**
 * Quick cuts, two seconds each and wordless: the season's later situations when there is a
 * season, the genre's turns (every light dies at once) and the cast running out of time.
 */
export function escalationShots(plan: TrailerPlan, draw: Deck, count: number): DraftShot[] {
  const { setting, players, random } = plan;
  // Only a long trailer has the time to show the season's situations.
  const fromSeason = (plan.seconds === 60 ? plan.episodes : [])
    .slice(2)
    .slice(0, 2)
    .map((episode) => ({ action: firstSentence(episode.logline), ids: [] as string[] }));
  const turns = random
    .shuffle(plan.moments.turns)
    .map((turn) => ({ action: turn.action, ids: [] }));
  const running = players.slice(0, count).map((player) => ({
    action: draw(escalations)(actionSlots(plan, player.first, setting.main)),
    ids: [player.id],
  }));
  // A turn, someone running, a turn…: the season's situations go first.
  const interleaved = turns.flatMap((turn, index) => [turn, ...running.slice(index, index + 1)]);
  const picked = [...fromSeason, ...interleaved, ...running.slice(turns.length)].slice(0, count);
  const places = [setting.main, setting.outside ?? setting.vista];
  return picked.map(({ action, ids }, index) =>
    shot("escalation", places[index % places.length]!, setting.timeOfDay, {
      framing: random.pick(["close-up", "medium", "wide", "extreme close-up"] as const),
      cameraMove: plan.moments.handheld === "static" ? "static" : "handheld",
      characterIds: ids,
      action,
      // The music builds under the first quick cut.
      soundCue: index === 0 ? "rise" : "",
      preferredSeconds: shotMinSeconds,
      maxSeconds: shotMinSeconds,
      takes: [last(silence)],
    }),
  );
}

/** The title card: the show's name in type, no picture, no words, the music's hit. */
export function titleShot(plan: TrailerPlan, timeOfDay: TimeOfDay): DraftShot {
  return shot("title", plan.setting.vista, timeOfDay, {
    framing: "wide",
    cameraMove: "static",
    characterIds: [],
    action: `Title card: ${plan.title}`,
    card: plan.title,
    soundCue: "hit",
    preferredSeconds: 2.5,
    maxSeconds: 3,
    takes: [last(silence)],
  });
}

/**
 * The button after the title: the music drops out and someone gets the last word, or, without a
 * line short enough, the genre's last image lands on its own.
 */
export function buttonShot(plan: TrailerPlan): DraftShot {
  const { setting, players, random } = plan;
  const image = random.pick(plan.moments.buttons)({
    lead: plan.slots.lead,
    place: plan.slots.place,
    at: plan.slots.at,
    hook: plan.slots.hook,
  });
  const speaker = players.length > 1 && random.chance(0.3) ? players[1]! : players[0]!;
  const listener = players.find((player) => player !== speaker) ?? null;
  const line = random.chance(0.8)
    ? lineFor(plan, speaker, ["button", "turn"], listener, [lineWords[plan.seconds] - 2])
    : null;
  return shot("button", setting.main, setting.timeOfDay, {
    framing: "close-up",
    cameraMove: "push-in",
    whenSilent: { framing: "wide", cameraMove: "dolly" },
    characterIds: line ? [speaker.id] : [],
    action: fits(image, 40) ? image : `Close on ${speaker.first}, in the dark`,
    soundCue: "drop",
    preferredSeconds: 3,
    maxSeconds: 5,
    takes: [...(line ? [{ take: spokenBy(line), keep: 3.5 }] : []), last(silence)],
  });
}
