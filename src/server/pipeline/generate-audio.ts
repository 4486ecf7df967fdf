import { z } from "zod";
import type {
  AudioProvider,
  AudioResult,
  MusicRequest,
  PaidJob,
  SpeechRequest,
} from "../providers/types";
import type { AssetDraft, AssetKind } from "../shows/assets";
import { jobLedger, recordCallSpendSafely } from "../spend/job-ledger";
import type { TaskContext } from "../tasks/task-kind";
import { PipelineStepError } from "./pipeline-errors";
import type { PipelineServices } from "./pipeline-services";
import { runPaidJob } from "./run-paid-job";
import { pollIntervalFor } from "./run-video-job";
import { storeOutput } from "./store-output";

export type AudioAsk =
  | { type: "speech"; request: Omit<SpeechRequest, "signal"> }
  | { type: "music"; request: Omit<MusicRequest, "signal"> };

const spentSchema = z.object({ spentUsd: z.number() });

/**
 * One speech line or music bed from an audio provider, stored under the task's key with its real
 * length. Job providers (Replicate) go through the paid-job protocol, so a crash resumes the
 * prediction; a synchronous call (offline, OpenAI speech) is recorded in the ledger the moment it
 * returns, like a synchronous image.
 */
export async function generateAudioAsset(
  context: TaskContext<unknown>,
  services: PipelineServices,
  provider: AudioProvider,
  kind: AssetKind,
  ask: AudioAsk,
): Promise<AssetDraft> {
  const { task } = context;
  const prompt = ask.type === "speech" ? ask.request.text : ask.request.prompt;
  const store = (audio: AudioResult, costUsd: number) => {
    context.progress(0.9, "Saving the audio");
    return storeOutput(
      services.media,
      { showId: task.showId, taskId: task.id, kind },
      audio.data,
      audio.mime,
      {
        width: null,
        height: null,
        durationSeconds: audio.durationSeconds,
        provider: provider.id,
        model: audio.model,
        prompt,
        costUsd,
      },
    );
  };
  const payer = { taskId: task.id, showId: task.showId, kind: task.kind };
  const jobs = provider.jobs;
  const direct = ask.type === "speech" ? provider.speak : provider.compose;
  if (!direct && jobs) {
    const submit = (signal: AbortSignal): Promise<PaidJob> =>
      ask.type === "speech"
        ? jobs.submitSpeech({ ...ask.request, signal }, signal)
        : jobs.submitMusic({ ...ask.request, signal }, signal);
    return runPaidJob(context, {
      label: ask.type === "speech" ? "Voice" : "Score",
      model: ask.request.model,
      pollIntervalMs: pollIntervalFor(provider),
      savedMessage: "Saved the audio",
      port: {
        providerId: provider.id,
        submit,
        status: (jobId, signal) => jobs.status(jobId, signal),
        download: (jobId, signal) => jobs.download(jobId, signal),
        cancel: (jobId) => jobs.cancel(jobId),
      },
      store,
      ledger: jobLedger(services.db, context.logger, {
        ...payer,
        provider: provider.id,
        model: ask.request.model,
      }),
    });
  }
  if (!direct) {
    throw new PipelineStepError(
      `The ${provider.id} provider makes no ${ask.type === "speech" ? "speech" : "music"}; pick another in the show settings`,
    );
  }
  const earlier = spentSchema.safeParse(context.lastCheckpoint);
  const spentBefore = earlier.success ? earlier.data.spentUsd : 0;
  const audio =
    ask.type === "speech"
      ? await provider.speak!({ ...ask.request, signal: context.signal })
      : await provider.compose!({ ...ask.request, signal: context.signal });
  const spentUsd = spentBefore + audio.costUsd;
  if (audio.costUsd > 0) {
    await recordCallSpendSafely(services.db, context.logger, {
      ...payer,
      provider: provider.id,
      model: audio.model,
      costUsd: audio.costUsd,
    });
    context.setCost(spentUsd);
    await context.checkpoint({ spentUsd }, `${provider.id} answered with the audio`);
  }
  return store(audio, spentUsd);
}
