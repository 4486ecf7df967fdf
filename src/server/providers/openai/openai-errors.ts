import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "openai";
import { ProviderError, type ProviderErrorCode } from "../provider-error";
import { jitterWaitMs, rateLimitWaitMs } from "../rate-limit-hints";
import { isShutDown } from "./model-lifecycle";
import { openAIProviderId } from "./openai-client";
import { mentionsShutdown, type OpenAIModelKind, shutDownModelMessage } from "./shut-down-model";

export interface OpenAICallContext {
  model: string;
  /** Where the request went, for "could not reach" messages. */
  baseURL?: string;
  /** What the model makes: a retired model's message says which setting to change. */
  kind?: OpenAIModelKind;
  /** The current moment, to recognise a model past its shutdown date. */
  now?: () => Date;
}

type SdkErrorKind =
  | "user_abort"
  | "timeout"
  | "connection"
  | "bad_request"
  | "authentication"
  | "permission_denied"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "rate_limit"
  | "internal_server"
  | "other_status";

/** Subclasses first: a timeout is also a connection error, and every class is an APIError. */
const kindBySdkClass: ReadonlyArray<
  readonly [abstract new (...args: never[]) => APIError, SdkErrorKind]
> = [
  [APIUserAbortError, "user_abort"],
  [APIConnectionTimeoutError, "timeout"],
  [APIConnectionError, "connection"],
  [BadRequestError, "bad_request"],
  [AuthenticationError, "authentication"],
  [PermissionDeniedError, "permission_denied"],
  [NotFoundError, "not_found"],
  [ConflictError, "conflict"],
  [UnprocessableEntityError, "unprocessable"],
  [RateLimitError, "rate_limit"],
  [InternalServerError, "internal_server"],
];

function sdkErrorKind(error: APIError): SdkErrorKind {
  return kindBySdkClass.find(([sdkClass]) => error instanceof sdkClass)?.[1] ?? "other_status";
}

/** What the API said, without the SDK's "400 " prefix. */
function vendorMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === "string" ? body.message : error.message;
}

/**
 * OpenAI answers a retired model with 404 `model_not_found` ("The model `gpt-5-mini` has been
 * deprecated, learn more here: …"); so do unknown names and models the key may not use. A model
 * whose shutdown date has passed, or an answer that says it was retired, gets the sentence that
 * names the setting to change; anything else keeps what OpenAI said.
 */
function modelNotFoundMessage(context: OpenAICallContext, message: string): string {
  const retired =
    mentionsShutdown(message) || isShutDown(context.model, context.now?.() ?? new Date());
  return retired && context.kind
    ? shutDownModelMessage(context.model, context.kind)
    : `OpenAI has no model "${context.model}" for this key (${message}). Choose another model in Settings.`;
}

/**
 * Every wait OpenAI hints at: its headers (`retry-after-ms`, `retry-after`,
 * `x-ratelimit-reset-*`) and "Please try again in 7s" in the message, the longest, jittered.
 */
export function retryAfterMsFrom(
  headers: Headers | undefined,
  message?: string,
): number | undefined {
  const wait = rateLimitWaitMs({ headers, message });
  return wait === undefined ? undefined : jitterWaitMs(wait);
}

/**
 * Classifies anything the OpenAI SDK threw, once, for the task engine: retryable (rate limits,
 * 5xx, network) or terminal with a message the user can act on. Errors that are not the SDK's
 * (our own ProviderErrors, bugs) pass through unchanged.
 */
export function mapOpenAIError(error: unknown, context: OpenAICallContext): unknown {
  if (!(error instanceof APIError)) {
    return error;
  }
  const message = vendorMessage(error);
  const fail = (code: ProviderErrorCode, userMessage: string) =>
    new ProviderError({
      provider: openAIProviderId,
      code,
      userMessage,
      retryAfterMs: retryAfterMsFrom(error.headers, message),
      requestId: error.requestID ?? undefined,
      cause: error,
    });
  // Whatever the status, an unknown or retired model is final: waiting never brings it back.
  const kind = error.code === "model_not_found" ? "not_found" : sdkErrorKind(error);
  switch (kind) {
    case "user_abort":
      return fail("canceled", "The request to OpenAI was canceled.");
    case "timeout":
      return fail("timeout", "OpenAI did not answer in time; retrying.");
    case "connection":
      return fail(
        "network",
        `Could not reach OpenAI at ${context.baseURL ?? "api.openai.com"}; retrying.`,
      );
    case "bad_request":
      if (error.code === "moderation_blocked" || error.code === "content_policy_violation") {
        return fail(
          "moderation",
          "OpenAI's safety system rejected this request. Reword the prompt or the character description and try again.",
        );
      }
      return fail("invalid_input", `OpenAI rejected the request: ${message}`);
    case "authentication":
      return fail(
        "auth",
        "OpenAI rejected the API key. Check OPENAI_API_KEY in the server configuration.",
      );
    case "permission_denied":
      return fail("auth", `This OpenAI key may not use ${context.model}: ${message}`);
    case "not_found":
      return fail("not_found", modelNotFoundMessage(context, message));
    case "conflict":
      return fail("provider_unavailable", "OpenAI reported a conflict; retrying.");
    case "unprocessable":
      return fail("invalid_input", `OpenAI could not process the request: ${message}`);
    case "rate_limit":
      // An exhausted quota answers 429 too, but waiting does not help: it needs billing.
      if (error.code === "insufficient_quota" || error.type === "insufficient_quota") {
        return fail(
          "quota",
          "The OpenAI account is out of credit or over its quota. Add billing on platform.openai.com, then try again.",
        );
      }
      return fail("rate_limited", "OpenAI is rate limiting this key; retrying after a pause.");
    case "internal_server":
      return fail("provider_unavailable", `OpenAI had a server error (${error.status}); retrying.`);
    case "other_status":
      if (error.status === 408) {
        return fail("timeout", "OpenAI timed out; retrying.");
      }
      return fail("invalid_input", `OpenAI answered ${error.status ?? "an error"}: ${message}`);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
