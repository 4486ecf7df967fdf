import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import { loadCharacters } from "../../src/server/shows/show-records";
import type { TaskEngine } from "../../src/server/tasks/task-engine";

/** A show whose one character can have its video made at Replicate. */
export interface ReplicateVideoShow {
  showId: string;
  characterId: string;
}

/**
 * A show developed offline through its one character's portrait (no autopilot), whose video
 * settings pick Replicate's Veo 3.1: ready for a character video, which is one paid prediction at
 * the Replicate fake. Tests of the paid-job machinery use it rather than the trailer, whose shape
 * is a product decision that changes (a cut of many shots is not one prediction).
 */
export async function showReadyForReplicateVideo(engine: TaskEngine): Promise<ReplicateVideoShow> {
  const show = await createShow(engine, {
    premise: "A lighthouse keeper's daughter runs a pirate radio station from the lamp room",
    autopilot: false,
    settings: { characterCount: 1, video: { provider: "replicate", model: "google/veo-3.1" } },
  });
  await settled(engine, show.id);
  const [character] = await loadCharacters(engine.deps.db, show.id);
  if (!character) {
    throw new Error("setup failed: the show has no character");
  }
  // A character video needs its portrait; the grid and first poster it asks for settle too, so
  // nothing but the paid job runs once the test starts.
  await engine.request({ showId: show.id, kind: "portrait", target: character.id });
  await settled(engine, show.id);
  return { showId: show.id, characterId: character.id };
}

/** The request for the show's character video: one Veo 3.1 prediction, 8 s with audio. */
export const characterVideoRequest = ({ showId, characterId }: ReplicateVideoShow) => ({
  showId,
  kind: "character_video",
  target: characterId,
  title: "Character video",
});

async function settled(engine: TaskEngine, showId: string) {
  const { failed } = await driveShow(engine, showId, { extras: false, idleTimeoutMs: 20_000 });
  if (failed.length > 0) {
    throw new Error(`setup failed: ${failed.map((task) => task.error?.message).join("; ")}`);
  }
}
