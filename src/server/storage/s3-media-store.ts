import type { Readable as NodeReadable } from "node:stream";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { createDownloadCache } from "./download-cache";
import {
  assertMediaKey,
  assertMediaPrefix,
  type ByteRange,
  type MediaStore,
  mediaNotFound,
  type StoredMedia,
} from "./media-store";
import { mimeForKey, mimeForPut } from "./media-types";
import { createS3Bucket, type S3ClientOptions } from "./s3-client";
import { describeCall, S3StorageError, s3ResponseError } from "./s3-errors";
import { uploadObject } from "./s3-upload";

export interface S3MediaStoreOptions extends S3ClientOptions {
  /** Put before every key (`greenlight/`), so one bucket can serve several installations. */
  prefix?: string;
  /** Where `localFile` keeps downloaded copies: `<DATA_DIR>/cache/media`. */
  cacheDir: string;
  /** The copies' total size limit; the least recently used go first (default: no limit). */
  cacheMaxBytes?: number;
  /** Streams go up in parts of this size (default 8 MiB; S3's minimum is 5 MiB). */
  partSize?: number;
}

/** The S3 store does one thing the port does not: hand out a URL the bucket itself answers. */
export interface S3MediaStore extends MediaStore {
  /** A presigned GET URL for `key`, valid for `expiresInSeconds`. Checks nothing: stat first. */
  presignedUrl(key: string, expiresInSeconds: number): Promise<string>;
}

/** Some S3-compatible servers send the ETag bare; the port promises a quoted, strong one. */
const strongEtag = (etag: string) => {
  const tag = etag.replace(/^W\//, "");
  return tag.startsWith('"') ? tag : `"${tag}"`;
};

/** S3 answers a missing key with 404 NoSuchKey on GET and a bare 404 on HEAD. */
const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === "NoSuchKey" ||
    (error.name !== "NoSuchBucket" && error.$metadata.httpStatusCode === 404));

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, R2, …), for the scaled shape where app
 * servers and workers on different machines share one store. Tools that need a file get a copy
 * downloaded once per machine (`localFile`); the app streams media from the bucket, or redirects
 * to a presigned URL (`MEDIA_DELIVERY=presigned`).
 */
export function createS3MediaStore(options: S3MediaStoreOptions): S3MediaStore {
  const s3 = createS3Bucket(options);
  const Bucket = options.bucket;
  const prefix = options.prefix ? `${assertMediaPrefix(options.prefix)}/` : "";
  const objectKey = (key: string) => `${prefix}${key}`;

  /** Runs an SDK call; `missing` is what a missing key gives instead of an error. */
  async function call<T, M>(
    operation: string,
    key: string | undefined,
    run: () => Promise<T>,
    missing: () => M,
  ): Promise<T | M> {
    return s3.call(operation, key === undefined ? undefined : objectKey(key), () =>
      run().catch((error: unknown) => {
        if (isMissing(error)) {
          return missing();
        }
        throw error;
      }),
    );
  }

  async function head(key: string): Promise<StoredMedia | null> {
    const found = await call(
      "HeadObject",
      key,
      () => s3.client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) })),
      () => null,
    );
    if (found === null) {
      return null;
    }
    const { ContentLength, ETag, LastModified } = found;
    if (ContentLength === undefined || !ETag || !LastModified) {
      throw new S3StorageError(
        "storage_rejected",
        `S3 ${describeCall("HeadObject", Bucket, objectKey(key))} answered without Content-Length, ETag or Last-Modified`,
      );
    }
    return {
      key,
      mime: mimeForKey(key),
      bytes: ContentLength,
      etag: strongEtag(ETag),
      modifiedAt: LastModified,
    };
  }

  async function* download(key: string, range?: ByteRange): AsyncGenerator<Buffer> {
    const answer = await call(
      "GetObject",
      key,
      () =>
        s3.client
          .send(
            new GetObjectCommand({
              Bucket,
              Key: objectKey(key),
              Range: range ? `bytes=${range.start}-${range.end}` : undefined,
            }),
          )
          .catch((error: unknown) => {
            // A range past the end reads nothing, as it does from a file on disk.
            if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416) {
              return null;
            }
            throw error;
          }),
      () => "missing" as const,
    );
    if (answer === "missing") {
      throw mediaNotFound();
    }
    if (answer === null || answer.Body === undefined) {
      return;
    }
    // In Node the SDK's body is the response stream itself.
    const body = answer.Body as NodeReadable;
    try {
      yield* body;
    } finally {
      // Reached on early return too (the reader went away): stop the download.
      body.destroy();
    }
  }

  function read(key: string, range?: ByteRange): Readable {
    assertMediaKey(key);
    return Readable.from(download(key, range), { objectMode: false });
  }

  const cache = createDownloadCache(options.cacheDir, (key) => read(key), {
    maxBytes: options.cacheMaxBytes,
  });

  /** Deletes one listing page (at most 1000 keys, what one DeleteObjects takes). */
  async function deleteObjects(keys: string[]): Promise<void> {
    const answer = await s3.call("DeleteObjects", `${keys[0]}…`, () =>
      s3.client.send(
        new DeleteObjectsCommand({
          Bucket,
          Delete: { Quiet: true, Objects: keys.map((Key) => ({ Key })) },
        }),
      ),
    );
    // Quiet mode lists only the keys S3 could not delete, each as an error inside a 200.
    const failed = answer.Errors?.[0];
    if (failed !== undefined) {
      throw s3ResponseError(
        describeCall("DeleteObjects", Bucket, failed.Key),
        undefined,
        failed.Code,
        failed.Message,
      );
    }
  }

  async function deleteObject(key: string): Promise<void> {
    // S3 answers 204 for a missing key; some compatible servers answer 404.
    await call(
      "DeleteObject",
      assertMediaKey(key),
      () => s3.client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) })),
      () => null,
    );
    await cache.forget(key);
  }

  return {
    async put(key, data, mime) {
      const contentType = mimeForPut(assertMediaKey(key), mime);
      await uploadObject(s3, objectKey(key), data, contentType, options.partSize);
      await cache.forget(key);
      const stored = await head(key);
      if (stored === null) {
        throw new S3StorageError(
          "storage_unavailable",
          `S3 ${describeCall("HeadObject", Bucket, objectKey(key))} found nothing just after it was stored`,
        );
      }
      return stored;
    },

    async stat(key) {
      return head(assertMediaKey(key));
    },

    read,

    localPath(key) {
      assertMediaKey(key);
      return null;
    },

    async localFile(key) {
      return cache.fileFor(assertMediaKey(key));
    },

    delete: deleteObject,

    async deletePrefix(rawPrefix) {
      const base = assertMediaPrefix(rawPrefix);
      // The object named like the prefix goes too, as a file would on disk; then everything
      // under `base/` — with the slash, so `shows/4` never reaches `shows/42/…`.
      await deleteObject(base);
      let token: string | undefined;
      do {
        const page = await s3.call("ListObjectsV2", `${objectKey(base)}/`, () =>
          s3.client.send(
            new ListObjectsV2Command({
              Bucket,
              Prefix: `${objectKey(base)}/`,
              ContinuationToken: token,
            }),
          ),
        );
        const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : []));
        if (keys.length > 0) {
          await deleteObjects(keys);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token !== undefined);
      await cache.forget(base);
    },

    async presignedUrl(key, expiresInSeconds) {
      const command = new GetObjectCommand({ Bucket, Key: objectKey(assertMediaKey(key)) });
      return getSignedUrl(s3.client, command, { expiresIn: expiresInSeconds });
    },
  };
}
