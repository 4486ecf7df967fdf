import { S3ServiceException } from "@aws-sdk/client-s3";

/**
 * - `storage_access`: the bucket refused who we are or where we asked (credentials, region,
 *   bucket name, clock): terminal until the configuration changes.
 * - `storage_unavailable`: the network or S3 itself failed (5xx, throttling): worth retrying.
 * - `storage_rejected`: S3 refused this request for another reason: terminal.
 */
export type S3ErrorCode = "storage_access" | "storage_unavailable" | "storage_rejected";

/**
 * A failed call to the bucket. Messages name the operation, bucket and key, never a credential;
 * `retryable` tells the task engine whether another attempt may succeed.
 */
export class S3StorageError extends Error {
  readonly code: S3ErrorCode;
  readonly retryable: boolean;
  readonly userMessage: string;
  /** HTTP status and S3 error code, when S3 answered. */
  readonly status?: number;
  readonly s3Code?: string;

  constructor(
    code: S3ErrorCode,
    message: string,
    options: { status?: number; s3Code?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "S3StorageError";
    this.code = code;
    this.retryable = code === "storage_unavailable";
    this.userMessage = message;
    this.status = options.status;
    this.s3Code = options.s3Code;
  }
}

/** What to check for the S3 error codes that mean the configuration is wrong. */
const configHints: Record<string, string> = {
  InvalidAccessKeyId: "check S3_ACCESS_KEY_ID",
  SignatureDoesNotMatch: "check S3_SECRET_ACCESS_KEY",
  AccessDenied:
    "check S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and that they may read, write, list and delete in the bucket",
  AuthorizationHeaderMalformed: "check S3_REGION",
  PermanentRedirect: "check S3_REGION and S3_ENDPOINT",
  NoSuchBucket: "check S3_BUCKET",
  InvalidBucketName: "check S3_BUCKET",
  RequestTimeTooSkewed: "check this machine's clock",
  ExpiredToken: "the credentials have expired",
};

const transientCodes = new Set([
  "InternalError",
  "ServiceUnavailable",
  "SlowDown",
  "RequestTimeout",
  "Throttling",
  "ThrottlingException",
  "TimeoutError",
]);

/** Where a call went, for messages: `PutObject s3://bucket/key`. */
export const describeCall = (operation: string, bucket: string, key = "") =>
  `${operation} s3://${bucket}/${key}`;

/**
 * The SDK names an error after S3's `<Code>`; an answer without one (every HEAD, some proxies)
 * gets the bare status, or `UnknownError`, which say nothing the status does not.
 */
const s3CodeOf = (name: string) =>
  /^\d+$/.test(name) || name === "UnknownError" || name === "Unknown" ? undefined : name;

/** An error S3 answered with (from a response, or reported inside a 200 like DeleteObjects'). */
export function s3ResponseError(
  where: string,
  status: number | undefined,
  s3Code: string | undefined,
  detail?: string,
): S3StorageError {
  const denied = status === 401 || status === 403;
  const hint = s3Code ? configHints[s3Code] : denied ? configHints.AccessDenied : undefined;
  const message = [
    `S3 ${where} failed: `,
    s3Code ? `${s3Code}${detail ? `: ${detail}` : ""}` : `HTTP ${status}`,
    s3Code && status !== undefined ? ` (HTTP ${status})` : "",
    hint ? `; ${hint}` : "",
  ].join("");
  const code =
    hint !== undefined || denied
      ? "storage_access"
      : (status ?? 0) >= 500 || status === 429 || transientCodes.has(s3Code ?? "")
        ? "storage_unavailable"
        : "storage_rejected";
  return new S3StorageError(code, message, { status, s3Code });
}

/** The network failed before S3 answered: refused, reset, timed out. */
function s3NetworkError(where: string, host: string, error: Error): S3StorageError {
  const { code } = error as { code?: unknown };
  const reason =
    typeof code === "string" ? code : error.name === "Error" ? error.message : error.name;
  return new S3StorageError(
    "storage_unavailable",
    `S3 ${where} failed: could not reach ${host} (${reason})`,
    { cause: error },
  );
}

/**
 * Classifies anything an S3 SDK call threw, once, for the task engine. Our own errors (a failed
 * source stream, `AppError`s) pass through untouched: they say what went wrong already.
 */
export function classifyS3Error(where: string, host: string, thrown: unknown): unknown {
  if (thrown instanceof S3StorageError) {
    return thrown;
  }
  if (thrown instanceof S3ServiceException) {
    const status = thrown.$metadata.httpStatusCode;
    const s3Code = s3CodeOf(thrown.name);
    // The SDK fills a missing message with the code or "UnknownError"; that is no detail.
    const detail = thrown.message && thrown.message !== thrown.name ? thrown.message : undefined;
    return s3ResponseError(where, status, s3Code, s3Code ? detail : undefined);
  }
  const error = thrown as { $metadata?: unknown; code?: unknown; name?: unknown };
  // SDK network errors carry `$metadata` or a Node `code` (ECONNREFUSED, ECONNRESET, …).
  if (
    thrown instanceof Error &&
    (error.$metadata !== undefined || typeof error.code === "string")
  ) {
    return s3NetworkError(where, host, thrown);
  }
  if (thrown instanceof Error && (thrown.name === "TimeoutError" || thrown.name === "AbortError")) {
    return s3NetworkError(where, host, thrown);
  }
  return thrown;
}
