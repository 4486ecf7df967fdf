import type { PollPacing } from "../providers/limits/poll-pacing";
import type { VideoProvider, VideoRequest } from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import { loadShow } from "../shows/show-records";
import { parseShowSettings } from "../shows/show-settings";
import { jobLedger } from "../spend/job-ledger";
import type { MediaStore } from "../storage/media-store";
import type { TaskContext } from "../tasks/task-kind";
import { withModerationRewrites } from "./moderation-rewrite";
import { readMp4Info } from "./mp4-info";
import type { PipelineServices } from "./pipeline-services";
import { runPaidJob } from "./run-paid-job";
import { storeOutput } from "./store-output";

export interface VideoJobSpec {
  provider: VideoProvider;
  request: VideoRequest;
  /** For stage text, e.g. "Trailer". */
  label: string;
  kind: AssetKind;
  media: MediaStore;
  /** The spend ledger and moderation rewrites need the services; a bare job runs without them. */
  services?: PipelineServices;
  pollIntervalMs: number;
}

/**
 * A video through the paid-job protocol (`run-paid-job.ts`), stored with what the model made; a
 * prompt the provider blocks is rewritten and submitted again (moderation-rewrite.ts).
 */
export async function runVideoJob(
  context: TaskContext<unknown>,
  spec: VideoJobSpec,
): Promise<AssetDraft> {
  const { services } = spec;
  if (!services) {
    return runOnce(context, spec);
  }
  const show = await loadShow(services.db, context.task.showId);
  return withModerationRewrites(
    context,
    services,
    {
      settings: parseShowSettings(show.settings),
      autopilot: show.autopilot,
      prompt: spec.request.prompt,
    },
    (prompt, attempt) => runOnce(attempt, { ...spec, request: { ...spec.request, prompt } }),
  );
}

function runOnce(context: TaskContext<unknown>, spec: VideoJobSpec): Promise<AssetDraft> {
  const { provider, request } = spec;
  const { media, services } = spec;
  return runPaidJob(context, {
    // Free local renders are not spend.
    ...(provider.localFreeJobs || !services
      ? {}
      : {
          ledger: jobLedger(services.db, context.logger, {
            taskId: context.task.id,
            showId: context.task.showId,
            kind: context.task.kind,
            provider: provider.id,
            model: request.model,
            seconds: request.durationSeconds,
          }),
        }),
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
        media,
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
