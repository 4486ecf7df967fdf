import { isAppError } from "../errors";
import type { TaskEngine } from "../tasks/task-engine";

/** The kinds that make one shot's pieces: targeted at the shot, or at "<shot id>:<line id>". */
const shotKinds = new Set(["storyboard_frame", "shot_clip", "voice_line"]);

/**
 * Cancels what is still being made for a shot that was just deleted: its frame, its clip (a paid
 * video job, stopped at the provider by the cancel) and its lines' takes. Left running they would
 * fail as "shot not found" in the dock, or finish as paid work attached to nothing.
 */
export async function cancelShotWork(
  engine: TaskEngine,
  showId: string,
  shotId: string,
): Promise<number> {
  // "active" also lists what finished a moment ago (for the dock): only queued or running count.
  const active = await engine.list({ showId, status: "active", limit: 500 });
  const mine = active.filter(
    (task) =>
      (task.status === "queued" || task.status === "running") &&
      shotKinds.has(task.kind) &&
      (task.target === shotId || task.target?.startsWith(`${shotId}:`) === true),
  );
  let canceled = 0;
  for (const task of mine) {
    try {
      await engine.cancel(task.id);
      canceled += 1;
    } catch (error) {
      // It finished between the list and the cancel: nothing left to stop.
      if (!isAppError(error) || error.code !== "conflict") {
        throw error;
      }
    }
  }
  return canceled;
}
