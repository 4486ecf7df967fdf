import { xmlText } from "./s3-xml";

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
]);

/** Where a call went, for messages: `PutObject s3://bucket/key`. */
export const describeCall = (operation: string, bucket: string, key = "") =>
  `${operation} s3://${bucket}/${key}`;

/**
 * Turns S3's error document (`<Error><Code>…`) into an `S3StorageError`. `status` is undefined
 * for errors S3 reports inside a 200 answer (multi-object delete, a late multipart failure).
 */
export function s3ResponseError(
  where: string,
  status: number | undefined,
  body: string,
): S3StorageError {
  // HEAD answers and some proxies carry no error document: the status is all there is.
  const s3Code = xmlText(body, "Code");
  const detail = xmlText(body, "Message");
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

/** fetch rejects with "fetch failed" and hides the reason (ECONNREFUSED, …) in its cause. */
export function s3NetworkError(where: string, host: string, thrown: unknown): S3StorageError {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const reason = typeof cause?.code === "string" ? cause.code : (cause?.message ?? error.message);
  return new S3StorageError(
    "storage_unavailable",
    `S3 ${where} failed: could not reach ${host} (${String(reason)})`,
    { cause: thrown },
  );
}
