/**
 * Renders one 30 s 720p trailer (6 cast, audio) with the offline video provider and prints how
 * long it took: `npx tsx bench/offline-trailer.ts [outFile]`. Not part of `npm run bench`: it is
 * CPU-bound and meant to be run alone, before and after a renderer change.
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createOfflineVideoProvider } from "../src/server/providers/offline/video/offline-video-provider";
import { trailerContext, videoRequest } from "../src/server/providers/offline/video/test-fixtures";
import { report } from "./bench-helpers";

const dir = await mkdtemp(path.join(tmpdir(), "bench-trailer-"));
const provider = createOfflineVideoProvider({ jobsDir: path.join(dir, "jobs") });
try {
  const request = videoRequest(await trailerContext(dir, 6), 30);
  const started = performance.now();
  const { jobId } = await provider.submit(request);
  for (;;) {
    const status = await provider.status(jobId);
    if (status.state === "succeeded") {
      break;
    }
    if (status.state !== "queued" && status.state !== "processing") {
      throw new Error(`Render ended ${status.state}: ${status.error?.message ?? ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  const video = await provider.download(jobId);
  report("offline-trailer", {
    renderSeconds: Math.round(seconds * 100) / 100,
    videoSeconds: video.durationSeconds ?? Number.NaN,
    bytes: video.data.length,
  });
  const out = process.argv[2];
  if (out) {
    await copyFile(path.join(dir, "jobs", `${jobId}.mp4`), out);
  }
} finally {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
}
