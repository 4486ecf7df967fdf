import type { Prediction } from "replicate";
import { defaultPrices, estimateVideoCost, type PriceTable } from "../pricing/price-table";
import { ProviderError } from "../provider-error";
import type {
  VideoCancelResult,
  VideoDownload,
  VideoJob,
  VideoJobStatus,
  VideoProvider,
  VideoRequest,
} from "../types";
import { downloadOutput, expiredMessage, outputUrls } from "./download-output";
import { createReplicateModelRegistry, type ReplicateModelRegistry } from "./models";
import { describePredictionFailure, videoJobStatus } from "./prediction-status";
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

  const getPrediction = (jobId: string, signal?: AbortSignal): Promise<Prediction> =>
    callReplicate(options, { action: `check prediction ${jobId}`, predictionId: jobId }, (client) =>
      client.predictions.get(jobId, { signal }),
    );

  const terminal = (code: ProviderError["code"], userMessage: string, jobId: string) =>
    new ProviderError({ provider: replicateProviderId, code, userMessage, requestId: jobId });

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
      const prediction = await getPrediction(jobId, signal);
      return videoJobStatus(prediction, labelForModel(models, prediction.model));
    },

    async download(jobId: string, signal?: AbortSignal): Promise<VideoDownload> {
      const prediction = await getPrediction(jobId, signal);
      const label = labelForModel(models, prediction.model);
      if (prediction.status === "failed" || prediction.status === "aborted") {
        const failure = describePredictionFailure(prediction, label);
        throw terminal(failure.code, failure.message, jobId);
      }
      if (prediction.status === "canceled") {
        throw terminal("canceled", `The ${label} prediction was canceled.`, jobId);
      }
      if (prediction.status !== "succeeded") {
        throw terminal("invalid_request", `The ${label} prediction has not finished yet.`, jobId);
      }
      const url = outputUrls(prediction.output)[0];
      if (prediction.data_removed || !url) {
        throw terminal("output_expired", expiredMessage(label), jobId);
      }
      const file = await downloadOutput(url, {
        fetch: options.fetch,
        signal,
        timeoutMs: options.downloadTimeoutMs,
        predictionId: jobId,
        label,
      });
      return {
        data: file.data,
        mime:
          file.contentType?.includes("webm") || url.endsWith(".webm") ? "video/webm" : "video/mp4",
      };
    },

    async cancel(jobId: string): Promise<VideoCancelResult> {
      try {
        const prediction = await callReplicate(
          options,
          { action: `cancel prediction ${jobId}`, predictionId: jobId },
          (client) => client.predictions.cancel(jobId),
        );
        if (prediction.status === "succeeded" || prediction.status === "failed") {
          return { canceled: true, note: "Replicate had already finished the prediction" };
        }
        return { canceled: true, note: "Replicate stopped the prediction" };
      } catch (error) {
        const reason = error instanceof ProviderError ? error.userMessage : String(error);
        return {
          canceled: false,
          note: `Could not stop the prediction on Replicate; it may keep billing until it ends. (${reason})`,
        };
      }
    },
  };
}
