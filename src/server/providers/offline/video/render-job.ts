import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MediaStore } from "../../../storage/media-store";
import type { TitleCardRenderer } from "./default-title-card";
import { runFfmpeg } from "./ffmpeg";
import { buildAssembleArgs, buildAudioRun, buildSegmentRun, type SegmentRun } from "./filter-graph";
import { inspectVideo } from "./inspect-video";
import type { JobResult, JobSpec, JobStore } from "./job-store";
import { planVideo } from "./plan-video";
import { planSegments, type RenderSegment, totalFrames } from "./segment-plan";
import { hashRecipe, RenderWithdrawnError, type SharedJobs } from "./shared-job";
import { createShotCache, type ShotCache } from "./shot-cache";
import type { VideoPlan } from "./video-plan";

export type RenderPhase = "preparing" | "rendering";

export interface ScanJobOptions {
  store: JobStore;
  shared: SharedJobs;
  media: MediaStore;
  titleCard: TitleCardRenderer;
  signal: AbortSignal;
  /** Called once per shot drawn here (not fetched from the store), after it is stored. */
  onShotDrawn?: (index: number) => void;
}

export interface RenderJobOptions extends ScanJobOptions {
  ffmpegPath: string;
  onPhase: (phase: RenderPhase) => void;
  /** Share of the planned frames in stored segments plus the one rendering; 1 only once the file is there. */
  onProgress: (fraction: number) => void;
  onSpawn: (ffmpegPid: number) => void;
  /** How long each step took, for the debug log: what a resume spends before its first new segment. */
  onTiming?: (step: string, ms: number) => void;
}

/** What a job needs rendered, and what of it is already in the shared store. */
export interface ScannedJob {
  jobId: string;
  plan: VideoPlan;
  shots: ShotCache;
  segments: {
    segment: RenderSegment;
    file: string;
    run: SegmentRun;
    key: string;
    stored: boolean;
  }[];
  audio: { key: string; file: string; args: string[]; stored: boolean } | null;
  /** Share of the planned frames in stored segments: where a resumed render's progress starts. */
  storedFraction: number;
}

/**
 * Reads a job and names every piece of it without drawing or rendering anything: segments and
 * stills are named by hashes of what they are made from, so a resume knows what is stored (and
 * reports that progress) within milliseconds. Writes nothing.
 */
export async function scanJob(spec: JobSpec, options: ScanJobOptions): Promise<ScannedJob> {
  const { store, shared, media } = options;
  const { jobId } = spec;
  // A job submitted before renders were shared has no record yet: write it from the local spec.
  const job =
    (await shared.read(jobId)) ?? (await shared.write(jobId, spec.request, spec.createdAt));
  const workDir = store.workDir(jobId);
  const request = await shared.localRequest(job, path.join(workDir, "missing-input"));
  const plan = planVideo(request);
  const shots = await createShotCache(plan, {
    media,
    prefix: shared.shotsPrefix(jobId),
    workDir,
    titleCard: options.titleCard,
    signal: options.signal,
    ...(options.onShotDrawn ? { onDrawn: options.onShotDrawn } : {}),
  });
  const segments = await Promise.all(
    planSegments(plan).map(async (segment) => {
      const file = path.join(workDir, `segment-${segment.index}.mp4`);
      const run = buildSegmentRun(plan, shots.files, segment, file);
      const hash = hashRecipe(run.filter, run.inputs.map(shots.inputId));
      const key = shared.segmentKey(jobId, segment.index, hash);
      return { segment, file, run, key, stored: (await media.stat(key)) !== null };
    }),
  );
  let audio: ScannedJob["audio"] = null;
  if (plan.audio) {
    const file = path.join(workDir, "audio.m4a");
    const run = buildAudioRun(plan.audio, file);
    const key = shared.audioKey(jobId, hashRecipe(run.filter, []));
    audio = { key, file, args: run.args, stored: (await media.stat(key)) !== null };
  }
  const storedFrames = segments.reduce((sum, s) => sum + (s.stored ? s.segment.frames : 0), 0);
  return {
    jobId,
    plan,
    shots,
    segments,
    audio,
    storedFraction: progressOf(storedFrames, totalFrames(plan)),
  };
}

/** Below 1 until the file is there: the join and the check still have to run. */
function progressOf(frames: number, total: number): number {
  return Math.min(0.99, frames / total);
}

/**
 * One attempt at a job, on whichever machine: render each segment that is not in the media store
 * yet, earliest first (one short ffmpeg run each, stored as soon as it is done, so a killed
 * worker loses one segment at most), drawing or fetching only the stills that segment shows;
 * render the audio bed once, then join the segments without re-encoding into a part file, check
 * what came out and move it to `<jobId>.mp4`. The output name appears only when the file is
 * complete, so "the output exists" means "the job succeeded".
 */
export async function renderJob(
  spec: JobSpec,
  scanned: ScannedJob,
  options: RenderJobOptions,
): Promise<JobResult> {
  const { store, shared, media, signal, ffmpegPath } = options;
  const { jobId } = spec;
  const { plan, shots, segments, audio } = scanned;
  let mark = performance.now();
  const timed = (step: string) => {
    const now = performance.now();
    options.onTiming?.(step, Math.round(now - mark));
    mark = now;
  };
  const workDir = store.workDir(jobId);
  const partPath = store.partPath(jobId);
  await store.removeScratch(jobId);
  await mkdir(workDir, { recursive: true });
  let prefetch: Promise<void> | null = null;
  try {
    const total = totalFrames(plan);
    const report = (frames: number) => options.onProgress(progressOf(frames, total));
    let rendered = segments.reduce((sum, s) => sum + (s.stored ? s.segment.frames : 0), 0);
    report(rendered);
    options.onPhase("rendering");

    // Pieces rendered here are joined from their local file; only the others are fetched.
    const renderedHere = new Map<string, string>();
    const missing = segments.filter((piece) => !piece.stored);
    for (const [position, { segment, file, run, key }] of missing.entries()) {
      await shots.ensureAll(shots.shotsOf(run.inputs));
      timed(`stills-${segment.index}`);
      // The next segment's stills are drawn while this one renders, so ffmpeg runs back to back.
      const next = missing[position + 1];
      prefetch = next ? shots.ensureAll(shots.shotsOf(next.run.inputs)) : null;
      prefetch?.catch(() => undefined);
      await runFfmpeg({
        ffmpegPath,
        args: run.args,
        totalSeconds: segment.frames / plan.frame.fps,
        signal,
        onProgress: (fraction) => report(rendered + fraction * segment.frames),
        onSpawn: options.onSpawn,
      });
      timed(`render-segment-${segment.index}`);
      await media.put(key, await readFile(file), "video/mp4");
      await stopIfWithdrawn(shared, jobId);
      timed(`store-segment-${segment.index}`);
      renderedHere.set(key, file);
      rendered += segment.frames;
      report(rendered);
    }

    if (audio && !audio.stored) {
      await runFfmpeg({
        ffmpegPath,
        args: audio.args,
        totalSeconds: plan.totalSeconds,
        signal,
        onSpawn: options.onSpawn,
      });
      await media.put(audio.key, await readFile(audio.file), "audio/mp4");
      await stopIfWithdrawn(shared, jobId);
      renderedHere.set(audio.key, audio.file);
      timed("audio");
    }

    const listPath = path.join(workDir, "segments.txt");
    const local = (key: string) => renderedHere.get(key) ?? media.localFile(key);
    const files = await Promise.all(segments.map(({ key }) => local(key)));
    await writeFile(listPath, files.map((file) => `file ${quoteConcatPath(file)}\n`).join(""));
    await runFfmpeg({
      ffmpegPath,
      args: buildAssembleArgs(listPath, audio ? await local(audio.key) : null, partPath),
      totalSeconds: plan.totalSeconds,
      signal,
      onSpawn: options.onSpawn,
    });
    const result = await measureOutput(partPath, ffmpegPath);
    await rename(partPath, store.outputPath(jobId));
    timed("assemble");
    return result;
  } catch (error) {
    if (error instanceof RenderWithdrawnError) {
      // Stills the next segment's prefetch stored after the job's folder was deleted.
      await prefetch?.catch(() => undefined);
      await shared.remove(jobId);
    }
    throw error;
  } finally {
    // Nothing may still be writing stills into the scratch folder, or storing them, after this.
    await prefetch?.catch(() => undefined);
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
