import type { Env } from "../config/env";
import type { MediaStore } from "../storage/media-store";
import { limitProviderAdapters } from "./limits/limit-providers";
import { withPollInterval } from "./limits/poll-pacing";
import {
  createOpenAIImageProvider,
  createOpenAISpeechProvider,
  createOpenAITextProvider,
} from "./openai";
import { createPriceTable, type PriceTable } from "./pricing/price-table";
import {
  createOfflineAdapters,
  type ProviderAdapters,
  type ProviderName,
} from "./provider-registry";
import {
  createReplicateAudioProvider,
  createReplicateImageProvider,
  createReplicateModelRegistry,
  createReplicateVideoProvider,
  modelFromMapping,
  type ReplicateModelRegistry,
} from "./replicate";

/** The prices and Replicate models the adapters use; the settings page lists the same. */
export interface ProviderCatalog {
  prices: PriceTable;
  replicateModels: ReplicateModelRegistry;
}

/** Built-in prices and models, with what configuration adds or overrides. */
export function createProviderCatalog(env: Env): ProviderCatalog {
  return {
    prices: createPriceTable(env.PROVIDER_PRICES),
    replicateModels: createReplicateModelRegistry(
      (env.REPLICATE_MODELS ?? []).map(modelFromMapping),
    ),
  };
}

/** Where Replicate posts finished predictions: only with a public URL and a secret to verify. */
export function replicateWebhookUrl(env: Env): string | undefined {
  if (!env.PUBLIC_URL || !env.REPLICATE_WEBHOOK_SECRET) {
    return undefined;
  }
  return `${env.PUBLIC_URL.replace(/\/+$/, "")}/api/webhooks/replicate`;
}

function openAIAdapters(env: Env, { prices }: ProviderCatalog): ProviderAdapters | null {
  if (!env.OPENAI_API_KEY) {
    return null;
  }
  const connection = {
    apiKey: env.OPENAI_API_KEY,
    prices,
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
  };
  return limitProviderAdapters(
    {
      text: createOpenAITextProvider(connection),
      image: createOpenAIImageProvider(connection),
      audio: createOpenAISpeechProvider(connection),
    },
    env.OPENAI_MAX_CONCURRENCY,
  );
}

function replicateAdapters(env: Env, catalog: ProviderCatalog): ProviderAdapters | null {
  if (!env.REPLICATE_API_TOKEN) {
    return null;
  }
  const connection = {
    apiToken: env.REPLICATE_API_TOKEN,
    models: catalog.replicateModels,
    prices: catalog.prices,
    ...(env.REPLICATE_BASE_URL ? { baseUrl: env.REPLICATE_BASE_URL } : {}),
  };
  const pollIntervalMs = env.PROVIDER_POLL_INTERVAL_MS;
  const webhookUrl = replicateWebhookUrl(env);
  const limited = limitProviderAdapters(
    {
      image: createReplicateImageProvider({
        ...connection,
        ...(pollIntervalMs ? { pollIntervalMs, maxPollIntervalMs: pollIntervalMs } : {}),
      }),
      video: createReplicateVideoProvider({ ...connection, ...(webhookUrl ? { webhookUrl } : {}) }),
      audio: createReplicateAudioProvider({
        ...connection,
        ...(webhookUrl ? { webhookUrl } : {}),
        ...(pollIntervalMs ? { pollIntervalMs } : {}),
        ...(env.FFMPEG_PATH ? { ffmpegPath: env.FFMPEG_PATH } : {}),
      }),
    },
    env.REPLICATE_MAX_CONCURRENCY,
  );
  return { ...limited, video: withPollInterval(limited.video!, pollIntervalMs) };
}

/**
 * Every provider this process has credentials for. Offline is always there; OpenAI and Replicate
 * only with their keys, which stay on the server, each behind its own concurrency limit.
 */
export function createConfiguredAdapters(
  env: Env,
  catalog: ProviderCatalog = createProviderCatalog(env),
  media?: MediaStore,
): Record<ProviderName, ProviderAdapters | null> {
  return {
    offline: createOfflineAdapters(env, media),
    openai: openAIAdapters(env, catalog),
    replicate: replicateAdapters(env, catalog),
  };
}
