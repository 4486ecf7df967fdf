import { textLimits } from "../../../shows/text-limits";
import type { TrailerShotSpec } from "../../../shows/trailer-script";
import type { Player } from "./script-cast";
import { capitalizeSentences } from "./script-lines";
import type { DraftShot, Take } from "./trailer-script-draft";
import { clip, mentions, sentenceOf } from "./trailer-script-text";

/**
 * The drafted, timed shots turned into the script's shots: what the schema and the cut expect,
 * every text cut to its field's limit, the lines numbered across the whole trailer.
 */

/**
 * Numbers the lines across the whole trailer, names everyone an action mentions among the
 * shot's cast, and chooses each shot's way in: a dissolve into the opening, the title card and a
 * change of hour, a cut everywhere else.
 */
export function finish(
  drafts: readonly DraftShot[],
  takes: readonly Take[],
  seconds: readonly number[],
  players: readonly Player[],
): TrailerShotSpec[] {
  let lineNumber = 0;
  return drafts.map((draft, index) => {
    const take = takes[index]!;
    const previous = drafts[index - 1];
    const silent = draft.whenSilent && take.dialogue.length === 0 ? draft.whenSilent : null;
    const cast = silent ? [] : draft.characterIds;
    const named = players
      .filter((player) => mentions(draft.action, player.first))
      .map((player) => player.id);
    const dissolve = !previous || draft.beat === "title" || previous.timeOfDay !== draft.timeOfDay;
    return {
      beat: draft.beat,
      card: clip(draft.card, textLimits.label),
      transitionIn: dissolve ? "dissolve" : "cut",
      scene: {
        interior: draft.room.interior,
        location: clip(draft.room.slug, textLimits.label),
        timeOfDay: draft.timeOfDay,
      },
      durationSeconds: seconds[index]!,
      framing: silent?.framing ?? draft.framing,
      cameraMove: silent?.cameraMove ?? draft.cameraMove,
      characterIds: draft.card ? [] : [...new Set([...cast, ...named])].slice(0, 6),
      action: clip(capitalizeSentences(sentenceOf(draft.action)), textLimits.sentence),
      dialogue: take.dialogue.map((line) => ({
        id: `l${++lineNumber}`,
        characterId: line.characterId,
        line: clip(line.line, textLimits.sentence),
        delivery: clip(line.delivery, textLimits.label),
      })),
      narration: take.narration
        ? clip(capitalizeSentences(sentenceOf(take.narration)), textLimits.sentence)
        : "",
      soundCue: draft.soundCue,
    };
  });
}
