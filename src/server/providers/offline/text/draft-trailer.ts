import { trailerShotCounts } from "../../../shows/trailer-script";
import type { Player } from "./script-cast";
import { characterShot } from "./trailer-character-shots";
import { buttonShot, escalationShots, titleShot } from "./trailer-closing-shots";
import { openingShot, secondWorldShot, worldShot } from "./trailer-opening-shots";
import type { DraftShot } from "./trailer-script-draft";
import { createDeck, soloShots, type TrailerPlan, voiceOverWords } from "./trailer-script-plan";
import { stakesOf } from "./trailer-script-stakes";
import { stakesShots } from "./trailer-stakes-shots";

/**
 * The trailer's shots in story order, before they are timed: which beats a 30 s or 60 s trailer
 * has room for, and how a cast bigger than its solo shots is grouped.
 */

/**
 * The trailer in story order. The required beats come first; a short cast leaves room for the
 * extras (a second look at the world, the stakes' second half, another quick cut, the lead
 * again), added until the length's shot count is reached.
 */
export function draftTrailer(plan: TrailerPlan): DraftShot[] {
  const { seconds, players, setting, rooms } = plan;
  const draw = createDeck(plan.random);
  const long = seconds === 60;
  const groups = castGroups(players, seconds);
  const quickCuts = long ? 3 : 2;
  let room = trailerShotCounts[seconds].max - (5 + quickCuts + groups.length);
  const include = (available: boolean) => {
    const fits = available && room > 0;
    room -= fits ? 1 : 0;
    return fits;
  };
  const tail = long && stakesOf(plan.logline, plan.slots.lead, voiceOverWords[60]).tail !== null;
  const extra = {
    stakes: include(tail),
    world: include(long),
    escalation: include(!long || plan.episodes.length > 2),
    lead: include(long),
  };
  const opening = [openingShot(plan, draw), worldShot(plan, draw)];
  const characters = groups.map((group, index) =>
    characterShot(plan, draw, group, rooms[(index + 1) % rooms.length]!, index),
  );
  const world2 = extra.world ? [secondWorldShot(plan, draw)] : [];
  const lead2 = extra.lead
    ? [characterShot(plan, draw, [players[0]!], rooms.at(-1)!, groups.length)]
    : [];
  const stakes = stakesShots(plan, draw, extra.stakes);
  return [
    ...opening,
    ...characters.slice(0, 1),
    ...world2,
    ...characters.slice(1),
    ...lead2,
    ...stakes,
    ...escalationShots(plan, draw, quickCuts + (extra.escalation ? 1 : 0)),
    titleShot(plan, setting.timeOfDay),
    buttonShot(plan),
  ];
}

/** One shot per character while the trailer has room; then the lead alone and the rest in groups. */
function castGroups(players: readonly Player[], seconds: 30 | 60): Player[][] {
  const slots = soloShots[seconds];
  if (players.length <= slots) {
    return players.map((player) => [player]);
  }
  const [lead, ...rest] = players as [Player, ...Player[]];
  const size = Math.min(6, Math.ceil(rest.length / (slots - 1)));
  const groups: Player[][] = [[lead]];
  for (let start = 0; start < rest.length; start += size) {
    groups.push(rest.slice(start, start + size));
  }
  return groups;
}
