import { driveShow } from "../../src/server/pipeline/drive-show";
import { createShow } from "../../src/server/shows/create-show";
import type { TaskEngine } from "../../src/server/tasks/task-engine";

/**
 * A show developed offline up to its dossiers (no autopilot), whose video settings pick Replicate's
 * Veo 3.1: ready for a trailer request that goes to the Replicate fake.
 */
export async function showReadyForReplicateTrailer(engine: TaskEngine): Promise<string> {
  const show = await createShow(engine, {
    premise: "A lighthouse keeper's daughter runs a pirate radio station from the lamp room",
    autopilot: false,
    settings: { characterCount: 1, video: { provider: "replicate", model: "google/veo-3.1" } },
  });
  const { failed } = await driveShow(engine, show.id, { extras: false, idleTimeoutMs: 20_000 });
  if (failed.length > 0) {
    throw new Error(`setup failed: ${failed.map((task) => task.error?.message).join("; ")}`);
  }
  return show.id;
}
