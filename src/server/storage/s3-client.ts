import { S3Client } from "@aws-sdk/client-s3";
import { classifyS3Error, describeCall } from "./s3-errors";

export interface S3ClientOptions {
  bucket: string;
  region: string;
  /** `https://s3.<region>.amazonaws.com` when unset; MinIO, R2 and the like give their own. */
  endpoint?: string;
  /** Otherwise the SDK picks: virtual-hosted where the bucket name and endpoint allow it. */
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /** Extra tries after a network error, a 5xx or throttling (default 2). */
  retries?: number;
}

export interface S3Bucket {
  client: S3Client;
  bucket: string;
  /**
   * Runs one SDK call, turning whatever it throws into an `S3StorageError` that names the
   * operation, bucket and key.
   */
  call<T>(operation: string, key: string | undefined, run: () => Promise<T>): Promise<T>;
}

/**
 * The SDK client for one bucket. Unlike provider calls, whose SDK retries are off so that the
 * task engine's are the only ones, storage keeps a couple of the SDK's own: every S3 call here is
 * safe to repeat, and a storage hiccup just after a paid generation must not cost a second one.
 * The engine still retries what these leave (`storage_unavailable` is retryable).
 */
export function createS3Bucket(options: S3ClientOptions): S3Bucket {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    maxAttempts: 1 + (options.retries ?? 2),
    // Checksums only where S3 requires them: the SDK's default (a CRC32 trailer, aws-chunked, on
    // every upload) is not understood by every S3-compatible server (s3rver, older MinIO).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const host = options.endpoint
    ? new URL(options.endpoint).host
    : `s3.${options.region}.amazonaws.com`;
  return {
    client,
    bucket: options.bucket,
    async call(operation, key, run) {
      try {
        return await run();
      } catch (error) {
        throw classifyS3Error(describeCall(operation, options.bucket, key), host, error);
      }
    },
  };
}
