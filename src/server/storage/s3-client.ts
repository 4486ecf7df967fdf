import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { type S3AddressOptions, s3Addressing } from "./s3-address";
import { describeCall, s3NetworkError, s3ResponseError } from "./s3-errors";

export interface S3ClientOptions extends S3AddressOptions {
  accessKeyId: string;
  secretAccessKey: string;
  /** Extra tries after a network error, a 5xx or a 429 (default 3). */
  retries?: number;
}

export interface S3Call {
  /** The S3 action's name, for messages: `PutObject`, `ListObjectsV2`, … */
  operation: string;
  method: "GET" | "HEAD" | "PUT" | "POST" | "DELETE";
  /** The object's key in the bucket; none for calls on the bucket itself. */
  key?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Statuses besides 2xx that the caller handles (404 for a missing key). */
  expect?: number[];
}

export interface S3Client {
  bucket: string;
  /** Sends one signed request; anything but 2xx or `expect` rejects with `S3StorageError`. */
  send(call: S3Call): Promise<Response>;
  /** `send` for answers whose body says nothing (PUT, DELETE): frees the connection at once. */
  sendForHeaders(call: S3Call): Promise<{ status: number; headers: Headers }>;
}

const sha256Hex = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const empty = Buffer.alloc(0);
const backoff = (tries: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * 2 ** tries));

/** SigV4-signed S3 REST calls over fetch, for one bucket. */
export function createS3Client(options: S3ClientOptions): S3Client {
  const address = s3Addressing(options);
  const aws = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: "s3",
    // Retries are ours (below), so that network errors get them too.
    retries: 0,
  });
  const retries = options.retries ?? 3;

  /**
   * One try; a thrown error means the network failed. The body is a view, not a copy: parts are
   * megabytes. Signing its hash (not UNSIGNED-PAYLOAD) lets S3 refuse a body damaged on the way.
   */
  function attempt(call: S3Call, body: Buffer, payloadHash: string): Promise<Response> {
    return aws.fetch(address.url(call.key, call.query).href, {
      method: call.method,
      headers: { ...call.headers, "x-amz-content-sha256": payloadHash },
      body:
        call.body === undefined
          ? undefined
          : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength),
    });
  }

  /**
   * A transient failure is retried here, with jittered exponential backoff, unlike provider calls
   * whose retries belong to the task engine: a storage hiccup after a paid generation must not
   * cost a second generation. Every call is safe to repeat (a repeated CreateMultipartUpload at
   * worst leaves an unfinished upload, which S3 lifecycle rules clear).
   */
  async function send(call: S3Call): Promise<Response> {
    const where = describeCall(call.operation, options.bucket, call.key);
    const body = call.body ?? empty;
    const payloadHash = sha256Hex(body);
    for (let tries = 0; ; tries++) {
      let response: Response;
      try {
        response = await attempt(call, body, payloadHash);
      } catch (error) {
        if (tries < retries) {
          await backoff(tries);
          continue;
        }
        throw s3NetworkError(where, address.host, error);
      }
      if (response.ok || call.expect?.includes(response.status)) {
        return response;
      }
      if ((response.status >= 500 || response.status === 429) && tries < retries) {
        await response.body?.cancel();
        await backoff(tries);
        continue;
      }
      const text = await response.text().catch(() => "");
      throw s3ResponseError(where, response.status, text);
    }
  }

  return {
    bucket: options.bucket,
    send,
    async sendForHeaders(call) {
      const response = await send(call);
      await response.body?.cancel();
      return { status: response.status, headers: response.headers };
    },
  };
}
