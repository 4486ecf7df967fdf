import type { ProviderAdapters } from "../provider-registry";
import type {
  AudioJobs,
  AudioProvider,
  ImageJobs,
  ImageProvider,
  TextProvider,
  VideoProvider,
} from "../types";
import { createRateGate, type GateClock, type RateGate } from "./rate-gate";
import { createSemaphore, type Semaphore } from "./semaphore";

/**
 * One provider key's budget: `slots` calls in flight, and a rate-limit pause any 429 with a hint
 * puts on every call (not only the one that was told).
 */
export interface ProviderLimit {
  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly gate: RateGate;
}

export function createProviderLimit(
  slots: Semaphore,
  gate: RateGate = createRateGate(),
): ProviderLimit {
  return {
    gate,
    async run(work, signal) {
      await gate.acquire(signal);
      return slots.run(async () => {
        try {
          return await work();
        } catch (error) {
          gate.observe(error);
          throw error;
        }
      }, signal);
    },
  };
}

export function limitTextProvider(provider: TextProvider, limit: ProviderLimit): TextProvider {
  return {
    id: provider.id,
    generateObject: (request) => limit.run(() => provider.generateObject(request), request.signal),
  };
}

function limitImageJobs(jobs: ImageJobs, limit: ProviderLimit): ImageJobs {
  return {
    submit: (request, signal) => limit.run(() => jobs.submit(request, signal), signal),
    status: (jobId, signal) => limit.run(() => jobs.status(jobId, signal), signal),
    download: (jobId, request, signal) =>
      limit.run(() => jobs.download(jobId, request, signal), signal),
    cancel: (jobId) => jobs.cancel(jobId),
  };
}

/**
 * A one-call image holds its slot until the image is back, polling included where it polls; an
 * image made as jobs holds one per submit, poll and download, like a video.
 */
export function limitImageProvider(provider: ImageProvider, limit: ProviderLimit): ImageProvider {
  return {
    id: provider.id,
    generate: (request) => limit.run(() => provider.generate(request), request.signal),
    ...(provider.jobs ? { jobs: limitImageJobs(provider.jobs, limit) } : {}),
    ...(provider.pollIntervalMs ? { pollIntervalMs: provider.pollIntervalMs } : {}),
  };
}

/**
 * Each submit, poll and download holds a slot only for its own request: a video that takes ten
 * minutes must not keep other tasks from reaching the provider. Cancel skips the queue because it
 * is what stops the billing.
 */
export function limitVideoProvider(provider: VideoProvider, limit: ProviderLimit): VideoProvider {
  const limited: VideoProvider & { close?: () => Promise<void> } = {
    id: provider.id,
    ...(provider.localFreeJobs ? { localFreeJobs: true } : {}),
    submit: (request, signal) => limit.run(() => provider.submit(request, signal), signal),
    status: (jobId, signal) => limit.run(() => provider.status(jobId, signal), signal),
    download: (jobId, signal) => limit.run(() => provider.download(jobId, signal), signal),
    cancel: (jobId) => provider.cancel(jobId),
  };
  const closable = provider as { close?: () => Promise<void> };
  if (closable.close) {
    limited.close = () => closable.close!();
  }
  return limited;
}

function limitAudioJobs(jobs: AudioJobs, limit: ProviderLimit): AudioJobs {
  return {
    submitSpeech: (request, signal) => limit.run(() => jobs.submitSpeech(request, signal), signal),
    submitMusic: (request, signal) => limit.run(() => jobs.submitMusic(request, signal), signal),
    status: (jobId, signal) => limit.run(() => jobs.status(jobId, signal), signal),
    download: (jobId, signal) => limit.run(() => jobs.download(jobId, signal), signal),
    cancel: (jobId) => jobs.cancel(jobId),
  };
}

/**
 * A spoken line (OpenAI) holds its slot until the audio is back; audio made as jobs (Replicate)
 * holds one per submit, poll and download, like a video. Listing voices is local and free.
 */
export function limitAudioProvider(provider: AudioProvider, limit: ProviderLimit): AudioProvider {
  const { speak, compose } = provider;
  return {
    id: provider.id,
    voices: () => provider.voices(),
    ...(speak ? { speak: (request) => limit.run(() => speak(request), request.signal) } : {}),
    ...(compose ? { compose: (request) => limit.run(() => compose(request), request.signal) } : {}),
    ...(provider.jobs ? { jobs: limitAudioJobs(provider.jobs, limit) } : {}),
    ...(provider.pollIntervalMs ? { pollIntervalMs: provider.pollIntervalMs } : {}),
  };
}

/**
 * One provider's adapters sharing one budget of `maxConcurrency` calls in flight and one rate-limit
 * pause, whichever asset type they make: the provider's rate limits are per account, not per
 * endpoint.
 */
export function limitProviderAdapters(
  adapters: ProviderAdapters,
  maxConcurrency: number,
  clock?: GateClock,
): ProviderAdapters {
  const limit = createProviderLimit(createSemaphore(maxConcurrency), createRateGate(clock));
  return {
    ...(adapters.text ? { text: limitTextProvider(adapters.text, limit) } : {}),
    ...(adapters.image ? { image: limitImageProvider(adapters.image, limit) } : {}),
    ...(adapters.video ? { video: limitVideoProvider(adapters.video, limit) } : {}),
    ...(adapters.audio ? { audio: limitAudioProvider(adapters.audio, limit) } : {}),
  };
}
