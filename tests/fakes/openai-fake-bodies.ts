import { randomBytes } from "node:crypto";

/** OpenAI's error envelope: `{ error: { message, type, param, code } }`. */
export interface OpenAIErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
export const newRequestId = () => `req_${hex(16)}`;
const now = () => Math.floor(Date.now() / 1000);
const tokensIn = (text: string) => Math.max(1, Math.ceil(text.length / 4));

export type TextOutcome =
  | { kind: "text"; text: string }
  | { kind: "refusal"; refusal: string }
  | { kind: "incomplete"; reason: "max_output_tokens" | "content_filter"; text: string };

/** A Responses API `response` object as the API returns it (non-streaming). */
export function responseObject(request: Record<string, unknown>, outcome: TextOutcome) {
  const content =
    outcome.kind === "refusal"
      ? [{ type: "refusal", refusal: outcome.refusal }]
      : [{ type: "output_text", text: outcome.text, annotations: [], logprobs: [] }];
  const outputText = outcome.kind === "refusal" ? outcome.refusal : outcome.text;
  const inputTokens = tokensIn(
    JSON.stringify(request.input ?? "") + String(request.instructions ?? ""),
  );
  const outputTokens = tokensIn(outputText);
  return {
    id: `resp_${hex(24)}`,
    object: "response",
    created_at: now(),
    status: outcome.kind === "incomplete" ? "incomplete" : "completed",
    background: false,
    error: null,
    incomplete_details: outcome.kind === "incomplete" ? { reason: outcome.reason } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    model: request.model,
    output: [
      {
        id: `msg_${hex(24)}`,
        type: "message",
        status: outcome.kind === "incomplete" ? "incomplete" : "completed",
        role: "assistant",
        content,
      },
    ],
    parallel_tool_calls: true,
    previous_response_id: null,
    reasoning: { effort: null, summary: null },
    store: request.store ?? true,
    temperature: 1,
    text: request.text ?? { format: { type: "text" } },
    tool_choice: "auto",
    tools: [],
    top_p: 1,
    truncation: "disabled",
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
    user: null,
    metadata: {},
  };
}

/** A Chat Completions `chat.completion` object. */
export function chatCompletionObject(request: Record<string, unknown>, outcome: TextOutcome) {
  const finishReason =
    outcome.kind === "incomplete"
      ? outcome.reason === "content_filter"
        ? "content_filter"
        : "length"
      : "stop";
  const promptTokens = tokensIn(JSON.stringify(request.messages ?? []));
  const completionTokens = tokensIn(outcome.kind === "refusal" ? outcome.refusal : outcome.text);
  return {
    id: `chatcmpl-${hex(14)}`,
    object: "chat.completion",
    created: now(),
    model: request.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: outcome.kind === "refusal" ? null : outcome.text,
          refusal: outcome.kind === "refusal" ? outcome.refusal : null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
    system_fingerprint: `fp_${hex(5)}`,
  };
}

/** An `images.generate` / `images.edit` answer with one base64 PNG and gpt-image usage. */
export function imagesResponseObject(png: Buffer, size: string, referenceCount: number) {
  const imageTokens = referenceCount * 323;
  return {
    created: now(),
    background: "opaque",
    data: [{ b64_json: png.toString("base64") }],
    output_format: "png",
    quality: "high",
    size,
    usage: {
      input_tokens: 50 + imageTokens,
      input_tokens_details: { text_tokens: 50, image_tokens: imageTokens },
      output_tokens: 4160,
      total_tokens: 4210 + imageTokens,
    },
  };
}
