import type { Prediction } from "replicate";
import { defaultPrices, estimateVideoCost, type PriceTable } from "../pricing/price-table";
import type {
  VideoCancelResult,
  VideoDownload,
  VideoJob,
  VideoJobStatus,
  VideoProvider,
  VideoRequest,
} from "../types";
import { createReplicateModelRegistry, type ReplicateModelRegistry } from "./models";
import { predictionJobs } from "./prediction-jobs";
import { predictionJobStatus } from "./prediction-status";
import { toReferenceDataUris } from "./reference-images";
import { callReplicate, type ReplicateConnection } from "./replicate-client";
import { replicateProviderId } from "./replicate-errors";
import { labelForModel, resolveModel } from "./resolve-model";

export interface ReplicateVideoProviderOptions extends ReplicateConnection {
  models?: ReplicateModelRegistry;
  prices?: PriceTable;
  /**
   * Where Replicate posts the finished prediction (needs a public URL and a webhook secret to
   * verify it). Polling still drives the task; the webhook only nudges it.
   */
  webhookUrl?: string;
  downloadTimeoutMs?: number;
}

/**
 * Videos as Replicate predictions. `submit` creates the prediction and returns at once, so the
 * engine checkpoints the prediction id before any waiting; after a crash, `status` and `download`
 * need nothing but that id.
 */
export function createReplicateVideoProvider(
  options: ReplicateVideoProviderOptions,
): VideoProvider {
  const models = options.models ?? createReplicateModelRegistry();
  const prices = options.prices ?? defaultPrices;

  const jobs = predictionJobs(options);
  const labelOf = (prediction: Prediction) => labelForModel(models, prediction.model);

  return {
    id: replicateProviderId,

    async submit(request: VideoRequest, signal?: AbortSignal): Promise<VideoJob> {
      const { model, target } = resolveModel(models, request.model, "video");
      const referenceUris = await toReferenceDataUris(request.references, model.maxReferences);
      const { input, output } = model.buildInput({ ...request, referenceUris });
      const prediction = await callReplicate(
        options,
        { action: `start ${model.label}` },
        (client) =>
          client.predictions.create({
            ...target,
            input,
            ...(options.webhookUrl
              ? { webhook: options.webhookUrl, webhook_events_filter: ["completed"] }
              : {}),
            signal,
          }),
      );
      return { jobId: prediction.id, costUsd: estimateVideoCost(prices, model.id, output) };
    },

    async status(jobId: string, signal?: AbortSignal): Promise<VideoJobStatus> {
      const prediction = await jobs.get(jobId, signal);
      return predictionJobStatus(prediction, labelOf(prediction));
    },

    async download(jobId: string, signal?: AbortSignal): Promise<VideoDownload> {
      const file = await jobs.downloadFirstOutput(jobId, labelOf, signal);
      return {
        data: file.data,
        mime:
          file.contentType?.includes("webm") || file.url.endsWith(".webm")
            ? "video/webm"
            : "video/mp4",
      };
    },

    cancel: (jobId: string): Promise<VideoCancelResult> => jobs.cancel(jobId),
  };
}
