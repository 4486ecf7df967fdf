import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderError } from "../../provider-error";
import type { VideoJobStatus, VideoProvider } from "../../types";
import { inspectVideo } from "./inspect-video";
import type { JobSpec } from "./job-store";
import { createOfflineVideoProvider, type OfflineVideoProvider } from "./offline-video-provider";
import {
  characterVideoContext,
  fixtureBlueprint,
  fixtureDossier,
  videoRequest,
  writePortrait,
  writeStill,
} from "./test-fixtures";

let dir: string;
let jobsDir: string;
let provider: OfflineVideoProvider;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offline-video-"));
  jobsDir = path.join(dir, "jobs");
  provider = createOfflineVideoProvider({ jobsDir });
});

afterAll(async () => {
  await provider.close();
  await rm(dir, { recursive: true, force: true });
});

/** Polls like the task engine does, keeping every status seen. */
async function pollUntilDone(
  videos: VideoProvider,
  jobId: string,
  intervalMs = 100,
): Promise<VideoJobStatus[]> {
  const seen: VideoJobStatus[] = [];
  for (;;) {
    const status = await videos.status(jobId);
    seen.push(status);
    if (status.state !== "queued" && status.state !== "processing") {
      return seen;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function writeDownload(jobId: string, name: string) {
  const download = await provider.download(jobId);
  const file = path.join(dir, name);
  await writeFile(file, download.data);
  return { download, info: await inspectVideo(file) };
}

function readSpec(jobId: string): Promise<JobSpec> {
  return readFile(path.join(jobsDir, `${jobId}.json`), "utf8").then((text) => JSON.parse(text));
}

function isRunning(pid: number | undefined): boolean {
  if (!pid) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("offline video provider", () => {
  it("renders a 20 s 720p character video with audio, reporting rising progress", async () => {
    const request = videoRequest(await characterVideoContext(dir), 20);
    const started = Date.now();
    const job = await provider.submit(request);
    expect(job.costUsd).toBe(0);
    expect(await readSpec(job.jobId)).toMatchObject({ jobId: job.jobId, state: "processing" });

    const seen = await pollUntilDone(provider, job.jobId);
    const renderSeconds = (Date.now() - started) / 1000;
    expect(seen.at(-1)).toMatchObject({ state: "succeeded", progress: 1 });

    const progress = seen.map((status) => status.progress ?? 0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress.filter((value) => value > 0 && value < 1)).size).toBeGreaterThan(2);
    expect(seen.map((status) => status.stage)).toContainEqual(
      expect.stringMatching(/^Rendering character video · \d+%$/),
    );

    const { download, info } = await writeDownload(job.jobId, "character-20s.mp4");
    expect(download.mime).toBe("video/mp4");
    expect(download.size).toEqual({ width: 1280, height: 720 });
    expect(info).toMatchObject({
      width: 1280,
      height: 720,
      videoCodec: "h264",
      audioCodec: "aac",
      fps: 30,
    });
    expect(info.durationSeconds).toBeGreaterThanOrEqual(19);
    expect(info.durationSeconds).toBeLessThanOrEqual(21);
    expect(download.durationSeconds).toBeCloseTo(info.durationSeconds, 1);
    // Not asserted (the machine is shared); printed so a slowdown is visible in the log.
    process.stderr.write(`character video rendered in ${renderSeconds.toFixed(1)} s\n`);
  });

  it("renders an 8 s character video and an 8 s episode clip side by side", async () => {
    const character = await provider.submit(
      videoRequest(
        {
          purpose: "character_video",
          blueprint: fixtureBlueprint,
          dossier: fixtureDossier("Maren Holt", "The eldest, who stayed"),
          portrait: await writePortrait(dir, 0),
        },
        8,
      ),
    );
    const episode = await provider.submit(
      videoRequest(
        {
          purpose: "episode_clip",
          blueprint: fixtureBlueprint,
          episode: { number: 3, title: "The Fog Bell", logline: "The bell rings by itself." },
          still: await writeStill(dir),
        },
        8,
      ),
    );
    const [characterSeen, episodeSeen] = await Promise.all([
      pollUntilDone(provider, character.jobId),
      pollUntilDone(provider, episode.jobId),
    ]);
    expect(characterSeen.at(-1)?.state).toBe("succeeded");
    expect(episodeSeen.at(-1)?.state).toBe("succeeded");

    for (const [jobId, name] of [
      [character.jobId, "character.mp4"],
      [episode.jobId, "episode.mp4"],
    ] as const) {
      const { info } = await writeDownload(jobId, name);
      expect(info).toMatchObject({
        width: 1280,
        height: 720,
        videoCodec: "h264",
        audioCodec: "aac",
      });
      expect(info.durationSeconds).toBeGreaterThan(7.5);
      expect(info.durationSeconds).toBeLessThan(8.5);
    }
  });

  it("renders a character video and an episode clip whose images have gone missing", async () => {
    const gone = { path: path.join(dir, "deleted.png"), mime: "image/png" };
    const character = await provider.submit(
      videoRequest({ ...(await characterVideoContext(dir)), portrait: gone }, 4),
    );
    const episode = await provider.submit(
      videoRequest(
        {
          purpose: "episode_clip",
          blueprint: fixtureBlueprint,
          episode: { number: 2, title: "Low Water", logline: "The tide goes out and stays out." },
          still: gone,
        },
        4,
      ),
    );
    for (const jobId of [character.jobId, episode.jobId]) {
      expect((await pollUntilDone(provider, jobId)).at(-1)?.state).toBe("succeeded");
    }
  });

  it("stops a render on cancel and leaves no output", async () => {
    const job = await provider.submit(videoRequest(await characterVideoContext(dir), 20));
    // Segments render one ffmpeg run after another: wait for a moment when one is running.
    let ffmpegPid: number | undefined;
    for (;;) {
      await provider.status(job.jobId);
      ffmpegPid = (await readSpec(job.jobId)).owner?.ffmpegPid;
      if (isRunning(ffmpegPid)) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await expect(provider.cancel(job.jobId)).resolves.toEqual({
      canceled: true,
      note: "Render stopped",
    });
    await expect(provider.status(job.jobId)).resolves.toMatchObject({ state: "canceled" });
    expect(isRunning(ffmpegPid)).toBe(false);
    await expect(access(path.join(jobsDir, `${job.jobId}.mp4`))).rejects.toThrow();
    await expect(provider.download(job.jobId)).rejects.toMatchObject({ code: "canceled" });
    // Canceling again is harmless.
    await expect(provider.cancel(job.jobId)).resolves.toMatchObject({ canceled: true });
  });

  it("records a failed render with a message the user can read", async () => {
    const broken = createOfflineVideoProvider({ jobsDir, ffmpegPath: path.join(dir, "no-ffmpeg") });
    const job = await broken.submit(
      videoRequest(
        {
          purpose: "episode_clip",
          blueprint: fixtureBlueprint,
          episode: { number: 1, title: "Pilot", logline: "It begins." },
          still: await writeStill(dir),
        },
        8,
      ),
    );
    const last = (await pollUntilDone(broken, job.jobId)).at(-1);
    expect(last).toMatchObject({ state: "failed", error: { code: "render_failed" } });
    expect(last?.error?.message).toMatch(/^The offline renderer failed: .*ENOENT/);
    await expect(broken.download(job.jobId)).rejects.toMatchObject({ code: "job_failed" });
  });

  it("refuses a request it cannot plan before creating a job", async () => {
    const request = videoRequest(await characterVideoContext(dir), 8);
    const unplannable = { ...request, context: { ...request.context, purpose: "musical" } };
    await expect(provider.submit(unplannable as unknown as typeof request)).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("answers an unknown or malformed job id with not_found", async () => {
    for (const jobId of ["ovj_00000000-0000-4000-8000-000000000000", "../../etc/passwd"]) {
      for (const call of [
        () => provider.status(jobId),
        () => provider.download(jobId),
        () => provider.cancel(jobId),
      ]) {
        const error = await call().catch((thrown: unknown) => thrown);
        expect(error).toBeInstanceOf(ProviderError);
        expect(error).toMatchObject({ code: "not_found", classification: "terminal" });
      }
    }
  });
});
