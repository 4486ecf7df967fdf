import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLocalMediaStore } from "../../../storage/local-media-store";
import type { VideoJobStatus } from "../../types";
import { bundledFfmpegPath } from "./ffmpeg";
import { inspectVideo } from "./inspect-video";
import { createOfflineVideoProvider, type OfflineVideoProvider } from "./offline-video-provider";
import { characterVideoContext, videoRequest } from "./test-fixtures";

let dir: string;
const providers: OfflineVideoProvider[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offline-video-elsewhere-"));
});

afterAll(async () => {
  await Promise.all(providers.map((provider) => provider.close()));
  await rm(dir, { recursive: true, force: true });
});

/** The real ffmpeg behind a script that first notes its arguments, one run a line. */
async function loggingFfmpeg(
  name: string,
): Promise<{ path: string; segmentRuns: () => Promise<number> }> {
  const log = path.join(dir, `${name}.log`);
  const script = path.join(dir, `${name}-ffmpeg.sh`);
  await writeFile(log, "");
  await writeFile(script, `#!/bin/sh\necho "$*" >> '${log}'\nexec '${bundledFfmpegPath}' "$@"\n`);
  await chmod(script, 0o755);
  return {
    path: script,
    segmentRuns: async () =>
      (await readFile(log, "utf8")).split("\n").filter((line) => /segment-\d+\.mp4$/.test(line))
        .length,
  };
}

async function storedSegments(mediaDir: string, jobId: string): Promise<string[]> {
  return readdir(path.join(mediaDir, "render-jobs", jobId, "segments")).catch(() => []);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("continues a render stopped after some segments on another machine sharing only the media store", async () => {
  const mediaDir = path.join(dir, "media");
  const media = createLocalMediaStore(mediaDir);
  const ffmpegA = await loggingFfmpeg("a");
  const ffmpegB = await loggingFfmpeg("b");
  const machineA = createOfflineVideoProvider({
    jobsDir: path.join(dir, "a-jobs"),
    media,
    ffmpegPath: ffmpegA.path,
  });
  providers.push(machineA);
  const request = videoRequest(await characterVideoContext(dir), 20);
  const { jobId } = await machineA.submit(request);

  // Let machine A finish two segments, then stop it the way a dying worker does.
  while ((await storedSegments(mediaDir, jobId)).length < 2) {
    expect((await machineA.status(jobId)).state).toMatch(/queued|processing/);
    await sleep(50);
  }
  await machineA.close();
  const leftByA = await storedSegments(mediaDir, jobId);
  const stoppedAt = leftByA.length;
  let secondsLeftByA = 0;
  for (const name of leftByA) {
    const segment = path.join(mediaDir, "render-jobs", jobId, "segments", name);
    secondsLeftByA += (await inspectVideo(segment)).durationSeconds;
  }
  const runsOnA = await ffmpegA.segmentRuns();
  expect(stoppedAt).toBeGreaterThanOrEqual(2);

  const machineB = createOfflineVideoProvider({
    jobsDir: path.join(dir, "b-jobs"),
    media,
    ffmpegPath: ffmpegB.path,
  });
  providers.push(machineB);
  const seen: VideoJobStatus[] = [];
  for (;;) {
    const status = await machineB.status(jobId);
    seen.push(status);
    if (status.state !== "queued" && status.state !== "processing") {
      break;
    }
    await sleep(50);
  }
  expect(seen[0]?.stage).toMatch(/^Resuming character video render/);
  expect(seen.at(-1)).toMatchObject({ state: "succeeded", progress: 1 });

  const total = (await storedSegments(mediaDir, jobId)).length;
  expect(total).toBeGreaterThan(stoppedAt);
  // Machine B rendered only what A had not stored; A's interrupted run is the only one repeated.
  expect(await ffmpegB.segmentRuns()).toBe(total - stoppedAt);
  expect(runsOnA).toBeLessThanOrEqual(stoppedAt + 1);
  // Progress counts the segments A left behind from the start.
  const firstRendering = seen.find((status) => status.stage?.startsWith("Rendering"));
  expect(firstRendering?.progress ?? 0).toBeGreaterThanOrEqual(secondsLeftByA / 20 - 0.01);

  const download = await machineB.download(jobId);
  const file = path.join(dir, "continued.mp4");
  await writeFile(file, download.data);
  const info = await inspectVideo(file);
  expect(info).toMatchObject({ width: 1280, height: 720, videoCodec: "h264", audioCodec: "aac" });
  expect(Math.abs(info.durationSeconds - 20)).toBeLessThanOrEqual(0.1);
  // Once the video is handed over, the shared pieces are cleared away.
  expect(await storedSegments(mediaDir, jobId)).toEqual([]);
});

it("stops a render on one machine when another cancels the job, leaving nothing stored", async () => {
  const mediaDir = path.join(dir, "media-cancel");
  const media = createLocalMediaStore(mediaDir);
  const machineA = createOfflineVideoProvider({ jobsDir: path.join(dir, "a2-jobs"), media });
  const machineB = createOfflineVideoProvider({ jobsDir: path.join(dir, "b2-jobs"), media });
  providers.push(machineA, machineB);
  const { jobId } = await machineA.submit(videoRequest(await characterVideoContext(dir), 20));
  while ((await storedSegments(mediaDir, jobId)).length < 1) {
    await machineA.status(jobId);
    await sleep(50);
  }

  await expect(machineB.cancel(jobId)).resolves.toEqual({ canceled: true, note: "Render stopped" });
  let status = await machineA.status(jobId);
  while (status.state === "queued" || status.state === "processing") {
    await sleep(50);
    status = await machineA.status(jobId);
  }
  expect(status.state).toBe("canceled");
  // A's render notices at its next store and takes back what it wrote meanwhile (stills drawn
  // ahead, the segment it was on): within moments nothing of the job is left.
  const stored = () =>
    readdir(path.join(mediaDir, "render-jobs", jobId)).then(
      (entries) => entries,
      () => null,
    );
  for (let waited = 0; (await stored()) !== null && waited < 15_000; waited += 100) {
    await sleep(100);
  }
  expect(await stored()).toBeNull();
  await expect(machineB.status(jobId)).resolves.toMatchObject({ state: "canceled" });
});
