import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
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
import { createS3Client, type S3ClientOptions } from "./s3-client";
import { describeCall, S3StorageError, s3ResponseError } from "./s3-errors";
import { uploadObject } from "./s3-upload";
import { escapeXml, xmlElements, xmlText, xmlTexts } from "./s3-xml";

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

/** Some S3-compatible servers send the ETag bare; the port promises a quoted, strong one. */
const strongEtag = (etag: string) => {
  const tag = etag.replace(/^W\//, "");
  return tag.startsWith('"') ? tag : `"${tag}"`;
};

const md5Base64 = (data: Buffer) => createHash("md5").update(data).digest("base64");

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, R2, …), for the scaled shape where app
 * servers and workers on different machines share one store. Tools that need a file get a copy
 * downloaded once per machine (`localFile`); the app serves media by streaming from the bucket.
 */
export function createS3MediaStore(options: S3MediaStoreOptions): MediaStore {
  const client = createS3Client(options);
  const prefix = options.prefix ? `${assertMediaPrefix(options.prefix)}/` : "";
  const objectKey = (key: string) => `${prefix}${key}`;
  const where = (operation: string, key?: string) =>
    describeCall(operation, options.bucket, key === undefined ? undefined : objectKey(key));

  async function head(key: string): Promise<StoredMedia | null> {
    const { status, headers } = await client.sendForHeaders({
      operation: "HeadObject",
      method: "HEAD",
      key: objectKey(key),
      expect: [404],
    });
    if (status === 404) {
      return null;
    }
    const bytes = Number(headers.get("Content-Length") ?? Number.NaN);
    const etag = headers.get("ETag");
    const lastModified = headers.get("Last-Modified");
    if (!Number.isSafeInteger(bytes) || !etag || !lastModified) {
      throw new S3StorageError(
        "storage_rejected",
        `S3 ${where("HeadObject", key)} answered without Content-Length, ETag or Last-Modified`,
      );
    }
    return {
      key,
      mime: mimeForKey(key),
      bytes,
      etag: strongEtag(etag),
      modifiedAt: new Date(lastModified),
    };
  }

  async function* download(key: string, range?: ByteRange): AsyncGenerator<Buffer> {
    const response = await client.send({
      operation: "GetObject",
      method: "GET",
      key: objectKey(key),
      headers: range ? { Range: `bytes=${range.start}-${range.end}` } : {},
      expect: [404, 416],
    });
    if (response.status === 404) {
      const text = await response.text();
      // A missing bucket is a configuration error, not a missing file.
      throw xmlText(text, "Code") === "NoSuchBucket"
        ? s3ResponseError(where("GetObject", key), 404, text)
        : mediaNotFound();
    }
    if (response.status === 416 || response.body === null) {
      // A range past the end reads nothing, as it does from a file on disk.
      await response.body?.cancel();
      return;
    }
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
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

  async function listPage(listPrefix: string, token?: string) {
    const response = await client.send({
      operation: "ListObjectsV2",
      method: "GET",
      query: {
        "list-type": "2",
        prefix: listPrefix,
        ...(token === undefined ? {} : { "continuation-token": token }),
      },
    });
    const text = await response.text();
    const next =
      xmlText(text, "IsTruncated") === "true" ? xmlText(text, "NextContinuationToken") : undefined;
    return { keys: xmlTexts(text, "Key"), next };
  }

  /** One DeleteObjects call (at most 1000 keys, which is one listing page). */
  async function deleteObjects(keys: string[]): Promise<void> {
    const objects = keys.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join("");
    const body = Buffer.from(`<Delete><Quiet>true</Quiet>${objects}</Delete>`);
    const response = await client.send({
      operation: "DeleteObjects",
      method: "POST",
      query: { delete: "" },
      headers: { "Content-Type": "application/xml", "Content-MD5": md5Base64(body) },
      body,
    });
    // Quiet mode lists only the keys S3 could not delete, each as an <Error>.
    const failed = xmlElements(await response.text(), "Error")[0];
    if (failed !== undefined) {
      const operation = describeCall("DeleteObjects", options.bucket, xmlText(failed, "Key"));
      throw s3ResponseError(operation, undefined, failed);
    }
  }

  async function deleteObject(key: string): Promise<void> {
    // S3 answers 204 for a missing key; some compatible servers answer 404.
    await client.sendForHeaders({
      operation: "DeleteObject",
      method: "DELETE",
      key: objectKey(assertMediaKey(key)),
      expect: [404],
    });
    await cache.forget(key);
  }

  return {
    async put(key, data, mime) {
      const contentType = mimeForPut(assertMediaKey(key), mime);
      await uploadObject(client, objectKey(key), data, contentType, options.partSize);
      await cache.forget(key);
      const stored = await head(key);
      if (stored === null) {
        throw new S3StorageError(
          "storage_unavailable",
          `S3 ${where("HeadObject", key)} found nothing just after it was stored`,
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
        const page = await listPage(`${objectKey(base)}/`, token);
        if (page.keys.length > 0) {
          await deleteObjects(page.keys);
        }
        token = page.next;
      } while (token !== undefined);
      await cache.forget(base);
    },
  };
}
