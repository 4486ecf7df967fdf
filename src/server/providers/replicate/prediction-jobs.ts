import type { Prediction } from "replicate";
import { ProviderError, type ProviderErrorCode } from "../provider-error";
import type { JobCancelResult } from "../types";
import {
  type DownloadedOutput,
  downloadOutput,
  expiredMessage,
  outputUrls,
} from "./download-output";
import { describePredictionFailure } from "./prediction-status";
import { callReplicate, type ReplicateConnection } from "./replicate-client";
import { replicateProviderId } from "./replicate-errors";

export interface PredictionJobOptions extends ReplicateConnection {
  downloadTimeoutMs?: number;
}

const terminal = (code: ProviderErrorCode, userMessage: string, jobId: string) =>
  new ProviderError({ provider: replicateProviderId, code, userMessage, requestId: jobId });

/** What images and videos share once a prediction exists: get, download its output, cancel. */
export function predictionJobs(options: PredictionJobOptions) {
  const get = (jobId: string, signal?: AbortSignal): Promise<Prediction> =>
    callReplicate(options, { action: `check prediction ${jobId}`, predictionId: jobId }, (client) =>
      client.predictions.get(jobId, { signal }),
    );

  /** The first output file of a prediction that succeeded; the provider's verdict otherwise. */
  async function downloadFirstOutput(
    jobId: string,
    label: (prediction: Prediction) => string,
    signal?: AbortSignal,
  ): Promise<DownloadedOutput & { url: string; prediction: Prediction }> {
    const prediction = await get(jobId, signal);
    const name = label(prediction);
    if (prediction.status === "failed" || prediction.status === "aborted") {
      const failure = describePredictionFailure(prediction, name);
      throw terminal(failure.code, failure.message, jobId);
    }
    if (prediction.status === "canceled") {
      throw terminal("canceled", `The ${name} prediction was canceled.`, jobId);
    }
    if (prediction.status !== "succeeded") {
      throw terminal("invalid_input", `The ${name} prediction has not finished yet.`, jobId);
    }
    const url = outputUrls(prediction.output)[0];
    if (prediction.data_removed || !url) {
      throw terminal("output_expired", expiredMessage(name), jobId);
    }
    const file = await downloadOutput(url, {
      fetch: options.fetch,
      signal,
      timeoutMs: options.downloadTimeoutMs,
      predictionId: jobId,
      label: name,
    });
    return { ...file, url, prediction };
  }

  async function cancel(jobId: string): Promise<JobCancelResult> {
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
  }

  return { get, downloadFirstOutput, cancel };
}
