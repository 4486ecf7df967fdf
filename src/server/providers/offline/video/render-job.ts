import { mkdir, rename, stat } from "node:fs/promises";
import type { TitleCardRenderer } from "./default-title-card";
import { runFfmpeg } from "./ffmpeg";
import { buildRenderArgs } from "./filter-graph";
import { inspectVideo } from "./inspect-video";
import type { JobResult, JobSpec, JobStore } from "./job-store";
import { planVideo } from "./plan-video";
import { prepareShots } from "./prepare-shots";

export type RenderPhase = "preparing" | "rendering";

export interface RenderJobOptions {
  store: JobStore;
  ffmpegPath: string;
  titleCard: TitleCardRenderer;
  signal: AbortSignal;
  onPhase: (phase: RenderPhase) => void;
  onProgress: (fraction: number) => void;
  onSpawn: (ffmpegPid: number) => void;
}

/**
 * One attempt at a job: prepare the stills, run ffmpeg into a part file, check what came out and
 * move it to `<jobId>.mp4`. The output name appears only when the file is complete, so "the
 * output exists" means "the job succeeded", whichever process gets to look first.
 */
export async function renderJob(spec: JobSpec, options: RenderJobOptions): Promise<JobResult> {
  const { store, signal } = options;
  const plan = planVideo(spec.request);
  const workDir = store.workDir(spec.jobId);
  const partPath = store.partPath(spec.jobId);
  await store.removeScratch(spec.jobId);
  await mkdir(workDir, { recursive: true });
  try {
    options.onPhase("preparing");
    const shots = await prepareShots(plan, { workDir, titleCard: options.titleCard, signal });
    options.onPhase("rendering");
    await runFfmpeg({
      ffmpegPath: options.ffmpegPath,
      args: buildRenderArgs(plan, shots, partPath),
      totalSeconds: plan.totalSeconds,
      signal,
      onProgress: options.onProgress,
      onSpawn: options.onSpawn,
    });
    const result = await measureOutput(partPath, options.ffmpegPath);
    await rename(partPath, store.outputPath(spec.jobId));
    return result;
  } finally {
    await store.removeScratch(spec.jobId);
  }
}

/** What `download` reports about a rendered file; reading it also proves ffmpeg wrote a video. */
export async function measureOutput(file: string, ffmpegPath: string): Promise<JobResult> {
  const info = await inspectVideo(file, { ffmpegPath });
  const { size } = await stat(file);
  return {
    durationSeconds: info.durationSeconds,
    width: info.width,
    height: info.height,
    bytes: size,
  };
}
