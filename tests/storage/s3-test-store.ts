import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { MediaStore } from "../../src/server/storage/media-store";
import {
  createS3MediaStore,
  type S3MediaStoreOptions,
} from "../../src/server/storage/s3-media-store";
import { type S3Fake, type S3FakeOptions, startS3Fake } from "../fakes/s3-fake";

export interface S3TestStore {
  fake: S3Fake;
  store: MediaStore;
  cacheDir: string;
  /** Another store on the same fake and cache directory, e.g. with other credentials. */
  reopen(overrides?: Partial<S3MediaStoreOptions>): MediaStore;
  close(): Promise<void>;
}

/** An S3 media store on a fresh fake bucket `media`, with its own download cache. */
export async function openS3TestStore(
  options: { fake?: S3FakeOptions; store?: Partial<S3MediaStoreOptions> } = {},
): Promise<S3TestStore> {
  const fake = await startS3Fake(options.fake);
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "greenlight-s3-"));
  const cacheDir = path.join(tempDir, "cache", "media");
  const reopen = (overrides: Partial<S3MediaStoreOptions> = {}) =>
    createS3MediaStore({
      bucket: "media",
      endpoint: fake.url,
      region: fake.region,
      accessKeyId: fake.accessKeyId,
      secretAccessKey: fake.secretAccessKey,
      forcePathStyle: true,
      cacheDir,
      retries: 0,
      ...options.store,
      ...overrides,
    });
  return {
    fake,
    store: reopen(),
    cacheDir,
    reopen,
    async close() {
      await fake.close();
      await fs.rm(tempDir, { recursive: true, force: true });
    },
  };
}
