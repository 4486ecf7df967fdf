import { joinList } from "./prose";
import type { Player } from "./script-cast";
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
import type { Room } from "./vocabulary/script-places";
import {
  groupIntroductions,
  soloIntroductions,
  trailerLineBeats,
} from "./vocabulary/trailer-moments";

/**
 * The characters' beat: each character (or, in a big cast, a group) on screen, the first of them
 * saying one line in their own voice where the trailer has time for it.
 */

/** A character (or a group) on screen, the first of them saying one line in their own voice. */
export function characterShot(
  plan: TrailerPlan,
  draw: Deck,
  group: readonly Player[],
  room: Room,
  order: number,
): DraftShot {
  const [speaker] = group as [Player, ...Player[]];
  const isLead = speaker === plan.players[0] && order === 0;
  const names = joinList(group.map((player) => player.first));
  const listener = speaker === plan.players[0] ? (plan.players[1] ?? null) : plan.players[0]!;
  const beats = isLead
    ? trailerLineBeats.lead
    : speaker === plan.players[0]
      ? (["resolve", "turn", "button"] as const)
      : plan.random.shuffle(trailerLineBeats.others);
  // The lead may run a little longer when nothing shorter comes: theirs is the line the trailer
  // is built around.
  const words = lineWords[plan.seconds];
  const line = lineFor(plan, speaker, beats, listener, isLead ? [words, words + 2] : [words]);
  const solo = group.length === 1;
  return shot("characters", room, plan.calm, {
    framing: solo
      ? plan.random.pick(["close-up", "medium close-up", "medium"] as const)
      : plan.random.pick(["medium wide", "wide"] as const),
    cameraMove: solo ? plan.random.pick(["push-in", "static"] as const) : "pan",
    characterIds: group.map((player) => player.id),
    action: draw(solo ? soloIntroductions : groupIntroductions)(actionSlots(plan, names, room)),
    soundCue: "",
    preferredSeconds: plan.seconds === 60 ? 4 : 3,
    maxSeconds: 5,
    // The lead keeps their line longest; a group's line and later characters' go first.
    takes: [
      ...(line ? [{ take: spokenBy(line), keep: isLead ? 6 : (solo ? 4 : 3) - order * 0.01 }] : []),
      last(silence),
    ],
  });
}
