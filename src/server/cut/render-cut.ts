import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundledFfmpegPath, runFfmpeg } from "../providers/offline/video/ffmpeg";
import { inspectVideo } from "../providers/offline/video/inspect-video";
import { measureFiles, parseMeterSummaries } from "./audio-levels";
import { buildMixArgs, gainTo, masterFilter, musicLufs, voiceLufs } from "./audio-mix";
import { writeBurnedCaptions } from "./burned-captions";
import { checkCutPlan } from "./check-cut-plan";
import type { CutPlan, CutProgress, CutResult } from "./cut-plan";
import { type CutSegment, planSegments, planTimeline } from "./cut-timeline";
import { type PreparedVisual, VisualPreparer } from "./prepare-visuals";
import { buildSegmentArgs, shotsDrawnBy } from "./segment-run";
import { cuesFromVoices, toSrt, toWebVtt } from "./subtitles";

export interface RenderCutOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CutProgress) => void;
  /** ffmpeg processes rendering segments at once; default 2 (the cores we plan for). */
  concurrency?: number;
  /** Longest segment, seconds; default 10. */
  maxSegmentSeconds?: number;
}

export const cutFileName = "cut.mp4";

/** Share of the progress bar the segments fill; the final mux takes the rest. */
const renderShare = 0.9;

/**
 * Renders a cut to `outputDir/cut.mp4` (H.264 yuv420p + AAC 48 kHz stereo, faststart) and returns
 * it with its captions as WebVTT and SRT.
 *
 * The picture is rendered in segments of whole shots (≤ `maxSegmentSeconds`), two ffmpeg
 * processes at a time, and joined without re-encoding:
 * - ffmpeg (this bundled 2018 build) runs a filtergraph in one thread, so one process for a whole
 *   cut leaves the second core to x264 alone; two segment processes keep both cores busy;
 * - every still in a graph keeps a decoded 2×-frame plate and every clip a decoder for the whole
 *   run: a 60-shot trailer in one graph would hold all of them, and its command line would grow
 *   with every shot; a segment holds a handful;
 * - progress is finer, and a failure names the shots of its segment.
 * The sound is mixed meanwhile (audio-mix.ts) and normalised in the final mux.
 */
export async function renderCut(
  plan: CutPlan,
  outputDir: string,
  options: RenderCutOptions = {},
): Promise<CutResult> {
  checkCutPlan(plan);
  const { onProgress } = options;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const timeline = planTimeline(plan.shots, plan.fps);
  const totalSeconds = timeline.totalFrames / plan.fps;
  const segments = planSegments(timeline, options.maxSegmentSeconds ?? 10);
  const cues = cuesFromVoices(plan.voices, totalSeconds);

  // One controller for every child: the caller's abort, or any step failing, stops them all.
  const controller = new AbortController();
  const { signal } = controller;
  const forwardAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) {
    throw options.signal.reason;
  }
  options.signal?.addEventListener("abort", forwardAbort, { once: true });

  await mkdir(outputDir, { recursive: true });
  const workDir = await mkdtemp(path.join(outputDir, ".cut-"));
  const pending: Promise<unknown>[] = [];
  try {
    onProgress?.({ fraction: 0, stage: "preparing" });
    const env = plan.burnCaptions ? await writeBurnedCaptions(cues, plan, workDir) : undefined;
    const preparer = new VisualPreparer(workDir, plan, signal);
    // Tracked too: a plate still being written when the render stops must land before the
    // work directory is deleted.
    const visuals = plan.shots.map((shot) => track(pending, preparer.prepare(shot.visual)));

    // A sound that cannot be read stops the picture too, rather than after it.
    const audio = track(
      pending,
      mixAudio(plan, totalSeconds, workDir, signal).catch((error: unknown) => {
        controller.abort(error);
        throw error;
      }),
    );

    const rendered = new Array<number>(segments.length).fill(0);
    const report = () => {
      const frames = rendered.reduce((total, value) => total + value, 0);
      onProgress?.({
        fraction: renderShare * (frames / timeline.totalFrames),
        stage: "rendering",
      });
    };
    const files = await runPool(segments, concurrency, pending, async (segment) => {
      const drawn = new Map<number, PreparedVisual>();
      for (const shot of shotsDrawnBy(segment)) {
        drawn.set(shot, await visuals[shot]!);
      }
      signal.throwIfAborted();
      const file = path.join(workDir, `segment-${segment.index}.mp4`);
      await runSegment(plan, segment, {
        args: buildSegmentArgs(plan, timeline, segment, drawn, file),
        env,
        workDir,
        signal,
        onProgress: (fraction) => {
          rendered[segment.index] = fraction * segment.frames;
          report();
        },
      });
      return file;
    });

    const master = await audio;
    onProgress?.({ fraction: renderShare, stage: "mixing" });
    const list = path.join(workDir, "segments.txt");
    await writeFile(list, files.map((file) => `file '${path.basename(file)}'\n`).join(""));
    const made = path.join(workDir, cutFileName);
    await runFfmpeg({
      ffmpegPath: bundledFfmpegPath,
      totalSeconds,
      signal,
      onProgress: (fraction) =>
        onProgress?.({ fraction: renderShare + (1 - renderShare) * fraction, stage: "mixing" }),
      args: [
        ...["-f", "concat", "-safe", "0", "-i", list, "-i", master.wavPath],
        ...["-map", "0:v:0", "-map", "1:a:0", "-c:v", "copy"],
        ...["-af", master.filter, "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2"],
        ...["-t", String(totalSeconds), "-movflags", "+faststart", "-f", "mp4", "-y", made],
      ],
    });
    const videoPath = path.join(outputDir, cutFileName);
    await rename(made, videoPath);
    const info = await inspectVideo(videoPath);
    onProgress?.({ fraction: 1, stage: "done" });

    return {
      videoPath,
      durationSeconds: info.durationSeconds,
      shotStarts: Object.fromEntries(
        timeline.spans.map((span) => [span.id, span.startFrame / plan.fps]),
      ),
      cues,
      vtt: toWebVtt(cues),
      srt: toSrt(cues),
    };
  } catch (error) {
    controller.abort(error);
    // Every child must be gone before its files are deleted.
    await Promise.allSettled(pending);
    throw options.signal?.aborted ? options.signal.reason : error;
  } finally {
    options.signal?.removeEventListener("abort", forwardAbort);
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function runSegment(
  plan: CutPlan,
  segment: CutSegment,
  run: {
    args: string[];
    env: NodeJS.ProcessEnv | undefined;
    workDir: string;
    signal: AbortSignal;
    onProgress: (fraction: number) => void;
  },
): Promise<void> {
  try {
    await runFfmpeg({
      ffmpegPath: bundledFfmpegPath,
      args: run.args,
      totalSeconds: segment.frames / plan.fps,
      signal: run.signal,
      onProgress: run.onProgress,
      env: run.env,
      // The caption file is named relative to it: no path escaping inside the filtergraph.
      cwd: run.workDir,
    });
  } catch (error) {
    if (run.signal.aborted) {
      throw error;
    }
    const shots = [...new Set(segment.pieces.map((piece) => plan.shots[piece.shot]!.id))];
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Rendering shots ${shots.join(", ")} failed: ${reason}`);
  }
}

/** Measures each sound, mixes them into a WAV and meters it: the master filter is then known. */
async function mixAudio(
  plan: CutPlan,
  totalSeconds: number,
  workDir: string,
  signal: AbortSignal,
): Promise<{ wavPath: string; filter: string }> {
  const voices = plan.voices.filter(
    (voice) => voice.startSeconds < totalSeconds && voice.durationSeconds > 0,
  );
  const sounds = [
    ...(plan.music ? [{ path: plan.music.path, seconds: Math.min(totalSeconds, 120) }] : []),
    ...voices.map((voice) => ({ path: voice.path, seconds: voice.durationSeconds })),
  ];
  const levels = await measureFiles(sounds, signal);
  const musicLevel = plan.music ? levels.shift()! : 0;
  const wavPath = path.join(workDir, "mix.wav");
  const stderr = await runFfmpeg({
    ffmpegPath: bundledFfmpegPath,
    logLevel: "info",
    totalSeconds,
    signal,
    args: buildMixArgs(
      {
        totalSeconds,
        music: plan.music ? { path: plan.music.path, gainDb: gainTo(musicLufs, musicLevel) } : null,
        voices: voices.map((voice, index) => ({
          voice,
          gainDb: gainTo(voiceLufs, levels[index]!),
        })),
      },
      wavPath,
    ),
  });
  const metered = [...parseMeterSummaries(stderr).entries()].sort(([a], [b]) => a - b).at(-1);
  if (!metered) {
    throw new Error("The mixed sound was not metered");
  }
  return { wavPath, filter: masterFilter(metered[1], plan.loudnessLufs) };
}

/**
 * Runs `work` over `items`, at most `limit` at a time, results in order. Each started run is
 * added to `pending`, so a failure can wait for the others (aborted by the shared signal) to end.
 */
async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  pending: Promise<unknown>[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await track(pending, work(items[index]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function track<T>(pending: Promise<unknown>[], promise: Promise<T>): Promise<T> {
  pending.push(promise.catch(() => undefined));
  return promise;
}
