import { setTimeout as sleep } from "node:timers/promises";
import type { Prediction } from "replicate";
import sharp from "sharp";
import { defaultPrices, estimateImageCost, type PriceTable } from "../pricing/price-table";
import { isPassingFault, isProviderErrorCode, ProviderError } from "../provider-error";
import type { ImageJobs, ImageProvider, ImageRequest, ImageResult, JobStatus } from "../types";
import { createReplicateModelRegistry, type ReplicateModelRegistry } from "./models";
import { predictionJobs } from "./prediction-jobs";
import { predictionJobStatus } from "./prediction-status";
import { toReferenceDataUris } from "./reference-images";
import { callReplicate, type ReplicateConnection } from "./replicate-client";
import { replicateProviderId } from "./replicate-errors";
import { labelForModel, resolveModel } from "./resolve-model";

export interface ReplicateImageProviderOptions extends ReplicateConnection {
  models?: ReplicateModelRegistry;
  prices?: PriceTable;
  /** First wait between polls; in `generate` it grows by half each time up to `maxPollIntervalMs`. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  downloadTimeoutMs?: number;
}

/**
 * Images as Replicate predictions. `jobs` is the pipeline's way in: submit returns as soon as the
 * prediction exists, so its id is checkpointed before any waiting and a crash resumes the same
 * prediction. `generate` awaits one in place for callers that cannot checkpoint.
 */
export function createReplicateImageProvider(
  options: ReplicateImageProviderOptions,
): ImageProvider {
  const models = options.models ?? createReplicateModelRegistry();
  const prices = options.prices ?? defaultPrices;
  const firstInterval = options.pollIntervalMs ?? 1_000;
  const maxInterval = options.maxPollIntervalMs ?? 5_000;
  const predictions = predictionJobs(options);
  const labelOf = (prediction: Prediction) => labelForModel(models, prediction.model);

  const jobs: ImageJobs = {
    async submit(request, signal) {
      const { model, target } = resolveModel(models, request.model, "image");
      const referenceUris = await toReferenceDataUris(request.references, model.maxReferences);
      const input = model.buildInput({ ...request, referenceUris });
      const created = await callReplicate(options, { action: `start ${model.label}` }, (client) =>
        client.predictions.create({ ...target, input, signal }),
      );
      return { jobId: created.id, costUsd: estimateImageCost(prices, model.id) };
    },
    async status(jobId, signal): Promise<JobStatus> {
      const prediction = await predictions.get(jobId, signal);
      return predictionJobStatus(prediction, labelOf(prediction));
    },
    async download(jobId, request, signal): Promise<ImageResult> {
      const file = await predictions.downloadFirstOutput(jobId, labelOf, signal);
      const { width, height } = request.size;
      return {
        data: await sharp(file.data).resize(width, height, { fit: "cover" }).png().toBuffer(),
        mime: "image/png",
        size: request.size,
        model: request.model,
        costUsd: estimateImageCost(prices, resolveModel(models, request.model, "image").model.id),
      };
    },
    cancel: (jobId) => predictions.cancel(jobId),
  };

  /** Polls until Replicate's verdict; passing faults of a poll are retried here, not re-paid. */
  async function waitForVerdict(jobId: string, signal?: AbortSignal): Promise<JobStatus> {
    let interval = firstInterval;
    for (;;) {
      await sleep(interval, undefined, { signal });
      interval = Math.min(maxInterval, interval * 1.5);
      try {
        const status = await jobs.status(jobId, signal);
        if (status.state !== "queued" && status.state !== "processing") {
          return status;
        }
      } catch (error) {
        if (!isPassingFault(error) || signal?.aborted) {
          throw error;
        }
      }
    }
  }

  return {
    id: replicateProviderId,
    jobs,
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    async generate(request: ImageRequest): Promise<ImageResult> {
      const { signal } = request;
      const { jobId } = await jobs.submit(request, signal);
      let status: JobStatus;
      try {
        status = await waitForVerdict(jobId, signal);
      } catch (error) {
        if (signal?.aborted) {
          await jobs.cancel(jobId);
          throw signal.reason;
        }
        throw error;
      }
      if (status.state !== "succeeded") {
        throw new ProviderError({
          provider: replicateProviderId,
          code: isProviderErrorCode(status.error?.code) ? status.error.code : "canceled",
          userMessage: status.error?.message ?? "The prediction was canceled on Replicate.",
          requestId: jobId,
        });
      }
      return jobs.download(jobId, request, signal);
    },
  };
}
