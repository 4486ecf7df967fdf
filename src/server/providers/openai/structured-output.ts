import type OpenAI from "openai";
import { ProviderError, type ProviderErrorCode } from "../provider-error";
import type { Usage } from "../types";
import { openAIProviderId } from "./openai-client";

/** One structured-output call, independent of which OpenAI API carries it. */
export interface StructuredOutputCall {
  model: string;
  name: string;
  jsonSchema: Record<string, unknown>;
  system: string;
  prompt: string;
  signal?: AbortSignal;
}

export interface StructuredOutputText {
  text: string;
  usage?: Usage;
  requestId?: string;
}

export function outputProblem(
  code: ProviderErrorCode,
  userMessage: string,
  requestId: string | null | undefined,
): ProviderError {
  return new ProviderError({
    provider: openAIProviderId,
    code,
    userMessage,
    requestId: requestId ?? undefined,
  });
}

export const truncatedMessage =
  "The model ran out of output tokens before finishing the document. Choose a model with a larger output limit or shorten the premise.";
export const contentFilterMessage =
  "OpenAI's content filter stopped the answer. Reword the premise and try again.";

/** Response errors that a second attempt can get past; the rest are about the input. */
const retryableResponseErrors = new Set([
  "provider_unavailable",
  "rate_limit_exceeded",
  "vector_store_timeout",
]);

/**
 * Asks the Responses API for JSON matching a strict schema and returns the raw JSON text, turning
 * refusals, truncation (status "incomplete") and failed responses into terminal errors.
 */
export async function createWithResponses(
  client: OpenAI,
  call: StructuredOutputCall,
): Promise<StructuredOutputText> {
  const { data: response, request_id: requestId } = await client.responses
    .create(
      {
        model: call.model,
        instructions: call.system,
        input: call.prompt,
        store: false,
        text: {
          format: { type: "json_schema", name: call.name, schema: call.jsonSchema, strict: true },
        },
      },
      { signal: call.signal },
    )
    .withResponse();

  for (const item of response.output) {
    if (item.type !== "message") {
      continue;
    }
    for (const part of item.content) {
      if (part.type === "refusal") {
        throw outputProblem(
          "refusal",
          `The model declined to write this: ${part.refusal}`,
          requestId,
        );
      }
    }
  }
  if (response.status === "incomplete") {
    const filtered = response.incomplete_details?.reason === "content_filter";
    throw outputProblem(
      filtered ? "moderation" : "truncated",
      filtered ? contentFilterMessage : truncatedMessage,
      requestId,
    );
  }
  if (response.status === "failed" && response.error) {
    const code = retryableResponseErrors.has(response.error.code)
      ? "provider_unavailable"
      : "invalid_input";
    throw outputProblem(
      code,
      `OpenAI could not finish the answer: ${response.error.message}`,
      requestId,
    );
  }
  return {
    text: response.output_text,
    usage: response.usage
      ? { inputTokens: response.usage.input_tokens, outputTokens: response.usage.output_tokens }
      : undefined,
    requestId: requestId ?? undefined,
  };
}

/**
 * The same through Chat Completions `response_format: json_schema`, which OpenAI-compatible
 * servers without the Responses API (Ollama, LM Studio, vLLM) implement.
 */
export async function createWithChatCompletions(
  client: OpenAI,
  call: StructuredOutputCall,
): Promise<StructuredOutputText> {
  const { data: completion, request_id: requestId } = await client.chat.completions
    .create(
      {
        model: call.model,
        messages: [
          { role: "system", content: call.system },
          { role: "user", content: call.prompt },
        ],
        response_format: {
          type: "json_schema",
          json_schema: { name: call.name, schema: call.jsonSchema, strict: true },
        },
      },
      { signal: call.signal },
    )
    .withResponse();

  const choice = completion.choices[0];
  if (choice?.message.refusal) {
    throw outputProblem(
      "refusal",
      `The model declined to write this: ${choice.message.refusal}`,
      requestId,
    );
  }
  if (choice?.finish_reason === "length") {
    throw outputProblem("truncated", truncatedMessage, requestId);
  }
  if (choice?.finish_reason === "content_filter") {
    throw outputProblem("moderation", contentFilterMessage, requestId);
  }
  return {
    text: choice?.message.content ?? "",
    usage: completion.usage
      ? {
          inputTokens: completion.usage.prompt_tokens,
          outputTokens: completion.usage.completion_tokens,
        }
      : undefined,
    requestId: requestId ?? undefined,
  };
}
