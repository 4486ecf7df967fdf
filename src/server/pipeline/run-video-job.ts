import { z } from "zod";
import { waitForNextPoll, watchJob } from "../providers/limits/poll-nudges";
import type { PollPacing } from "../providers/limits/poll-pacing";
import { ProviderError } from "../providers/provider-error";
import type { VideoProvider, VideoRequest } from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import type { MediaStore } from "../storage/media-store";
import { abortCauseOf } from "../tasks/task-abort";
import type { TaskContext } from "../tasks/task-kind";
import { readMp4Info } from "./mp4-info";
import { storeOutput } from "./store-output";

const videoCheckpointSchema = z.object({
  provider: z.string(),
  jobId: z.string(),
  /** The submit's cost estimate, so a resumed attempt still records what the job costs. */
  costUsd: z.number().optional(),
  /** Set once the video is in the media store: a resumed attempt only has to finish the task. */
  asset: z.custom<AssetDraft>((value) => typeof value === "object" && value !== null).optional(),
});

export interface VideoJobSpec {
  provider: VideoProvider;
  request: VideoRequest;
  /** For stage text, e.g. "Trailer". */
  label: string;
  kind: AssetKind;
  media: MediaStore;
  pollIntervalMs: number;
}

/**
 * The paid-job protocol every video kind follows: submit once and checkpoint the job id before
 * waiting; a resumed attempt polls the same job instead of paying for a new one; the output is
 * downloaded and stored at once (provider URLs expire) and checkpointed before the task completes.
 */
export async function runVideoJob(
  context: TaskContext<unknown>,
  spec: VideoJobSpec,
): Promise<AssetDraft> {
  const { task, signal } = context;
  const saved = videoCheckpointSchema.safeParse(context.lastCheckpoint);
  const resumable = saved.success && saved.data.provider === spec.provider.id ? saved.data : null;
  let costUsd = resumable?.costUsd ?? 0;
  if (resumable?.costUsd !== undefined) {
    context.setCost(resumable.costUsd);
  }
  if (resumable?.asset) {
    return resumable.asset;
  }
  const submit = async () => {
    context.progress(0.02, `${spec.label} · submitting to ${spec.request.model}`);
    const job = await spec.provider.submit(spec.request, signal);
    costUsd = job.costUsd;
    context.setCost(costUsd);
    await context.checkpoint(
      { provider: spec.provider.id, jobId: job.jobId, costUsd },
      `Submitted to ${spec.provider.id} as job ${job.jobId}`,
    );
    return job.jobId;
  };
  let jobId = resumable?.jobId ?? (await submit());
  const resubmittable = spec.provider.localFreeJobs === true;
  if (resumable?.jobId && resubmittable && (await isUnknownJob(spec.provider, jobId, signal))) {
    // A free local job (the offline renderer) lives on the machine that started it; a worker
    // elsewhere renders it again rather than failing. A paid job is never submitted twice.
    await context.log(`Job ${jobId} is not known here; rendering it again (it costs nothing)`);
    jobId = await submit();
  }
  const submittedJob = jobId;
  const stopProviderJob = () => {
    const cause = abortCauseOf(signal);
    // Shutdown and takeover leave the job running: the next attempt resumes polling it.
    if (cause === "canceled" || cause === "expired") {
      void spec.provider
        .cancel(submittedJob)
        .then((outcome) => context.log(outcome.note, { canceled: outcome.canceled }))
        .catch((error: unknown) =>
          context.log(`Could not cancel the provider job: ${String(error)}`),
        );
    }
  };
  signal.addEventListener("abort", stopProviderJob, { once: true });
  const watch = watchJob(submittedJob);
  try {
    let progress = 0.05;
    for (;;) {
      const status = await spec.provider.status(submittedJob, signal);
      progress = Math.max(progress, 0.05 + 0.85 * (status.progress ?? 0));
      context.progress(progress, status.stage ?? `${spec.label} · ${status.state}`);
      if (status.state === "succeeded") {
        break;
      }
      if (status.state === "failed" || status.state === "canceled") {
        throw new ProviderError({
          provider: spec.provider.id,
          code: status.state === "failed" ? "job_failed" : "canceled",
          userMessage:
            status.error?.message ??
            `The provider ${status.state === "failed" ? "failed" : "canceled"} the job`,
          requestId: submittedJob,
        });
      }
      await waitForNextPoll(watch, spec.pollIntervalMs, signal);
    }
    context.progress(0.92, `${spec.label} · downloading`);
    const video = await spec.provider.download(submittedJob, signal);
    // What the model made, which may not be what was asked for (models round or cap lengths).
    const made = video.mime === "video/mp4" ? readMp4Info(video.data) : null;
    const asset = await storeOutput(
      spec.media,
      { showId: task.showId, taskId: task.id, kind: spec.kind },
      video.data,
      video.mime,
      {
        width: video.size?.width ?? made?.width ?? null,
        height: video.size?.height ?? made?.height ?? null,
        durationSeconds:
          video.durationSeconds ?? made?.durationSeconds ?? spec.request.durationSeconds,
        provider: spec.provider.id,
        model: spec.request.model,
        prompt: spec.request.prompt,
        costUsd,
      },
    );
    await context.checkpoint(
      { provider: spec.provider.id, jobId: submittedJob, costUsd, asset },
      "Saved the video",
    );
    return asset;
  } finally {
    watch.release();
    signal.removeEventListener("abort", stopProviderJob);
  }
}

export const pollIntervalFor = (provider: VideoProvider & PollPacing) =>
  provider.pollIntervalMs ?? (provider.id === "offline" ? 200 : 4_000);

async function isUnknownJob(
  provider: VideoProvider,
  jobId: string,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    await provider.status(jobId, signal);
    return false;
  } catch (error) {
    if (error instanceof ProviderError && error.code === "not_found") {
      return true;
    }
    throw error;
  }
}
