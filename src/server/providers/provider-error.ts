/**
 * What a provider adapter throws. Adapters classify every vendor failure exactly once, into one of
 * these categories: the task engine retries only `retryable` errors and fails `terminal` ones at
 * once, storing the category as the task's `error.code` and showing `userMessage` in the timeline.
 */
import { redactUrlCredentials } from "./redact-credentials";

export type ProviderErrorClass = "retryable" | "terminal";

/** The provider's category of failure, kept all the way to the stored task error. */
export type ProviderErrorCode =
  /** 429 with time to wait: the hint is in `retryAfterMs`. */
  | "rate_limited"
  /** 5xx, 408/409, an empty answer: the provider's side, passing. */
  | "provider_unavailable"
  | "network"
  | "timeout"
  /** The key or token is wrong or may not do this (401, 403). */
  | "auth"
  /** Out of credit or over quota (OpenAI insufficient_quota, Replicate 402): needs billing. */
  | "quota"
  /** The request itself is wrong (400, 422, an unknown model setting). */
  | "invalid_input"
  /** The provider's safety system refused the prompt or the output (E005, moderation_blocked). */
  | "moderation"
  /** The model declined in words (structured-output refusal). */
  | "refusal"
  | "truncated"
  | "not_found"
  /** The provider ran the job and it failed on its own terms (model error, OOM). */
  | "job_failed"
  /** The provider's infrastructure lost the job (Replicate E1000, E6716, "Director: …"): submit again. */
  | "job_interrupted"
  | "output_expired"
  | "canceled";

export interface ProviderErrorOptions {
  provider: string;
  code: ProviderErrorCode;
  userMessage: string;
  /** How long the provider asked us to wait, from its headers or message. */
  retryAfterMs?: number;
  /** The provider's request id, so support tickets can cite it. */
  requestId?: string;
  cause?: unknown;
}

/** The one place a category decides whether waiting and trying again can help. */
export function classificationOf(code: ProviderErrorCode): ProviderErrorClass {
  switch (code) {
    case "rate_limited":
    case "provider_unavailable":
    case "network":
    case "timeout":
    case "job_interrupted":
      return "retryable";
    case "auth":
    case "quota":
    case "invalid_input":
    case "moderation":
    case "refusal":
    case "truncated":
    case "not_found":
    case "job_failed":
    case "output_expired":
    case "canceled":
      return "terminal";
    default: {
      const unreachable: never = code;
      throw new TypeError(`Unknown provider error code: ${String(unreachable)}`);
    }
  }
}

export function isProviderErrorCode(value: unknown): value is ProviderErrorCode {
  try {
    return typeof value === "string" && Boolean(classificationOf(value as ProviderErrorCode));
  } catch {
    return false;
  }
}

export class ProviderError extends Error {
  readonly provider: string;
  readonly code: ProviderErrorCode;
  readonly classification: ProviderErrorClass;
  readonly userMessage: string;
  readonly retryAfterMs?: number;
  readonly requestId?: string;

  constructor(options: ProviderErrorOptions) {
    // Every provider message passes here on its way to a task's stored error: strip URL
    // credentials once, whichever adapter built it.
    const userMessage = redactUrlCredentials(options.userMessage);
    super(`${options.provider}: ${userMessage}`, { cause: options.cause });
    this.name = "ProviderError";
    this.provider = options.provider;
    this.code = options.code;
    this.classification = classificationOf(options.code);
    this.userMessage = userMessage;
    this.retryAfterMs = options.retryAfterMs;
    this.requestId = options.requestId;
  }

  get retryable(): boolean {
    return this.classification === "retryable";
  }
}

/** A passing fault worth trying again in place (a poll, a download), not the provider's verdict. */
export const isPassingFault = (error: unknown): error is ProviderError =>
  error instanceof ProviderError && error.retryable && error.code !== "job_interrupted";
