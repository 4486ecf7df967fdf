import type { ProviderAdapters } from "../provider-registry";
import type { ImageProvider, TextProvider, VideoProvider } from "../types";
import { createSemaphore, type Semaphore } from "./semaphore";

export function limitTextProvider(provider: TextProvider, slots: Semaphore): TextProvider {
  return {
    id: provider.id,
    generateObject: (request) => slots.run(() => provider.generateObject(request), request.signal),
  };
}

/** An image call holds its slot until the image is back, polling included where it polls. */
export function limitImageProvider(provider: ImageProvider, slots: Semaphore): ImageProvider {
  return {
    id: provider.id,
    generate: (request) => slots.run(() => provider.generate(request), request.signal),
  };
}

/**
 * Each submit, poll and download holds a slot only for its own request: a video that takes ten
 * minutes must not keep other tasks from reaching the provider. Cancel skips the queue because it
 * is what stops the billing.
 */
export function limitVideoProvider(provider: VideoProvider, slots: Semaphore): VideoProvider {
  const limited: VideoProvider & { close?: () => Promise<void> } = {
    id: provider.id,
    ...(provider.localFreeJobs ? { localFreeJobs: true } : {}),
    submit: (request, signal) => slots.run(() => provider.submit(request, signal), signal),
    status: (jobId, signal) => slots.run(() => provider.status(jobId, signal), signal),
    download: (jobId, signal) => slots.run(() => provider.download(jobId, signal), signal),
    cancel: (jobId) => provider.cancel(jobId),
  };
  const closable = provider as { close?: () => Promise<void> };
  if (closable.close) {
    limited.close = () => closable.close!();
  }
  return limited;
}

/**
 * One provider's adapters sharing one budget of `maxConcurrency` calls in flight, whichever asset
 * type they make: the provider's rate limits are per account, not per endpoint.
 */
export function limitProviderAdapters(
  adapters: ProviderAdapters,
  maxConcurrency: number,
): ProviderAdapters {
  const slots = createSemaphore(maxConcurrency);
  return {
    ...(adapters.text ? { text: limitTextProvider(adapters.text, slots) } : {}),
    ...(adapters.image ? { image: limitImageProvider(adapters.image, slots) } : {}),
    ...(adapters.video ? { video: limitVideoProvider(adapters.video, slots) } : {}),
  };
}
