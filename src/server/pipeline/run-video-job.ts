import type { PollPacing } from "../providers/limits/poll-pacing";
import type { VideoProvider, VideoRequest } from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import type { MediaStore } from "../storage/media-store";
import type { TaskContext } from "../tasks/task-kind";
import { readMp4Info } from "./mp4-info";
import { runPaidJob } from "./run-paid-job";
import { storeOutput } from "./store-output";

export interface VideoJobSpec {
  provider: VideoProvider;
  request: VideoRequest;
  /** For stage text, e.g. "Trailer". */
  label: string;
  kind: AssetKind;
  media: MediaStore;
  pollIntervalMs: number;
}

/** A video through the paid-job protocol (`run-paid-job.ts`), stored with what the model made. */
export function runVideoJob(
  context: TaskContext<unknown>,
  spec: VideoJobSpec,
): Promise<AssetDraft> {
  const { provider, request } = spec;
  return runPaidJob(context, {
    label: spec.label,
    model: request.model,
    pollIntervalMs: spec.pollIntervalMs,
    savedMessage: "Saved the video",
    port: {
      providerId: provider.id,
      ...(provider.localFreeJobs ? { localFreeJobs: true } : {}),
      submit: (signal) => provider.submit(request, signal),
      status: (jobId, signal) => provider.status(jobId, signal),
      download: (jobId, signal) => provider.download(jobId, signal),
      cancel: (jobId) => provider.cancel(jobId),
    },
    async store(video, costUsd) {
      // What the model made, which may not be what was asked for (models round or cap lengths).
      const made = video.mime === "video/mp4" ? readMp4Info(video.data) : null;
      return storeOutput(
        spec.media,
        { showId: context.task.showId, taskId: context.task.id, kind: spec.kind },
        video.data,
        video.mime,
        {
          width: video.size?.width ?? made?.width ?? null,
          height: video.size?.height ?? made?.height ?? null,
          durationSeconds:
            video.durationSeconds ?? made?.durationSeconds ?? request.durationSeconds,
          provider: provider.id,
          model: request.model,
          prompt: request.prompt,
          costUsd,
        },
      );
    },
  });
}

export const pollIntervalFor = (provider: { id: string } & PollPacing) =>
  provider.pollIntervalMs ?? (provider.id === "offline" ? 200 : 4_000);
