import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLocalMediaStore } from "../../../storage/local-media-store";
import type { VideoJobStatus } from "../../types";
import { renderDefaultTitleCard, type TitleCardRenderer } from "./default-title-card";
import { bundledFfmpegPath } from "./ffmpeg";
import { inspectVideo } from "./inspect-video";
import { createOfflineVideoProvider, type OfflineVideoProvider } from "./offline-video-provider";
import { planVideo } from "./plan-video";
import { fixtureBlueprint, videoRequest } from "./test-fixtures";

let dir: string;
const providers: OfflineVideoProvider[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offline-video-stills-"));
});

afterAll(async () => {
  await Promise.all(providers.map((provider) => provider.close()));
  await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One worker: its own jobs directory and ffmpeg log, what it drew, and how often it drew the title card. */
async function worker(name: string, mediaDir: string) {
  const log = path.join(dir, `${name}.log`);
  const script = path.join(dir, `${name}-ffmpeg.sh`);
  await writeFile(log, "");
  await writeFile(script, `#!/bin/sh\necho "$*" >> '${log}'\nexec '${bundledFfmpegPath}' "$@"\n`);
  await chmod(script, 0o755);
  const drawn: number[] = [];
  let titleCards = 0;
  const titleCard: TitleCardRenderer = (options, size) => {
    titleCards += 1;
    return renderDefaultTitleCard(options, size);
  };
  const logger = pino(
    { level: "debug" },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { shot?: number };
        if (entry.shot !== undefined) {
          drawn.push(entry.shot);
        }
      },
    },
  );
  const provider = createOfflineVideoProvider({
    jobsDir: path.join(dir, `${name}-jobs`),
    media: createLocalMediaStore(mediaDir),
    ffmpegPath: script,
    titleCard,
    logger,
  });
  providers.push(provider);
  return {
    provider,
    drawn,
    titleCards: () => titleCards,
    segmentRuns: async () =>
      (await readFile(log, "utf8")).split("\n").filter((line) => /segment-\d+\.mp4$/.test(line))
        .length,
  };
}

it("a render resumed by another worker draws no still again and reports the stored share from its first status", async () => {
  const mediaDir = path.join(dir, "media");
  const segmentsDir = (jobId: string) => path.join(mediaDir, "render-jobs", jobId, "segments");
  const stored = (jobId: string) => readdir(segmentsDir(jobId)).catch(() => [] as string[]);
  const request = videoRequest(
    {
      purpose: "episode_clip",
      blueprint: fixtureBlueprint,
      episode: { number: 1, title: "Pilot", logline: "It begins." },
      // Gone, so the clip is drawn on the title card: the dearest still to draw twice.
      still: { path: path.join(dir, "gone.png"), mime: "image/png" },
    },
    20,
  );
  const shotCount = planVideo(request).segments.length;

  // Worker A stores two segments (or more) and dies.
  const a = await worker("a", mediaDir);
  const { jobId } = await a.provider.submit(request);
  while ((await stored(jobId)).length < 2) {
    expect((await a.provider.status(jobId)).state).toMatch(/queued|processing/);
    await sleep(50);
  }
  await a.provider.close();
  const leftByA = await stored(jobId);
  let storedShare = 0;
  for (const name of leftByA) {
    storedShare += (await inspectVideo(path.join(segmentsDir(jobId), name))).durationSeconds / 20;
  }
  expect(a.titleCards()).toBe(1);

  // Worker B is asked for the job's status, as a resumed task does.
  const b = await worker("b", mediaDir);
  const started = performance.now();
  const seen: VideoJobStatus[] = [];
  let firstNewSegmentMs: number | undefined;
  for (;;) {
    const status = await b.provider.status(jobId);
    seen.push(status);
    if (firstNewSegmentMs === undefined && (await stored(jobId)).length > leftByA.length) {
      firstNewSegmentMs = Math.round(performance.now() - started);
    }
    if (status.state !== "queued" && status.state !== "processing") {
      break;
    }
    await sleep(50);
  }
  expect(seen.at(-1)).toMatchObject({ state: "succeeded", progress: 1 });
  // From its very first answer, the resumed render reports at least what is stored…
  expect(seen[0]?.stage).toMatch(/^Resuming episode clip render/);
  expect(seen[0]?.progress ?? 0).toBeGreaterThanOrEqual(storedShare - 0.01);
  // …and never less afterwards.
  const progress = seen.map((status) => status.progress ?? 0);
  expect(progress).toEqual([...progress].sort((x, y) => x - y));

  // B drew only the stills A had not stored: the title card A drew is not drawn again.
  expect(b.titleCards()).toBe(0);
  expect(b.drawn.filter((shot) => a.drawn.includes(shot))).toEqual([]);
  expect(new Set([...a.drawn, ...b.drawn]).size).toBe(shotCount);
  // And rendered only the segments A had not stored.
  const total = (await stored(jobId)).length;
  expect(await b.segmentRuns()).toBe(total - leftByA.length);
  expect(firstNewSegmentMs).toBeDefined();
  process.stderr.write(
    `resume: ${leftByA.length}/${total} segments stored; first new one after ${firstNewSegmentMs} ms\n`,
  );

  const download = await b.provider.download(jobId);
  const file = path.join(dir, "resumed.mp4");
  await writeFile(file, download.data);
  const info = await inspectVideo(file);
  expect(info).toMatchObject({ width: 1280, height: 720, videoCodec: "h264", audioCodec: "aac" });
  expect(Math.abs(info.durationSeconds - 20)).toBeLessThanOrEqual(0.1);
});
