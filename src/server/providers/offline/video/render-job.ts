import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MediaStore } from "../../../storage/media-store";
import type { TitleCardRenderer } from "./default-title-card";
import { runFfmpeg } from "./ffmpeg";
import { buildAssembleArgs, buildAudioRun, buildSegmentRun } from "./filter-graph";
import { inspectVideo } from "./inspect-video";
import type { JobResult, JobSpec, JobStore } from "./job-store";
import { planVideo } from "./plan-video";
import { prepareShots } from "./prepare-shots";
import { planSegments, totalFrames } from "./segment-plan";
import { hashRun, RenderWithdrawnError, type SharedJobs } from "./shared-job";

export type RenderPhase = "preparing" | "rendering";

export interface RenderJobOptions {
  store: JobStore;
  shared: SharedJobs;
  media: MediaStore;
  ffmpegPath: string;
  titleCard: TitleCardRenderer;
  signal: AbortSignal;
  onPhase: (phase: RenderPhase) => void;
  /** Share of the planned seconds rendered, finished pieces included; 1 only once the file is there. */
  onProgress: (fraction: number) => void;
  onSpawn: (ffmpegPid: number) => void;
}

/**
 * One attempt at a job, on whichever machine: prepare the stills, render each segment that is not
 * in the media store yet (one short ffmpeg run each, stored as soon as it is done, so a killed
 * worker loses one segment at most), render the audio bed once, then join the segments without
 * re-encoding into a part file, check what came out and move it to `<jobId>.mp4`. The output name
 * appears only when the file is complete, so "the output exists" means "the job succeeded".
 */
export async function renderJob(spec: JobSpec, options: RenderJobOptions): Promise<JobResult> {
  const { store, shared, media, signal, ffmpegPath } = options;
  const { jobId } = spec;
  // A job submitted before renders were shared has no record yet: write it from the local spec.
  const job =
    (await shared.read(jobId)) ?? (await shared.write(jobId, spec.request, spec.createdAt));
  const workDir = store.workDir(jobId);
  const partPath = store.partPath(jobId);
  await store.removeScratch(jobId);
  await mkdir(workDir, { recursive: true });
  try {
    options.onPhase("preparing");
    const request = await shared.localRequest(job, path.join(workDir, "missing-input"));
    const plan = planVideo(request);
    const shots = await prepareShots(plan, { workDir, titleCard: options.titleCard, signal });
    const segments = await Promise.all(
      planSegments(plan).map(async (segment) => {
        const file = path.join(workDir, `segment-${segment.index}.mp4`);
        const run = buildSegmentRun(plan, shots, segment, file);
        const key = shared.segmentKey(jobId, segment.index, await hashRun(run.filter, run.inputs));
        return { segment, file, run, key, stored: (await media.stat(key)) !== null };
      }),
    );
    const total = totalFrames(plan);
    const report = (frames: number) => options.onProgress(Math.min(0.99, frames / total));
    let rendered = segments.reduce((sum, s) => sum + (s.stored ? s.segment.frames : 0), 0);
    options.onPhase("rendering");
    report(rendered);

    // Pieces rendered here are joined from their local file; only the others are fetched.
    const renderedHere = new Map<string, string>();
    for (const { segment, file, run, key, stored } of segments) {
      if (stored) {
        continue;
      }
      await runFfmpeg({
        ffmpegPath,
        args: run.args,
        totalSeconds: segment.frames / plan.frame.fps,
        signal,
        onProgress: (fraction) => report(rendered + fraction * segment.frames),
        onSpawn: options.onSpawn,
      });
      await media.put(key, await readFile(file), "video/mp4");
      await stopIfWithdrawn(shared, jobId);
      renderedHere.set(key, file);
      rendered += segment.frames;
      report(rendered);
    }

    let audioKey: string | null = null;
    if (plan.audio) {
      const file = path.join(workDir, "audio.m4a");
      const run = buildAudioRun(plan.audio, file);
      audioKey = shared.audioKey(jobId, await hashRun(run.filter, []));
      if (!(await media.stat(audioKey))) {
        await runFfmpeg({
          ffmpegPath,
          args: run.args,
          totalSeconds: plan.totalSeconds,
          signal,
          onSpawn: options.onSpawn,
        });
        await media.put(audioKey, await readFile(file), "audio/mp4");
        await stopIfWithdrawn(shared, jobId);
        renderedHere.set(audioKey, file);
      }
    }

    const listPath = path.join(workDir, "segments.txt");
    const local = (key: string) => renderedHere.get(key) ?? media.localFile(key);
    const files = await Promise.all(segments.map(({ key }) => local(key)));
    await writeFile(listPath, files.map((file) => `file ${quoteConcatPath(file)}\n`).join(""));
    await runFfmpeg({
      ffmpegPath,
      args: buildAssembleArgs(listPath, audioKey ? await local(audioKey) : null, partPath),
      totalSeconds: plan.totalSeconds,
      signal,
      onSpawn: options.onSpawn,
    });
    const result = await measureOutput(partPath, ffmpegPath);
    await rename(partPath, store.outputPath(jobId));
    return result;
  } finally {
    await store.removeScratch(jobId);
  }
}

/**
 * Another worker canceled the job (or finished it and handed the video over) and deleted its
 * record: stop here, and take back the segment just stored, which the deletion may have missed.
 */
async function stopIfWithdrawn(shared: SharedJobs, jobId: string): Promise<void> {
  if (!(await shared.exists(jobId))) {
    await shared.remove(jobId);
    throw new RenderWithdrawnError(jobId);
  }
}

/** The concat demuxer's quoting: single quotes, with `'` written as `'\''`. */
function quoteConcatPath(file: string): string {
  return `'${file.replaceAll("'", "'\\''")}'`;
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
