import OpenAI from "openai";

export interface OpenAIConnection {
  apiKey: string;
  /** An OpenAI-compatible server (Ollama, LM Studio, a proxy); defaults to api.openai.com. */
  baseURL?: string;
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout; image edits with several references can take minutes. */
  timeoutMs?: number;
}

export const openAIProviderId = "openai";

export function createOpenAIClient(connection: OpenAIConnection): OpenAI {
  return new OpenAI({
    apiKey: connection.apiKey,
    baseURL: connection.baseURL,
    fetch: connection.fetch,
    timeout: connection.timeoutMs ?? 300_000,
    // The task engine owns retries (with backoff, Retry-After and a visible timeline); SDK retries
    // underneath would multiply attempts and hide them.
    maxRetries: 0,
  });
}
