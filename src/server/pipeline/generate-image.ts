import { z } from "zod";
import type { ImageProvider, ImageRequest, ImageResult } from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import { loadShow } from "../shows/show-records";
import { parseShowSettings } from "../shows/show-settings";
import { jobLedger, recordCallSpendSafely } from "../spend/job-ledger";
import type { TaskContext } from "../tasks/task-kind";
import { withModerationRewrites } from "./moderation-rewrite";
import type { PipelineServices } from "./pipeline-services";
import { runPaidJob } from "./run-paid-job";
import { pollIntervalFor } from "./run-video-job";
import { storeOutput } from "./store-output";

/** What a synchronous image call has cost this task before the current attempt. */
const spentSchema = z.object({ spentUsd: z.number() });

/**
 * One image from a provider, with its cost recorded and the file stored under the task's key.
 * A provider whose images are jobs (Replicate) goes through the paid-job protocol, so a crash
 * resumes the prediction. A synchronous call (OpenAI images) cannot be resumed: the image exists
 * only in the answer, so an attempt that dies after it returned pays again on retry; its cost is
 * checkpointed at once so the task's cost still counts every call that was paid for.
 */
export async function generateImageAsset(
  context: TaskContext<unknown>,
  services: PipelineServices,
  provider: ImageProvider,
  kind: AssetKind,
  request: Omit<ImageRequest, "signal">,
): Promise<AssetDraft> {
  // A blocked prompt is rewritten and tried again (moderation-rewrite.ts).
  const show = await loadShow(services.db, context.task.showId);
  return withModerationRewrites(
    context,
    services,
    {
      settings: parseShowSettings(show.settings),
      autopilot: show.autopilot,
      prompt: request.prompt,
    },
    (prompt, attempt) => generateOnce(attempt, services, provider, kind, { ...request, prompt }),
  );
}

async function generateOnce(
  context: TaskContext<unknown>,
  services: PipelineServices,
  provider: ImageProvider,
  kind: AssetKind,
  request: Omit<ImageRequest, "signal">,
): Promise<AssetDraft> {
  const payer = { taskId: context.task.id, showId: context.task.showId, kind: context.task.kind };
  const store = (image: ImageResult, costUsd: number) => {
    context.progress(0.9, "Saving the image");
    return storeOutput(
      services.media,
      { showId: context.task.showId, taskId: context.task.id, kind },
      image.data,
      image.mime,
      {
        width: image.size.width,
        height: image.size.height,
        durationSeconds: null,
        provider: provider.id,
        model: image.model,
        prompt: request.prompt,
        costUsd,
      },
    );
  };
  const jobs = provider.jobs;
  if (jobs) {
    const full = (signal: AbortSignal): ImageRequest => ({ ...request, signal });
    return runPaidJob(context, {
      label: "Image",
      model: request.model,
      pollIntervalMs: pollIntervalFor(provider),
      savedMessage: "Saved the image",
      port: {
        providerId: provider.id,
        submit: (signal) => jobs.submit(full(signal), signal),
        status: (jobId, signal) => jobs.status(jobId, signal),
        download: (jobId, signal) => jobs.download(jobId, full(signal), signal),
        cancel: (jobId) => jobs.cancel(jobId),
      },
      store,
      ledger: jobLedger(services.db, context.logger, {
        ...payer,
        provider: provider.id,
        model: request.model,
      }),
    });
  }
  const earlier = spentSchema.safeParse(context.lastCheckpoint);
  const spentBefore = earlier.success ? earlier.data.spentUsd : 0;
  const image = await provider.generate({ ...request, signal: context.signal });
  const spentUsd = spentBefore + image.costUsd;
  if (image.costUsd > 0) {
    // Written before anything else can fail: the call is billed whatever happens next.
    await recordCallSpendSafely(services.db, context.logger, {
      ...payer,
      provider: provider.id,
      model: image.model,
      costUsd: image.costUsd,
    });
  }
  context.setCost(spentUsd);
  if (image.costUsd > 0) {
    await context.checkpoint(
      { spentUsd },
      `${provider.id} answered with the image (cost ${formatUsd(image.costUsd)}); a synchronous call cannot be resumed`,
    );
  }
  return store(image, spentUsd);
}

const formatUsd = (usd: number) => `$${usd.toFixed(usd < 1 ? 3 : 2)}`;
