import {
  type FakeReply,
  type RecordedRequest,
  ReplyScript,
  startFakeHttpServer,
} from "./fake-http";
import { pngOfSize, toneWav } from "./fixture-media";
import { sampleFromJsonSchema } from "./json-schema-sample";
import {
  chatCompletionObject,
  imagesResponseObject,
  newRequestId,
  type OpenAIErrorBody,
  responseObject,
  type TextOutcome,
} from "./openai-fake-bodies";

export type OpenAIRoute =
  | "responses"
  | "chat.completions"
  | "images.generations"
  | "images.edits"
  | "audio.speech"
  | "models.list"
  | "unknown";

/** What the next request to a route gets. Text outcomes apply to responses and chat completions. */
export type OpenAIScriptedReply =
  | { error: OpenAIErrorBody; status: number; headers?: Record<string, string> }
  | { document: unknown }
  | TextOutcome
  | { raw: FakeReply };

/** The error envelopes the real API sends, for scripting. */
export const openAIErrors = {
  badRequest: (message: string, param: string | null = null) => ({
    status: 400,
    error: { message, type: "invalid_request_error", param, code: null },
  }),
  badKey: () => ({
    status: 401,
    error: {
      message:
        "Incorrect API key provided: sk-wrong. You can find your API key at https://platform.openai.com/account/api-keys.",
      type: "invalid_request_error",
      param: null,
      code: "invalid_api_key",
    },
  }),
  modelNotFound: (model: string) => ({
    status: 404,
    error: {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: "invalid_request_error",
      param: null,
      code: "model_not_found",
    },
  }),
  /** What OpenAI answers for a model past its shutdown date: the same 404, in other words. */
  modelShutDown: (model: string) => ({
    status: 404,
    error: {
      message: `The model \`${model}\` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations`,
      type: "invalid_request_error",
      param: null,
      code: "model_not_found",
    },
  }),
  rateLimited: (retryAfterSeconds: number) => ({
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    error: {
      message: "Rate limit reached for requests per min (RPM). Please try again in 2s.",
      type: "requests",
      param: null,
      code: "rate_limit_exceeded",
    },
  }),
  /**
   * The 429 OpenAI sends for a request-rate limit: no Retry-After, only its x-ratelimit headers
   * and the wait in the message.
   */
  rateLimitedByReset: (resetRequests: string, messageWait = resetRequests) => ({
    status: 429,
    headers: {
      "x-ratelimit-limit-requests": "500",
      "x-ratelimit-remaining-requests": "0",
      "x-ratelimit-reset-requests": resetRequests,
      "x-ratelimit-limit-tokens": "200000",
      "x-ratelimit-remaining-tokens": "199000",
      "x-ratelimit-reset-tokens": "300ms",
    },
    error: {
      message: `Rate limit reached for gpt-5-mini in organization org-fake on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in ${messageWait}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
      type: "requests",
      param: null,
      code: "rate_limit_exceeded",
    },
  }),
  insufficientQuota: () => ({
    status: 429,
    error: {
      message: "You exceeded your current quota, please check your plan and billing details.",
      type: "insufficient_quota",
      param: null,
      code: "insufficient_quota",
    },
  }),
  serverError: (status = 500) => ({
    status,
    error: {
      message: "The server had an error while processing your request. Sorry about that!",
      type: "server_error",
      param: null,
      code: null,
    },
  }),
  moderationBlocked: () => ({
    status: 400,
    error: {
      message:
        "Your request was rejected as a result of our safety system. Your request may contain content that is not allowed by our safety system.",
      type: "image_generation_user_error",
      param: null,
      code: "moderation_blocked",
    },
  }),
} satisfies Record<string, (...args: never[]) => OpenAIScriptedReply>;

export interface OpenAIFakeOptions {
  /** Requests with another bearer token get OpenAI's 401. */
  apiKey?: string;
  /** false: answer /v1/responses like Ollama or LM Studio without it (a plain 404). */
  responsesApi?: boolean;
  /**
   * Chaos: this fraction (0–1) of API requests answer a transient failure in OpenAI's envelope
   * (429 with Retry-After and rate-limit headers, or 500/502/503) before doing anything.
   */
  faultRate?: number;
  /**
   * Models this fake treats as shut down: any request naming one gets OpenAI's 404
   * `model_not_found` for a retired model. Empty by default, so older ids keep working here.
   */
  shutDownModels?: string[];
}

/** A transient failure as OpenAI sends it, for fault injection. */
function injectedFault(): OpenAIScriptedReply {
  if (Math.random() < 0.4) {
    const reply = openAIErrors.rateLimited(1);
    return {
      ...reply,
      headers: {
        ...reply.headers,
        "x-ratelimit-limit-requests": "500",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "1s",
      },
    };
  }
  return openAIErrors.serverError([500, 502, 503][Math.floor(Math.random() * 3)]);
}

export interface OpenAIFake {
  /** Base URL for the SDK, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  count(route: OpenAIRoute): number;
  script(route: OpenAIRoute, ...replies: OpenAIScriptedReply[]): void;
  /**
   * Every request to `route` for the next `ms` gets `reply(remainingMs)`: a rate limit that lasts,
   * whose hints say how long is left as the real API's do.
   */
  outage(route: OpenAIRoute, ms: number, reply: (remainingMs: number) => OpenAIScriptedReply): void;
  close(): Promise<void>;
}

const routes: Record<string, OpenAIRoute> = {
  "POST /v1/responses": "responses",
  "POST /v1/chat/completions": "chat.completions",
  "POST /v1/images/generations": "images.generations",
  "POST /v1/images/edits": "images.edits",
  "POST /v1/audio/speech": "audio.speech",
  "GET /v1/models": "models.list",
};

/** The models a key can use, as GET /v1/models lists them (one page, no cursor). */
const modelList = () => ({
  object: "list",
  data: [
    "gpt-6.1-terra",
    "gpt-6.1-sol",
    "gpt-6-luna",
    "gpt-image-2.6-sunburst",
    "gpt-image-2.6-flare",
    "gpt-5-mini",
    "gpt-4.1",
    "gpt-image-1",
  ].map((id) => ({
    id,
    object: "model",
    created: 1_744_316_542,
    owned_by: "system",
  })),
});

/** The model a request names: in the JSON body, or a form field for image edits. */
function requestedModel(request: RecordedRequest): string | undefined {
  const model =
    (request.json as { model?: unknown } | undefined)?.model ?? request.form?.model?.[0];
  return typeof model === "string" ? model : undefined;
}

function requestedSchema(route: OpenAIRoute, body: Record<string, unknown>): unknown {
  const format =
    route === "responses"
      ? (body.text as { format?: { schema?: unknown } } | undefined)?.format
      : (body.response_format as { json_schema?: { schema?: unknown } } | undefined)?.json_schema;
  return format?.schema ?? { type: "object", properties: {} };
}

/** The built-in voices the speech endpoint accepts (its documented list). */
export const openAISpeechVoices = [
  "alloy",
  "ash",
  "ballad",
  "coral",
  "echo",
  "fable",
  "onyx",
  "nova",
  "sage",
  "shimmer",
  "verse",
  "marin",
  "cedar",
];

/** How long the fake's speech runs for an input: about fifteen characters a second. */
export const fakeSpeechSeconds = (input: string) =>
  Math.min(30, Math.max(0.5, Math.round((input.length / 15) * 100) / 100));

/**
 * POST /v1/audio/speech: the raw audio bytes, as the real endpoint streams them. WAV comes at
 * 24 kHz mono 16-bit with 0xFFFFFFFF in its size fields (the real one streams and never knows the
 * length up front); other formats are not faked.
 */
function speechReply(request: RecordedRequest, headers: Record<string, string>): FakeReply {
  const body = (request.json ?? {}) as Record<string, unknown>;
  const input = typeof body.input === "string" ? body.input : "";
  if (!input) {
    const reply = openAIErrors.badRequest("Missing required parameter: 'input'.", "input");
    return { status: reply.status, headers, body: { error: reply.error } };
  }
  if (typeof body.voice !== "string" || !openAISpeechVoices.includes(body.voice)) {
    const reply = openAIErrors.badRequest(
      `Invalid value for 'voice': '${String(body.voice)}'. Supported values are: ${openAISpeechVoices.map((voice) => `'${voice}'`).join(", ")}.`,
      "voice",
    );
    return { status: reply.status, headers, body: { error: reply.error } };
  }
  if ((body.response_format ?? "mp3") !== "wav") {
    const reply = openAIErrors.badRequest("The fake only speaks WAV.", "response_format");
    return { status: reply.status, headers, body: { error: reply.error } };
  }
  return {
    status: 200,
    headers: { ...headers, "content-type": "audio/wav" },
    body: toneWav(fakeSpeechSeconds(input), { streamedHeader: true }),
  };
}

async function answer(
  route: OpenAIRoute,
  request: RecordedRequest,
  scripted?: OpenAIScriptedReply,
): Promise<FakeReply> {
  const headers = { "x-request-id": newRequestId(), "openai-processing-ms": "42" };
  if (scripted && "raw" in scripted) {
    return scripted.raw;
  }
  if (scripted && "error" in scripted) {
    return {
      status: scripted.status,
      headers: { ...headers, ...scripted.headers },
      body: { error: scripted.error },
    };
  }
  if (route === "models.list") {
    return { status: 200, headers, body: modelList() };
  }
  if (route === "audio.speech") {
    return speechReply(request, headers);
  }
  if (route === "images.generations" || route === "images.edits") {
    const body = (request.json ?? {}) as Record<string, unknown>;
    const size = String(body.size ?? request.form?.size?.[0] ?? "1024x1024");
    const [width, height] = size.split("x").map(Number);
    const references = request.form?.["image[]"]?.length ?? request.form?.image?.length ?? 0;
    const png = await pngOfSize(width || 1024, height || 1024);
    return { status: 200, headers, body: imagesResponseObject(png, size, references) };
  }
  const body = (request.json ?? {}) as Record<string, unknown>;
  const outcome: TextOutcome =
    scripted && "kind" in scripted
      ? scripted
      : {
          kind: "text",
          text: JSON.stringify(
            scripted && "document" in scripted
              ? scripted.document
              : sampleFromJsonSchema(requestedSchema(route, body) as object),
          ),
        };
  const object =
    route === "responses" ? responseObject(body, outcome) : chatCompletionObject(body, outcome);
  return { status: 200, headers, body: object };
}

/**
 * A local server speaking the OpenAI API shapes the adapters use (Responses, Chat Completions,
 * image generations and edits, speech) with OpenAI's error envelope and `x-request-id`. Unscripted text
 * requests get a valid sample of the requested JSON schema; image requests a PNG of the asked size.
 */
export async function startOpenAIFake(options: OpenAIFakeOptions = {}): Promise<OpenAIFake> {
  const script = new ReplyScript<OpenAIScriptedReply>();
  const outages = new Map<
    OpenAIRoute,
    { until: number; reply: (ms: number) => OpenAIScriptedReply }
  >();
  const duringOutage = (route: OpenAIRoute) => {
    const outage = outages.get(route);
    const remaining = outage ? outage.until - Date.now() : 0;
    return outage && remaining > 0 ? outage.reply(remaining) : undefined;
  };
  const server = await startFakeHttpServer(
    (method, path) => routes[`${method} ${path}`] ?? "unknown",
    (request) => {
      const route = request.route as OpenAIRoute;
      if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
        return answer(route, request, openAIErrors.badKey());
      }
      if (route === "unknown" || (route === "responses" && options.responsesApi === false)) {
        return {
          status: 404,
          body: "404 page not found",
          headers: { "content-type": "text/plain" },
        };
      }
      const model = requestedModel(request);
      if (model && options.shutDownModels?.includes(model)) {
        return answer(route, request, openAIErrors.modelShutDown(model));
      }
      const fault =
        route !== "models.list" && Math.random() < (options.faultRate ?? 0)
          ? injectedFault()
          : undefined;
      return answer(route, request, fault ?? duringOutage(route) ?? script.next(route));
    },
  );
  return {
    url: `${server.url}/v1`,
    requests: server.requests,
    count: (route) => server.count(route),
    script: (route, ...replies) => script.push(route, replies),
    outage: (route, ms, reply) => outages.set(route, { until: Date.now() + ms, reply }),
    close: () => server.close(),
  };
}
