import { and, eq } from "drizzle-orm";
import { episodes } from "../db/schema";
import { requestAnimatic } from "../shows/request-animatic";
import { loadCharacters, loadShow } from "../shows/show-records";
import type { TaskDto } from "../tasks/task-dto";
import type { TaskEngine } from "../tasks/task-engine";

export interface DriveShowOptions {
  /** After the autopilot chain: a showcase video per character and the season outline. */
  extras: boolean;
  /** Also make this episode's storyboard and animatic (the season plan first if need be). */
  animaticEpisode?: number;
  /** Fails the run when nothing finishes for this long. */
  idleTimeoutMs?: number;
}

export interface DriveShowResult {
  failed: TaskDto[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits while the server carries a show through its pipeline (autopilot), then optionally asks
 * for the extras and waits for those too. The tasks run in the engine's worker like any other;
 * this only watches and requests, as a user would.
 */
export async function driveShow(
  engine: TaskEngine,
  showId: string,
  options: DriveShowOptions,
): Promise<DriveShowResult> {
  const failed: TaskDto[] = [];
  await settle(engine, showId, failed, options.idleTimeoutMs);
  const show = await loadShow(engine.deps.db, showId);
  if (options.extras && show.trailerAssetId) {
    for (const character of await loadCharacters(engine.deps.db, showId)) {
      if (character.portraitAssetId && !character.videoAssetId) {
        await engine.request({
          showId,
          kind: "character_video",
          target: character.id,
          title: `Character video · ${character.name}`,
          source: "cli",
        });
      }
    }
    if (!show.season) {
      await engine.request({ showId, kind: "episodes", title: "Season", source: "cli" });
    }
    await settle(engine, showId, failed, options.idleTimeoutMs);
  }
  if (options.animaticEpisode) {
    await makeAnimatic(engine, showId, options.animaticEpisode, failed, options.idleTimeoutMs);
  }
  return { failed };
}

async function makeAnimatic(
  engine: TaskEngine,
  showId: string,
  number: number,
  failed: TaskDto[],
  idleTimeoutMs: number | undefined,
) {
  if (!(await loadShow(engine.deps.db, showId)).season) {
    await engine.request({ showId, kind: "episodes", title: "Season", source: "cli" });
    await settle(engine, showId, failed, idleTimeoutMs);
  }
  const [episode] = await engine.deps.db
    .select()
    .from(episodes)
    .where(and(eq(episodes.showId, showId), eq(episodes.number, number)));
  if (!episode) {
    throw new Error(`This show's season has no episode ${number}`);
  }
  await requestAnimatic(engine, showId, episode.id);
  await settle(engine, showId, failed, idleTimeoutMs);
}

async function settle(
  engine: TaskEngine,
  showId: string,
  failed: TaskDto[],
  idleTimeoutMs = 120_000,
) {
  const seenFailures = new Set(failed.map((task) => task.id));
  let lastChange = Date.now();
  let lastSignature = "";
  for (;;) {
    const tasks = await engine.list({ status: "all", showId, limit: 500 });
    const active = tasks.filter((task) => task.status === "queued" || task.status === "running");
    for (const task of tasks) {
      if (task.status === "failed" && !seenFailures.has(task.id)) {
        seenFailures.add(task.id);
        failed.push(task);
      }
    }
    if (active.length === 0) {
      return;
    }
    const signature = active.map((task) => `${task.id}:${task.status}:${task.progress}`).join(",");
    if (signature !== lastSignature) {
      lastSignature = signature;
      lastChange = Date.now();
    } else if (Date.now() - lastChange > idleTimeoutMs) {
      throw new Error(
        `No progress for ${idleTimeoutMs / 1000}s on: ${active.map((task) => task.title).join(", ")}`,
      );
    }
    await sleep(150);
  }
}
