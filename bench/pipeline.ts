/**
 * `npm run bench:pipeline`: one full offline show on the embedded defaults — blueprint, 6 characters
 * with dossiers and portraits, grid, poster, 30 s trailer, 6 character clips — wall time and peak
 * RSS, then the trailer rendered again alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pino from "pino";
import { parseEnv } from "../src/server/config/env";
import { createContainer } from "../src/server/container";
import { driveShow } from "../src/server/pipeline/drive-show";
import { createShow } from "../src/server/shows/create-show";
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
    metric: "trailer_render_s",
    value: Math.round((performance.now() - trailerBegin) / 100) / 10,
  });
} finally {
  clearInterval(sampler);
  await container.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
