import { shotMaxSeconds } from "../../../shows/episode-script";
import { actionSlots, type DraftShot, last, narrated, shot, silence } from "./trailer-script-draft";
import { type Deck, type TrailerPlan, voiceOverWords } from "./trailer-script-plan";
import { stakesOf } from "./trailer-script-stakes";
import { fits } from "./trailer-script-text";
import {
  stakesViews,
  trailerStakesFallbacks,
  trailerStakesLast,
} from "./vocabulary/trailer-moments";

/**
 * The stakes' beat: the voice-over reads what the logline puts at stake over the lead alone
 * against the place, falling back on shorter versions of it (and last on a stock line) when the
 * trailer runs long.
 */

/**
 * The logline's stakes over the lead alone against the place, at the trouble's hour; a long
 * trailer reads the logline's second half over the trouble's first sign.
 */
export function stakesShots(plan: TrailerPlan, draw: Deck, withTail: boolean): DraftShot[] {
  const { setting, random } = plan;
  const limit = voiceOverWords[plan.seconds];
  const said = stakesOf(plan.logline, plan.slots.lead, limit);
  const tail = withTail ? said.tail : null;
  const fallbacks = random.shuffle(trailerStakesFallbacks).map((line) => line(plan.slots));
  // The whole sentence (unless its second half has a shot of its own), shorter and shorter
  // versions of its first clause, then a stock line.
  const fromLogline = [...(tail ? [] : [{ line: said.whole, keep: 4.2 }]), ...said.options].filter(
    ({ line }, index, all) => fits(line, limit) && all.findIndex((o) => o.line === line) === index,
  );
  // Giving up the logline's last words for a stock line loses the stakes: almost the last resort.
  const options = [
    ...fromLogline.map((option, index) =>
      index === fromLogline.length - 1 ? { ...option, keep: 7.8 } : option,
    ),
    ...fallbacks
      .filter((line) => fits(line, limit))
      .slice(0, 1)
      .map((line) => ({ line, keep: 8 })),
  ];
  const lead = plan.players[0]!;
  const main = shot("stakes", setting.vista, setting.timeOfDay, {
    framing: random.pick(["extreme wide", "wide"] as const),
    cameraMove: random.pick(["dolly", "push-in"] as const),
    characterIds: [lead.id],
    action: draw(stakesViews)(actionSlots(plan, lead.first, setting.vista)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 6 : 5,
    maxSeconds: shotMaxSeconds,
    takes: [
      ...options.map(({ line, keep }) => ({ take: narrated(line), keep })),
      last(narrated(trailerStakesLast)),
    ],
  });
  const insert: DraftShot | null = tail
    ? shot("stakes", setting.main, setting.timeOfDay, {
        framing: "insert",
        cameraMove: "push-in",
        characterIds: [],
        action: plan.prop.sign(plan.slots.hook),
        soundCue: "",
        preferredSeconds: 4.5,
        maxSeconds: shotMaxSeconds,
        takes: [{ take: narrated(tail), keep: 2.5 }, last(silence)],
      })
    : null;
  return insert ? [main, insert] : [main];
}
