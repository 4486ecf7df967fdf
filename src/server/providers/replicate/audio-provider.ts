import type { Prediction } from "replicate";
import { measureAudioDuration } from "../audio/audio-duration";
import { readWavInfo, repairWavHeader } from "../audio/wav";
import { defaultPrices, estimateAudioCost, type PriceTable } from "../pricing/price-table";
import { ProviderError } from "../provider-error";
import type {
  AudioJobs,
  AudioProvider,
  AudioResult,
  JobStatus,
  MusicRequest,
  PaidJob,
  SpeechRequest,
  VoiceOption,
} from "../types";
import {
  createReplicateModelRegistry,
  type PredictionTarget,
  type ReplicateModelRegistry,
} from "./models";
import { predictionJobs } from "./prediction-jobs";
import { predictionJobStatus } from "./prediction-status";
import { callReplicate, type ReplicateConnection } from "./replicate-client";
import { replicateProviderId } from "./replicate-errors";
import { labelForModel, resolveModel } from "./resolve-model";

export interface ReplicateAudioProviderOptions extends ReplicateConnection {
  models?: ReplicateModelRegistry;
  prices?: PriceTable;
  /** Where Replicate posts the finished prediction; polling still drives the task. */
  webhookUrl?: string;
  downloadTimeoutMs?: number;
  /** How often the pipeline polls these jobs. */
  pollIntervalMs?: number;
  /** The ffmpeg that measures an MP3's length; the bundled one by default. */
  ffmpegPath?: string;
}

/** About fifteen characters a second: what a line costs before its length is known. */
const spokenSeconds = (text: string) => text.length / 15;

/** "ID3" or an MPEG audio frame sync: what an MP3 starts with. */
const looksLikeMp3 = (data: Buffer) =>
  data.toString("latin1", 0, 3) === "ID3" || (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0);

/**
 * Speech and music as Replicate predictions (MiniMax Speech, MusicGen and whatever the registry
 * holds). Like videos, `submit…` returns as soon as the prediction exists, so the pipeline
 * checkpoints its id before any waiting and a crash resumes it; `download` needs nothing but the
 * id: the prediction says which model ran and on what input, which prices it.
 */
export function createReplicateAudioProvider(
  options: ReplicateAudioProviderOptions,
): AudioProvider {
  const models = options.models ?? createReplicateModelRegistry();
  const prices = options.prices ?? defaultPrices;
  const predictions = predictionJobs(options);
  const labelOf = (prediction: Prediction) => labelForModel(models, prediction.model);

  async function create(
    target: PredictionTarget,
    label: string,
    input: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<string> {
    const prediction = await callReplicate(options, { action: `start ${label}` }, (client) =>
      client.predictions.create({
        ...target,
        input,
        ...(options.webhookUrl
          ? { webhook: options.webhookUrl, webhook_events_filter: ["completed"] }
          : {}),
        signal,
      }),
    );
    return prediction.id;
  }

  /** The output as WAV (header repaired) or MP3, the two containers the port carries. */
  function audioFile(data: Buffer, jobId: string): { data: Buffer; mime: AudioResult["mime"] } {
    if (readWavInfo(data)) {
      return { data: repairWavHeader(data), mime: "audio/wav" };
    }
    if (looksLikeMp3(data)) {
      return { data, mime: "audio/mpeg" };
    }
    throw new ProviderError({
      provider: replicateProviderId,
      code: "job_failed",
      userMessage: "The model answered with audio in a format other than WAV or MP3.",
      requestId: jobId,
    });
  }

  const jobs: AudioJobs = {
    async submitSpeech(request: SpeechRequest, signal?: AbortSignal): Promise<PaidJob> {
      const { model, target } = resolveModel(models, request.model, "speech");
      const jobId = await create(target, model.label, model.buildInput(request), signal);
      const costUsd = estimateAudioCost(prices, model.id, {
        durationSeconds: spokenSeconds(request.text),
        characters: request.text.length,
      });
      return { jobId, costUsd };
    },

    async submitMusic(request: MusicRequest, signal?: AbortSignal): Promise<PaidJob> {
      const { model, target } = resolveModel(models, request.model, "music");
      const { input, durationSeconds } = model.buildInput(request);
      const jobId = await create(target, model.label, input, signal);
      const costUsd = estimateAudioCost(prices, model.id, {
        durationSeconds,
        characters: request.prompt.length,
      });
      return { jobId, costUsd };
    },

    async status(jobId: string, signal?: AbortSignal): Promise<JobStatus> {
      const prediction = await predictions.get(jobId, signal);
      return predictionJobStatus(prediction, labelOf(prediction));
    },

    async download(jobId: string, signal?: AbortSignal): Promise<AudioResult> {
      const file = await predictions.downloadFirstOutput(jobId, labelOf, signal);
      const { data, mime } = audioFile(file.data, jobId);
      let durationSeconds: number;
      try {
        durationSeconds = await measureAudioDuration(data, {
          ...(options.ffmpegPath ? { ffmpegPath: options.ffmpegPath } : {}),
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        if (signal?.aborted) {
          throw error;
        }
        throw new ProviderError({
          provider: replicateProviderId,
          code: "job_failed",
          userMessage: "The model's audio could not be read; make it again.",
          requestId: jobId,
          cause: error,
        });
      }
      const input = (file.prediction.input ?? {}) as Record<string, unknown>;
      const text = typeof input.text === "string" ? input.text : "";
      const prompt = typeof input.prompt === "string" ? input.prompt : "";
      const modelId = file.prediction.model;
      return {
        data,
        mime,
        durationSeconds,
        model: modelId,
        costUsd: estimateAudioCost(prices, modelId, {
          durationSeconds,
          characters: (text || prompt).length,
        }),
      };
    },

    cancel: (jobId: string) => predictions.cancel(jobId),
  };

  return {
    id: replicateProviderId,
    voices(): VoiceOption[] {
      const seen = new Map<string, VoiceOption>();
      for (const model of models.list()) {
        if (model.kind === "speech") {
          for (const voice of model.voices) {
            if (!seen.has(voice.voiceId)) {
              seen.set(voice.voiceId, { ...voice });
            }
          }
        }
      }
      return [...seen.values()];
    },
    jobs,
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
  };
}
