/**
 * `npm run bench:pipeline`: one full offline show on the embedded defaults — blueprint, 6 characters
 * with dossiers and portraits, grid, poster, the 30 s trailer (script, frames, voice-over, score,
 * the cut), 6 character clips, the season with episode 1's animatic — wall time and peak RSS; then
 * the trailer's cut rendered again alone (`trailer_cut_s`: cards, moves, mix, −16 LUFS), and
 * episode 2's whole animatic chain (script, a frame per shot, every line voiced, the score, the
 * cut) from nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { and, eq } from "drizzle-orm";
import pino from "pino";
import { parseEnv } from "../src/server/config/env";
import { createContainer } from "../src/server/container";
import { episodes } from "../src/server/db/schema";
import { driveShow } from "../src/server/pipeline/drive-show";
import { createShow } from "../src/server/shows/create-show";
import { requestAnimatic } from "../src/server/shows/request-animatic";
import { getStoryboard } from "../src/server/shows/storyboard-view";
import { report, rssMb } from "./bench-helpers";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "greenlight-bench-"));
let peakRss = rssMb();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rssMb());
}, 100);

const container = await createContainer({
  env: parseEnv({ DATA_DIR: dataDir }),
  logger: pino({ level: "silent" }),
  worker: true,
});
try {
  const begin = performance.now();
  const show = await createShow(container.engine, {
    premise: "A retired lighthouse keeper on a remote Scottish island discovers the fog is alive",
    settings: { characterCount: 6 },
  });
  const { failed } = await driveShow(container.engine, show.id, { extras: true });
  if (failed.length > 0) {
    throw new Error(
      `tasks failed: ${failed.map((task) => `${task.title}: ${task.error?.message}`).join("; ")}`,
    );
  }
  report("pipeline", {
    metric: "full_show_s",
    value: Math.round((performance.now() - begin) / 100) / 10,
  });
  report("pipeline", { metric: "peak_rss_mb", value: peakRss });

  const trailerBegin = performance.now();
  const { task } = await container.engine.request({
    showId: show.id,
    kind: "trailer",
    source: "bench",
  });
  await driveShow(container.engine, show.id, { extras: false });
  const trailer = await container.engine.get(task.id);
  if (trailer.status !== "succeeded") {
    throw new Error(`trailer ${trailer.status}: ${trailer.error?.message}`);
  }
  report("pipeline", {
    metric: "trailer_cut_s",
    value: Math.round((performance.now() - trailerBegin) / 100) / 10,
  });

  const [second] = await container.db
    .select()
    .from(episodes)
    .where(and(eq(episodes.showId, show.id), eq(episodes.number, 2)));
  peakRss = rssMb();
  const animaticBegin = performance.now();
  await requestAnimatic(container.engine, show.id, second!.id);
  const chain = await driveShow(container.engine, show.id, { extras: false });
  if (chain.failed.length > 0) {
    throw new Error(`animatic chain failed: ${chain.failed.map((task) => task.title).join(", ")}`);
  }
  const board = await getStoryboard(container.db, show.id, second!.id);
  report("pipeline", {
    metric: "episode_animatic_s",
    value: Math.round((performance.now() - animaticBegin) / 100) / 10,
    shots: board.shots.length,
    lines: board.shots.reduce((sum, shot) => sum + shot.lines.length, 0),
    cut_s: board.animatic?.durationSeconds ?? 0,
  });
  report("pipeline", { metric: "episode_animatic_peak_rss_mb", value: peakRss });
} finally {
  clearInterval(sampler);
  await container.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
