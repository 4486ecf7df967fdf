import { Readable } from "node:stream";
import { Upload } from "@aws-sdk/lib-storage";
import type { S3Bucket } from "./s3-client";

/** S3 takes parts of at least 5 MiB (all but the last). */
export const defaultPartSize = 8 * 1024 * 1024;

/**
 * Uploads `data` as the object `key`, visible only once whole (S3 never shows half a PUT or an
 * unfinished multipart upload). `Upload` reads a stream in parts of `partSize`: one that ends
 * within the first part is one PutObject, a longer one a multipart upload holding one part in
 * memory at a time (`queueSize: 1`), aborted if anything fails.
 *
 * A failure of the source stream (the provider's download broke) is rethrown as it was, so that
 * it is never mistaken for a failure of the bucket.
 */
export async function uploadObject(
  bucket: S3Bucket,
  key: string,
  data: Buffer | NodeJS.ReadableStream,
  contentType: string,
  partSize = defaultPartSize,
): Promise<void> {
  let sourceError: unknown;
  async function* watched(source: NodeJS.ReadableStream) {
    try {
      for await (const chunk of source) {
        yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      }
    } catch (error) {
      sourceError = error;
      throw error;
    }
  }
  const body = Buffer.isBuffer(data) ? data : Readable.from(watched(data));
  const upload = new Upload({
    client: bucket.client,
    params: { Bucket: bucket.bucket, Key: key, Body: body, ContentType: contentType },
    partSize,
    queueSize: 1,
  });
  try {
    await bucket.call("PutObject", key, () => upload.done());
  } catch (error) {
    throw sourceError ?? error;
  }
}
