import type { Env } from "../config/env";
import { createOpenAIImageProvider, createOpenAITextProvider } from "./openai";
import {
  createOfflineAdapters,
  type ProviderAdapters,
  type ProviderName,
} from "./provider-registry";
import { createReplicateImageProvider, createReplicateVideoProvider } from "./replicate";

/**
 * Every provider this process has credentials for. Offline is always there; OpenAI and Replicate
 * only with their keys, which stay on the server.
 */
export function createConfiguredAdapters(env: Env): Record<ProviderName, ProviderAdapters | null> {
  const openai = env.OPENAI_API_KEY
    ? {
        apiKey: env.OPENAI_API_KEY,
        ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
      }
    : null;
  const replicate = env.REPLICATE_API_TOKEN
    ? {
        apiToken: env.REPLICATE_API_TOKEN,
        ...(env.REPLICATE_BASE_URL ? { baseUrl: env.REPLICATE_BASE_URL } : {}),
      }
    : null;
  return {
    offline: createOfflineAdapters(env),
    openai: openai
      ? { text: createOpenAITextProvider(openai), image: createOpenAIImageProvider(openai) }
      : null,
    replicate: replicate
      ? {
          image: createReplicateImageProvider(replicate),
          video: createReplicateVideoProvider(replicate),
        }
      : null,
  };
}
