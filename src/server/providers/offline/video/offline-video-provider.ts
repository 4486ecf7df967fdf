import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { availableParallelism, hostname } from "node:os";
import { coerceError } from "../../../errors";
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
import { measureOutput, renderJob } from "./render-job";
import { killRecordedFfmpeg, ownedByAnotherLiveProcess } from "./render-owner";
import { createRenderSlots } from "./render-slots";
import { type ActiveRender, describeRender, failureMessage, purposeNames } from "./render-status";

export type { TitleCardOptions, TitleCardRenderer } from "./default-title-card";

export interface OfflineVideoProviderOptions {
  /** Job specs, finished videos and scratch files live here; it survives restarts. */
  jobsDir: string;
  /** Defaults to the ffmpeg bundled with @ffmpeg-installer (config maps FFMPEG_PATH here). */
  ffmpegPath?: string;
  /** Renders the title card PNG; a built-in card is used when none is given. */
  titleCard?: TitleCardRenderer;
  /** Renders running at once in this process; the rest wait as "queued". */
  maxConcurrentRenders?: number;
}

export interface OfflineVideoProvider extends VideoProvider {
  /**
   * Stops this instance's renders without touching their jobs — what a shutdown (or a crash)
   * does. Whoever next asks for their status, in this process or the next, renders them again.
   */
  close(): Promise<void>;
}

const providerId = "offline";

/**
 * A video provider that renders animatics with ffmpeg on this machine, shaped like a remote
 * job API: `submit` writes `<jobsDir>/<jobId>.json` and renders in the background, `status`
 * reports ffmpeg's progress, and a job whose process died is rendered again from its spec the
 * next time anyone asks for its status. Rendering is free and deterministic, so that is always
 * safe — it is how a resumed task finishes.
 */
export function createOfflineVideoProvider(
  options: OfflineVideoProviderOptions,
): OfflineVideoProvider {
  const store = createJobStore(options.jobsDir);
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
    const active: ActiveRender = {
      controller,
      phase: "queued",
      progress: 0,
      done: Promise.resolve(),
    };
    renders.set(spec.jobId, active);
    active.done = run(spec, active).finally(() => renders.delete(spec.jobId));
    return active;
  }

  async function run(spec: JobSpec, active: ActiveRender): Promise<void> {
    const { jobId } = spec;
    const { signal } = active.controller;
    let release: (() => void) | undefined;
    try {
      release = await slots.acquire(signal);
      await killRecordedFfmpeg(spec.owner, jobId);
      await claim(jobId);
      const result = await renderJob(spec, {
        store,
        ffmpegPath,
        titleCard,
        signal,
        onPhase: (phase) => {
          active.phase = phase;
        },
        onProgress: (fraction) => {
          active.progress = Math.max(active.progress, fraction);
        },
        onSpawn: (ffmpegPid) => void recordFfmpegPid(jobId, ffmpegPid),
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

  async function requireSpec(jobId: string): Promise<JobSpec> {
    await ready;
    const spec = isJobId(jobId) ? await store.read(jobId) : null;
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
          code: "invalid_request",
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
      return { ...describeRender(start(spec), name), stage: `Resuming ${name} render` };
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
                : "invalid_request",
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
