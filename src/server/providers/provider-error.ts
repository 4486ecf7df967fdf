/**
 * What a provider adapter throws. Adapters classify every vendor failure exactly once, here:
 * the task engine retries only `retryable` errors and fails `terminal` ones at once, showing
 * `userMessage` in the task timeline and the dock.
 */
export type ProviderErrorClass = "retryable" | "terminal";

export type ProviderErrorCode =
  | "rate_limited"
  | "server_error"
  | "network"
  | "timeout"
  | "bad_key"
  | "invalid_request"
  | "moderation"
  | "refusal"
  | "truncated"
  | "not_found"
  | "job_failed"
  | "output_expired"
  | "canceled";

export interface ProviderErrorOptions {
  provider: string;
  code: ProviderErrorCode;
  userMessage: string;
  /** Honour the provider's Retry-After when it gives one. */
  retryAfterMs?: number;
  /** The provider's request id, so support tickets can cite it. */
  requestId?: string;
  cause?: unknown;
}

const retryableCodes: ReadonlySet<ProviderErrorCode> = new Set([
  "rate_limited",
  "server_error",
  "network",
  "timeout",
]);

export class ProviderError extends Error {
  readonly provider: string;
  readonly code: ProviderErrorCode;
  readonly classification: ProviderErrorClass;
  readonly userMessage: string;
  readonly retryAfterMs?: number;
  readonly requestId?: string;

  constructor(options: ProviderErrorOptions) {
    super(`${options.provider}: ${options.userMessage}`, { cause: options.cause });
    this.name = "ProviderError";
    this.provider = options.provider;
    this.code = options.code;
    this.classification = retryableCodes.has(options.code) ? "retryable" : "terminal";
    this.userMessage = options.userMessage;
    this.retryAfterMs = options.retryAfterMs;
    this.requestId = options.requestId;
  }

  get retryable(): boolean {
    return this.classification === "retryable";
  }
}
