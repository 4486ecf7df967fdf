import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  createS3MediaStore,
  type S3MediaStore,
  type S3MediaStoreOptions,
} from "../../src/server/storage/s3-media-store";
import { type S3FaultProxy, startS3FaultProxy } from "../helpers/s3-fault-proxy";
import { type S3rverInstance, startS3rver } from "../helpers/s3rver";

export interface S3TestStore {
  s3: S3rverInstance;
  /** Between the store and s3rver: counts requests by operation, injects faults. */
  proxy: S3FaultProxy;
  store: S3MediaStore;
  cacheDir: string;
  /** Another store on the same bucket and cache directory, e.g. with other credentials. */
  reopen(overrides?: Partial<S3MediaStoreOptions>): S3MediaStore;
  /** Every key in the bucket, sorted, read from s3rver directly. */
  keys(): Promise<string[]>;
  /** What the bucket holds under `key`, read from s3rver directly. */
  object(
    key: string,
  ): Promise<{ body: Buffer; etag: string; lastModified: Date; contentType: string } | null>;
  /** Multipart uploads started and neither completed nor aborted. */
  pendingUploads(): number;
  close(): Promise<void>;
}

/** An S3 media store on a fresh s3rver bucket `media` behind a fault proxy, with its own cache. */
export async function openS3TestStore(
  options: { maxKeys?: number; store?: Partial<S3MediaStoreOptions> } = {},
): Promise<S3TestStore> {
  const s3 = await startS3rver({ bucket: "media" });
  const proxy = await startS3FaultProxy(s3.endpoint, { maxKeys: options.maxKeys });
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-s3-"));
  const cacheDir = path.join(tempDir, "cache", "media");
  const direct = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  const reopen = (overrides: Partial<S3MediaStoreOptions> = {}) =>
    createS3MediaStore({
      bucket: s3.bucket,
      endpoint: proxy.endpoint,
      region: s3.region,
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
      cacheDir,
      retries: 0,
      ...options.store,
      ...overrides,
    });
  return {
    s3,
    proxy,
    store: reopen(),
    cacheDir,
    reopen,
    async keys() {
      const page = await direct.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
      return (page.Contents ?? []).map((object) => object.Key ?? "").sort();
    },
    async object(key) {
      try {
        const head = await direct.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }));
        const got = await direct.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
        return {
          body: Buffer.from((await got.Body?.transformToByteArray()) ?? []),
          etag: head.ETag ?? "",
          lastModified: head.LastModified ?? new Date(0),
          contentType: head.ContentType ?? "",
        };
      } catch (error) {
        if ((error as { name?: string }).name === "NotFound") {
          return null;
        }
        throw error;
      }
    },
    pendingUploads() {
      return (
        proxy.count("CreateMultipartUpload") -
        proxy.count("CompleteMultipartUpload") -
        proxy.count("AbortMultipartUpload")
      );
    },
    async close() {
      direct.destroy();
      await proxy.close();
      await s3.close();
      await fs.rm(tempDir, { recursive: true, force: true });
    },
  };
}
