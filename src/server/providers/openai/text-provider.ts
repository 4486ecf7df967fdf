import { APIError } from "openai";
import type { z } from "zod";
import { fitDocument } from "../../shows/fit-document";
import { defaultPrices, estimateTextCost, type PriceTable } from "../pricing/price-table";
import type { TextProvider, TextRequest, TextResult } from "../types";
import { createOpenAIClient, type OpenAIConnection, openAIProviderId } from "./openai-client";
import { mapOpenAIError } from "./openai-errors";
import { refuseShutDownModel, type ShutdownCheckOptions } from "./shut-down-model";
import { toStrictJsonSchema } from "./strict-json-schema";
import {
  createWithChatCompletions,
  createWithResponses,
  outputProblem,
  type StructuredOutputCall,
  type StructuredOutputText,
} from "./structured-output";

export interface OpenAITextProviderOptions extends OpenAIConnection, ShutdownCheckOptions {
  prices?: PriceTable;
}

/**
 * A 404 or 405 for /responses that is not about the model means the server (Ollama, LM Studio,
 * an older proxy) has no Responses API; OpenAI itself answers an unknown model with
 * `model_not_found`, which must surface as such.
 */
function lacksResponsesApi(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 404 && error.status !== 405)) {
    return false;
  }
  const mentionsModel = error.code === "model_not_found" || /\bmodel\b/i.test(error.message);
  return !mentionsModel;
}

function parseDocument<T>(schema: z.ZodType<T>, output: StructuredOutputText, name: string): T {
  let json: unknown;
  try {
    json = JSON.parse(output.text);
  } catch {
    // Strict mode makes this rare; a second attempt usually comes back whole.
    throw outputProblem(
      "provider_unavailable",
      `The ${name} came back as broken JSON; retrying.`,
      output.requestId,
    );
  }
  // An over-long field is cut to fit rather than paid for again (fit-document.ts).
  const parsed = schema.safeParse(fitDocument(schema, json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "the document";
    throw outputProblem(
      "provider_unavailable",
      `The ${name} did not fit its schema (${where}: ${issue?.message ?? "invalid"}); retrying.`,
      output.requestId,
    );
  }
  return parsed.data;
}

/**
 * Text through OpenAI strict structured outputs: the Responses API, or Chat Completions for
 * OpenAI-compatible servers without it. Which one a server speaks is learned on the first 404 and
 * remembered for the life of this provider.
 */
export function createOpenAITextProvider(options: OpenAITextProviderOptions): TextProvider {
  const client = createOpenAIClient(options);
  const prices = options.prices ?? defaultPrices;
  let api: "responses" | "chat_completions" = "responses";

  async function complete(call: StructuredOutputCall): Promise<StructuredOutputText> {
    const context = {
      model: call.model,
      baseURL: options.baseURL,
      kind: "text" as const,
      now: options.now,
    };
    if (api === "responses") {
      try {
        return await createWithResponses(client, call);
      } catch (error) {
        if (!lacksResponsesApi(error)) {
          throw mapOpenAIError(error, context);
        }
        api = "chat_completions";
      }
    }
    try {
      return await createWithChatCompletions(client, call);
    } catch (error) {
      throw mapOpenAIError(error, context);
    }
  }

  return {
    id: openAIProviderId,
    async generateObject<T>(request: TextRequest<T>): Promise<TextResult<T>> {
      refuseShutDownModel(request.model, "text", options);
      const output = await complete({
        model: request.model,
        name: request.name,
        jsonSchema: toStrictJsonSchema(request.schema, request.name),
        system: request.system,
        prompt: request.prompt,
        signal: request.signal,
      });
      return {
        value: parseDocument(request.schema, output, request.name),
        model: request.model,
        usage: output.usage,
        costUsd: output.usage ? estimateTextCost(prices, request.model, output.usage) : 0,
      };
    },
  };
}
