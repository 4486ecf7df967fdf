import { setTimeout as sleep } from "node:timers/promises";
import type { Prediction } from "replicate";
import sharp from "sharp";
import { defaultPrices, estimateImageCost, type PriceTable } from "../pricing/price-table";
import { ProviderError } from "../provider-error";
import type { ImageProvider, ImageRequest, ImageResult } from "../types";
import { downloadOutput, expiredMessage, outputUrls } from "./download-output";
import { createReplicateModelRegistry, type ReplicateModelRegistry } from "./models";
import { describePredictionFailure } from "./prediction-status";
import { toReferenceDataUris } from "./reference-images";
import { callReplicate, type ReplicateConnection } from "./replicate-client";
import { replicateProviderId } from "./replicate-errors";
import { resolveModel } from "./resolve-model";

export interface ReplicateImageProviderOptions extends ReplicateConnection {
  models?: ReplicateModelRegistry;
  prices?: PriceTable;
  /** First wait between polls; it grows by half each time up to `maxPollIntervalMs`. */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  downloadTimeoutMs?: number;
}

const finished = new Set<Prediction["status"]>(["succeeded", "failed", "canceled", "aborted"]);

/**
 * A poll that fails for a passing reason (network, 5xx, 429) is tried again here rather than
 * failing the task: a retried task would create, and pay for, a second prediction.
 */
const maxConsecutivePollFailures = 3;

/**
 * Images as Replicate predictions, awaited in place: create, poll with backoff, download, crop
 * to the size asked for. Aborting the signal cancels the prediction so it stops billing.
 */
export function createReplicateImageProvider(
  options: ReplicateImageProviderOptions,
): ImageProvider {
  const models = options.models ?? createReplicateModelRegistry();
  const prices = options.prices ?? defaultPrices;
  const firstInterval = options.pollIntervalMs ?? 1_000;
  const maxInterval = options.maxPollIntervalMs ?? 5_000;

  async function waitForPrediction(created: Prediction, signal?: AbortSignal): Promise<Prediction> {
    let prediction = created;
    let interval = firstInterval;
    let failures = 0;
    while (!finished.has(prediction.status)) {
      await sleep(interval, undefined, { signal });
      interval = Math.min(maxInterval, interval * 1.5);
      try {
        prediction = await callReplicate(
          options,
          { action: `check prediction ${created.id}`, predictionId: created.id },
          (client) => client.predictions.get(created.id, { signal }),
        );
        failures = 0;
      } catch (error) {
        failures += 1;
        const passing = error instanceof ProviderError && error.retryable;
        if (!passing || failures >= maxConsecutivePollFailures || signal?.aborted) {
          throw error;
        }
      }
    }
    return prediction;
  }

  async function cancelQuietly(predictionId: string): Promise<void> {
    try {
      await callReplicate(options, { action: "cancel prediction", predictionId }, (client) =>
        client.predictions.cancel(predictionId),
      );
    } catch {
      // Best effort: the task is already being stopped; a failed cancel only costs this image.
    }
  }

  return {
    id: replicateProviderId,
    async generate(request: ImageRequest): Promise<ImageResult> {
      const { signal } = request;
      const { model, target } = resolveModel(models, request.model, "image");
      const referenceUris = await toReferenceDataUris(request.references, model.maxReferences);
      const input = model.buildInput({ ...request, referenceUris });
      const created = await callReplicate(options, { action: `start ${model.label}` }, (client) =>
        client.predictions.create({ ...target, input, signal }),
      );

      let prediction: Prediction;
      try {
        prediction = await waitForPrediction(created, signal);
      } catch (error) {
        if (signal?.aborted) {
          await cancelQuietly(created.id);
          throw signal.reason;
        }
        throw error;
      }

      const fail = (code: ProviderError["code"], userMessage: string) =>
        new ProviderError({
          provider: replicateProviderId,
          code,
          userMessage,
          requestId: created.id,
        });
      if (prediction.status === "canceled") {
        throw fail("canceled", `The ${model.label} prediction was canceled on Replicate.`);
      }
      if (prediction.status !== "succeeded") {
        const failure = describePredictionFailure(prediction, model.label);
        throw fail(failure.code, failure.message);
      }
      const url = outputUrls(prediction.output)[0];
      if (prediction.data_removed || !url) {
        throw fail("output_expired", expiredMessage(model.label));
      }
      const file = await downloadOutput(url, {
        fetch: options.fetch,
        signal,
        timeoutMs: options.downloadTimeoutMs,
        predictionId: created.id,
        label: model.label,
      });
      const { width, height } = request.size;
      return {
        data: await sharp(file.data).resize(width, height, { fit: "cover" }).png().toBuffer(),
        mime: "image/png",
        size: request.size,
        model: request.model,
        costUsd: estimateImageCost(prices, model.id),
      };
    },
  };
}
