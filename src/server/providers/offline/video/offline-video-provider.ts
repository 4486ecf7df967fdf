import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { availableParallelism, hostname } from "node:os";
import path from "node:path";
import { coerceError } from "../../../errors";
import type { Logger } from "../../../logger";
import { createLocalMediaStore } from "../../../storage/local-media-store";
import type { MediaStore } from "../../../storage/media-store";
import { ProviderError } from "../../provider-error";
import type {
  VideoCancelResult,
  VideoDownload,
  VideoJob,
  VideoJobStatus,
  VideoProvider,
  VideoRequest,
} from "../../types";
import { renderDefaultTitleCard, type TitleCardRenderer } from "./default-title-card";
import { bundledFfmpegPath } from "./ffmpeg";
import { createJobStore, isJobId, type JobSpec, newJobId } from "./job-store";
import { planVideo } from "./plan-video";
import { measureOutput, renderJob, scanJob } from "./render-job";
import { killRecordedFfmpeg, ownedByAnotherLiveProcess } from "./render-owner";
import { createRenderSlots } from "./render-slots";
import { type ActiveRender, describeRender, failureMessage, purposeNames } from "./render-status";
import { createSharedJobs, RenderWithdrawnError } from "./shared-job";

export type { TitleCardOptions, TitleCardRenderer } from "./default-title-card";

export interface OfflineVideoProviderOptions {
  /** This machine's job states, finished videos and scratch files; it survives restarts. */
  jobsDir: string;
  /**
   * Where jobs and finished segments are kept for every worker (the app's media store), so a
   * worker on another machine continues a render rather than starting over. Defaults to a store
   * inside `jobsDir`, which only this machine sees.
   */
  media?: MediaStore;
  /** Defaults to the ffmpeg bundled with @ffmpeg-installer (config maps FFMPEG_PATH here). */
  ffmpegPath?: string;
  /** Renders the title card PNG; a built-in card is used when none is given. */
  titleCard?: TitleCardRenderer;
  /** Renders running at once in this process; the rest wait as "queued". */
  maxConcurrentRenders?: number;
  /** Debug lines time each step of a render (what a resumed render spends before its first new segment). */
  logger?: Logger;
}

export interface OfflineVideoProvider extends VideoProvider {
  /**
   * Stops this instance's renders without touching their jobs — what a shutdown (or a crash)
   * does. Whoever next asks for their status, in any process sharing the media store, continues
   * them from their last stored segment.
   */
  close(): Promise<void>;
}

const providerId = "offline";

/**
 * A video provider that renders animatics with ffmpeg, shaped like a remote job API: `submit`
 * records the job in the media store (see `shared-job.ts`) and in `<jobsDir>/<jobId>.json`, and
 * renders it in the background, segment by segment; `status` reports the share rendered. A job
 * whose process died is continued from its stored segments the next time anyone asks for its
 * status — on this machine or any other that shares the media store. Rendering is free and
 * deterministic, so that is always safe — it is how a resumed task finishes.
 */
export function createOfflineVideoProvider(
  options: OfflineVideoProviderOptions,
): OfflineVideoProvider {
  const store = createJobStore(options.jobsDir);
  const media = options.media ?? createLocalMediaStore(path.join(options.jobsDir, "shared"));
  const shared = createSharedJobs(media);
  const ffmpegPath = options.ffmpegPath ?? bundledFfmpegPath;
  const titleCard = options.titleCard ?? renderDefaultTitleCard;
  const slots = createRenderSlots(
    options.maxConcurrentRenders ?? Math.min(2, availableParallelism()),
  );
  const instance = randomUUID();
  const renders = new Map<string, ActiveRender>();
  const ready = mkdir(options.jobsDir, { recursive: true });

  function start(spec: JobSpec): ActiveRender {
    const existing = renders.get(spec.jobId);
    if (existing) {
      return existing;
    }
    const controller = new AbortController();
    let scanned!: () => void;
    const active: ActiveRender = {
      controller,
      phase: "queued",
      progress: 0,
      scanned: new Promise((resolve) => {
        scanned = resolve;
      }),
      done: Promise.resolve(),
    };
    renders.set(spec.jobId, active);
    active.done = run(spec, active, scanned).finally(() => {
      scanned();
      renders.delete(spec.jobId);
    });
    return active;
  }

  async function run(spec: JobSpec, active: ActiveRender, scanned: () => void): Promise<void> {
    const { jobId } = spec;
    const { signal } = active.controller;
    let release: (() => void) | undefined;
    const began = performance.now();
    let mark = began;
    const timing = (step: string, ms = Math.round(performance.now() - mark)) => {
      mark = performance.now();
      options.logger?.debug(
        { jobId, step, ms, sinceStartMs: Math.round(mark - began) },
        "render step",
      );
    };
    try {
      const scanOptions = {
        store,
        shared,
        media,
        titleCard,
        signal,
        onShotDrawn: (shot: number) =>
          options.logger?.debug({ jobId, shot }, "drew and stored a shot's stills"),
      };
      // Before waiting for a slot: a resumed render reports what is stored from its first status.
      const job = await scanJob(spec, scanOptions);
      active.progress = Math.max(active.progress, job.storedFraction);
      scanned();
      timing("scan");
      release = await slots.acquire(signal);
      timing("slot");
      active.phase = "preparing";
      await killRecordedFfmpeg(spec.owner, jobId);
      await claim(jobId);
      const result = await renderJob(spec, job, {
        ...scanOptions,
        ffmpegPath,
        onPhase: (phase) => {
          active.phase = phase;
        },
        onProgress: (fraction) => {
          active.progress = Math.max(active.progress, fraction);
        },
        onSpawn: (ffmpegPid) => void recordFfmpegPid(jobId, ffmpegPid),
        onTiming: timing,
      });
      const finished = await store.update(jobId, (current) =>
        current.state === "processing" ? { ...current, state: "succeeded", result } : null,
      );
      if (finished?.state !== "succeeded") {
        // Canceled while the file was being moved into place: a cancel wins.
        await rm(store.outputPath(jobId), { force: true });
      }
    } catch (thrown) {
      if (signal.aborted) {
        return;
      }
      if (thrown instanceof RenderWithdrawnError) {
        // Another worker canceled it, or finished it and handed the video over.
        await store.update(jobId, (current) =>
          current.state === "processing" ? { ...current, state: "canceled" } : null,
        );
        return;
      }
      const error = coerceError(thrown);
      await store.update(jobId, (current) =>
        current.state === "processing"
          ? {
              ...current,
              state: "failed",
              error: { code: "render_failed", message: failureMessage(error) },
            }
          : null,
      );
    } finally {
      release?.();
    }
  }

  function claim(jobId: string): Promise<JobSpec | null> {
    return store.update(jobId, (current) => ({
      ...current,
      owner: { host: hostname(), pid: process.pid, instance, startedAt: new Date().toISOString() },
    }));
  }

  async function recordFfmpegPid(jobId: string, ffmpegPid: number): Promise<void> {
    await store
      .update(jobId, (current) =>
        current.owner?.instance === instance
          ? { ...current, owner: { ...current.owner, ffmpegPid } }
          : null,
      )
      .catch(() => undefined);
  }

  async function adoptOutput(jobId: string): Promise<JobSpec | null> {
    const result = await measureOutput(store.outputPath(jobId), ffmpegPath);
    return store.update(jobId, (current) =>
      current.state === "processing" ? { ...current, state: "succeeded", result } : null,
    );
  }

  /** This machine's state of the job; for a job another machine submitted, taken from the store. */
  async function readSpec(jobId: string): Promise<JobSpec | null> {
    const local = await store.read(jobId);
    if (local) {
      return local;
    }
    const job = await shared.read(jobId);
    if (!job) {
      return null;
    }
    const now = new Date().toISOString();
    const adopted: JobSpec = {
      version: 1,
      jobId,
      request: job.request,
      state: "processing",
      createdAt: job.createdAt,
      updatedAt: now,
    };
    await store.write(adopted);
    return adopted;
  }

  async function requireSpec(jobId: string): Promise<JobSpec> {
    await ready;
    const spec = isJobId(jobId) ? await readSpec(jobId) : null;
    if (!spec) {
      throw new ProviderError({
        provider: providerId,
        code: "not_found",
        userMessage: `No offline video job ${jobId}`,
      });
    }
    return spec;
  }

  return {
    id: providerId,
    localFreeJobs: true,

    async submit(request: VideoRequest, signal?: AbortSignal): Promise<VideoJob> {
      signal?.throwIfAborted();
      try {
        planVideo(request);
      } catch (cause) {
        throw new ProviderError({
          provider: providerId,
          code: "invalid_input",
          userMessage: `The offline renderer cannot plan this video: ${coerceError(cause).message}`,
          cause,
        });
      }
      await ready;
      const now = new Date().toISOString();
      const spec: JobSpec = {
        version: 1,
        jobId: newJobId(),
        request,
        state: "processing",
        createdAt: now,
        updatedAt: now,
      };
      await shared.write(spec.jobId, request, now);
      await store.write(spec);
      start(spec);
      return { jobId: spec.jobId, costUsd: 0 };
    },

    async status(jobId: string, signal?: AbortSignal): Promise<VideoJobStatus> {
      signal?.throwIfAborted();
      const spec = await requireSpec(jobId);
      const name = purposeNames[spec.request.context.purpose];
      switch (spec.state) {
        case "succeeded":
          return { state: "succeeded", progress: 1, stage: `Rendered ${name}` };
        case "canceled":
          return { state: "canceled", stage: "Render stopped" };
        case "failed":
          return { state: "failed", stage: "Render failed", error: spec.error };
        case "processing":
          break;
      }
      const active = renders.get(jobId);
      if (active) {
        return describeRender(active, name);
      }
      if (await store.hasOutput(jobId)) {
        // The process died between moving the file into place and recording success.
        const adopted = await adoptOutput(jobId);
        if (adopted?.state === "succeeded") {
          return { state: "succeeded", progress: 1, stage: `Rendered ${name}` };
        }
      }
      if (ownedByAnotherLiveProcess(spec.owner)) {
        return { state: "processing", stage: `Rendering ${name} in another process` };
      }
      const resumed = start(spec);
      // Reading what is stored takes milliseconds; until then the render would report 0, below
      // what the task already has.
      await resumed.scanned;
      return { ...describeRender(resumed, name), stage: `Resuming ${name} render` };
    },

    async download(jobId: string, signal?: AbortSignal): Promise<VideoDownload> {
      signal?.throwIfAborted();
      const spec = await requireSpec(jobId);
      if (spec.state !== "succeeded" || !spec.result) {
        throw new ProviderError({
          provider: providerId,
          code:
            spec.state === "canceled"
              ? "canceled"
              : spec.state === "failed"
                ? "job_failed"
                : "invalid_input",
          userMessage: `Video job ${jobId} has no video to download (${spec.state})`,
        });
      }
      const data = await readFile(store.outputPath(jobId)).catch((cause: unknown) => {
        throw new ProviderError({
          provider: providerId,
          code: "output_expired",
          userMessage: `The rendered video for job ${jobId} is gone`,
          cause,
        });
      });
      // The video has left the provider: the segments have done their job.
      await shared.remove(jobId).catch(() => undefined);
      const { durationSeconds, width, height } = spec.result;
      return { data, mime: "video/mp4", durationSeconds, size: { width, height } };
    },

    async cancel(jobId: string): Promise<VideoCancelResult> {
      const spec = await requireSpec(jobId);
      if (spec.state !== "processing") {
        return {
          canceled: true,
          note:
            spec.state === "succeeded" ? "Render had already finished" : "Render already stopped",
        };
      }
      const active = renders.get(jobId);
      active?.controller.abort(new Error("Render canceled"));
      await active?.done;
      await store.update(jobId, (current) =>
        current.state === "processing" ? { ...current, state: "canceled" } : null,
      );
      const after = await store.read(jobId);
      if (after?.state === "canceled") {
        await rm(store.outputPath(jobId), { force: true });
        await killRecordedFfmpeg(after.owner, jobId);
        await store.removeScratch(jobId);
        await shared.remove(jobId);
        return { canceled: true, note: "Render stopped" };
      }
      return { canceled: true, note: "Render had already finished" };
    },

    async close(): Promise<void> {
      const stopping = [...renders.values()];
      for (const active of stopping) {
        active.controller.abort(new Error("Provider closed"));
      }
      await Promise.all(stopping.map((active) => active.done));
    },
  };
}
