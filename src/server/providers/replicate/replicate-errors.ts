import { ProviderError, type ProviderErrorCode } from "../provider-error";
import { jitterWaitMs, rateLimitWaitMs } from "../rate-limit-hints";

export const replicateProviderId = "replicate";

export interface ReplicateErrorContext {
  /** What we were doing, for messages: "start Veo 3.1", "check prediction p_123". */
  action: string;
  /** The prediction the call was about; Replicate's id doubles as the request id. */
  predictionId?: string;
}

export interface FailedAnswer {
  status: number;
  headers: Headers;
  body: string;
}

type FailureKind = "aborted" | "timeout" | "network" | "http" | "foreign";

function failureKind(error: unknown, answer: FailedAnswer | undefined): FailureKind {
  if (answer) {
    return "http";
  }
  if (!(error instanceof Error) || error instanceof ProviderError) {
    return "foreign";
  }
  if (error.name === "TimeoutError" || error.name === "AbortError") {
    return error.name === "TimeoutError" ? "timeout" : "aborted";
  }
  // undici's fetch rejects with `TypeError: fetch failed` and the socket error as its cause.
  const network = error instanceof TypeError && /fetch failed|network/i.test(error.message);
  return network ? "network" : "foreign";
}

/** Problem-details fields Replicate puts in error bodies. */
interface ProblemDetails {
  title?: string;
  detail?: string;
  retry_after?: number;
}

function parseProblem(body: string): ProblemDetails {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === "object" && parsed !== null ? (parsed as ProblemDetails) : {};
  } catch {
    return { detail: body.slice(0, 300) };
  }
}

/** Retry-After (seconds or a date), `retry_after` or "resets in ~30s" in the body: the longest. */
export function retryAfterMsFrom(headers: Headers, problem: ProblemDetails): number | undefined {
  const wait = rateLimitWaitMs({
    headers,
    message: problem.detail,
    ...(typeof problem.retry_after === "number" ? { bodySeconds: problem.retry_after } : {}),
  });
  return wait === undefined ? undefined : jitterWaitMs(wait);
}

/** Replicate's HTTP statuses, as the user should read them. */
function classifyStatus(
  status: number,
  detail: string,
  action: string,
): { code: ProviderErrorCode; userMessage: string } {
  switch (status) {
    case 401:
      return {
        code: "auth",
        userMessage:
          "Replicate rejected the API token. Check REPLICATE_API_TOKEN in the server configuration.",
      };
    case 402:
      return {
        code: "quota",
        userMessage:
          "The Replicate account is out of credit. Add credit on replicate.com/account/billing, then try again.",
      };
    case 403:
      return { code: "auth", userMessage: `This Replicate token may not ${action}: ${detail}` };
    case 404:
      return {
        code: "not_found",
        userMessage: `Replicate could not find what we asked for when trying to ${action}: ${detail}`,
      };
    case 422:
      return {
        code: "invalid_input",
        userMessage: `Replicate rejected the input to ${action}: ${detail}`,
      };
    case 429:
      return {
        code: "rate_limited",
        userMessage: "Replicate is throttling requests; retrying after a pause.",
      };
    case 408:
    case 409:
      return {
        code: "provider_unavailable",
        userMessage: `Replicate had a problem (${status}) when trying to ${action}; retrying.`,
      };
    default:
      return status >= 500
        ? {
            code: "provider_unavailable",
            userMessage: `Replicate had a problem (${status}) when trying to ${action}; retrying.`,
          }
        : { code: "invalid_input", userMessage: `Replicate refused to ${action}: ${detail}` };
  }
}

/**
 * Classifies what a Replicate call threw, once: HTTP answers by status, timeouts and network
 * failures as retryable, a cancel as terminal. Anything else (our own errors, bugs) passes
 * through unchanged.
 */
export function mapReplicateError(
  error: unknown,
  answer: FailedAnswer | undefined,
  context: ReplicateErrorContext,
): unknown {
  const fail = (code: ProviderErrorCode, userMessage: string, retryAfterMs?: number) =>
    new ProviderError({
      provider: replicateProviderId,
      code,
      userMessage,
      retryAfterMs,
      requestId: context.predictionId,
      cause: error,
    });
  const kind = failureKind(error, answer);
  switch (kind) {
    case "foreign":
      return error;
    case "aborted":
      return fail("canceled", `Stopped before Replicate answered (${context.action}).`);
    case "timeout":
      return fail(
        "timeout",
        `Replicate did not answer in time when trying to ${context.action}; retrying.`,
      );
    case "network":
      return fail("network", `Could not reach Replicate to ${context.action}; retrying.`);
    case "http": {
      const failedAnswer = answer as FailedAnswer;
      const problem = parseProblem(failedAnswer.body);
      const detail = problem.detail ?? problem.title ?? `status ${failedAnswer.status}`;
      const { code, userMessage } = classifyStatus(failedAnswer.status, detail, context.action);
      const retryAfterMs =
        code === "rate_limited" || code === "provider_unavailable"
          ? retryAfterMsFrom(failedAnswer.headers, problem)
          : undefined;
      return fail(code, userMessage, retryAfterMs);
    }
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
