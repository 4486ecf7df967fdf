import { timeShots } from "../../providers/offline/text/script-timing";
import { coldOpenSeconds, type EpisodeScript, type ShotSpec } from "../../shows/episode-script";
import { narrationLineId } from "../../shows/shot-records";

/**
 * A written script as the storyboard can use it: a model may name characters that are not in the
 * cast, reuse a line id or leave a speaker out of the shot. Unknown characters leave the shot (a
 * line of theirs becomes the narrator's, so nothing said is lost), line ids are made unique across
 * the script, and every speaker is in the frame. A cold open whose lengths do not add up to 45–90 s
 * (a schema cannot check a sum) is retimed as the offline writer times its own.
 */
export function cleanScript(script: EpisodeScript, castIds: ReadonlySet<string>): ShotSpec[] {
  return fitColdOpen(castShots(script, castIds));
}

/** Shots whose characters are all in the cast, every speaker in frame, line ids unique. */
export function castShots<T extends ShotSpec>(
  script: { shots: T[] },
  castIds: ReadonlySet<string>,
): T[] {
  // The narration's id is taken: a line under it would be found as the voice-over, never heard.
  const used = new Set<string>([narrationLineId]);
  let next = 1;
  const freshId = (wanted: string) => {
    let id = wanted;
    while (used.has(id)) {
      id = `l${next++}`;
    }
    used.add(id);
    return id;
  };
  return script.shots.map((shot) => {
    const characterIds = [...new Set(shot.characterIds.filter((id) => castIds.has(id)))];
    const orphaned: string[] = [];
    const dialogue = shot.dialogue.flatMap((line) => {
      if (!castIds.has(line.characterId)) {
        orphaned.push(line.line);
        return [];
      }
      if (!characterIds.includes(line.characterId) && characterIds.length < 6) {
        characterIds.push(line.characterId);
      }
      return [{ ...line, id: freshId(line.id) }];
    });
    const narration = [shot.narration, ...orphaned].filter((text) => text.trim()).join(" ");
    return { ...shot, characterIds, dialogue, narration };
  });
}

/** Stretches a short cut on its quiet shots, or trims a long one toward what its words need. */
function fitColdOpen(shots: ShotSpec[]): ShotSpec[] {
  const total = shots.reduce((sum, shot) => sum + shot.durationSeconds, 0);
  if (total >= coldOpenSeconds.min && total <= coldOpenSeconds.max) {
    return shots;
  }
  const seconds = timeShots(
    shots.map((shot) => ({
      spoken: [shot.narration, ...shot.dialogue.map((line) => line.line)],
      preferredSeconds: shot.durationSeconds,
    })),
  );
  return seconds
    ? shots.map((shot, index) => ({ ...shot, durationSeconds: seconds[index]! }))
    : shots;
}
