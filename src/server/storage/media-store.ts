import type { Readable } from "node:stream";
import { AppError } from "../errors";

/**
 * The media store port: immutable files addressed by key, e.g.
 * `shows/<showId>/portraits/<assetId>.png`. Every regeneration writes a new key, so a stored
 * file never changes under a key that has been handed out; adapters (local disk, S3) may rely on
 * that for caching.
 */
export interface StoredMedia {
  key: string;
  mime: string;
  bytes: number;
  /** Strong entity tag, quotes included, ready for an `ETag` header. */
  etag: string;
  modifiedAt: Date;
}

/** Inclusive byte offsets, as in HTTP `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface MediaStore {
  /** Stores the whole of `data` under `key`, replacing what was there only once complete. */
  put(key: string, data: Buffer | NodeJS.ReadableStream, mime: string): Promise<StoredMedia>;
  /** `null` when nothing is stored under `key`. */
  stat(key: string): Promise<StoredMedia | null>;
  /** A missing file surfaces as an error on the stream, not as a throw. */
  read(key: string, range?: ByteRange): Readable;
  /**
   * Absolute path when the store is on local disk; `null` for remote stores. For showing where a
   * file is (the CLI); code that needs the bytes in a file uses `localFile`.
   */
  localPath(key: string): string | null;
  /**
   * A path on this machine holding the file's bytes, for tools that read files (sharp, ffmpeg,
   * provider uploads): the file itself on local disk, a downloaded copy for remote stores.
   * Rejects with `not_found` when nothing is stored under `key`.
   */
  localFile(key: string): Promise<string>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Deletes every key under `prefix`, matched by whole segments: `shows/4` removes `shows/4/**`,
   * never `shows/42/**`.
   */
  deletePrefix(prefix: string): Promise<void>;
}

/** What every adapter throws for a missing file, and for a key that could never name one. */
export const mediaNotFound = () => new AppError("not_found", "Media not found");

const segmentPattern = /^[a-zA-Z0-9_-][a-zA-Z0-9._-]*$/;

/**
 * Returns `key` if it is a safe relative path of `[a-zA-Z0-9._-]` segments; otherwise throws
 * `not_found`, so that probing for traversal looks exactly like asking for a missing file.
 * Segments may not start with a dot: that rules out `.` and `..` and leaves dot-files to adapters
 * (temp files) where no key can reach them.
 */
export function assertMediaKey(key: string): string {
  const segments = key.split("/");
  if (key.length === 0 || key.length > 1024 || !segments.every((s) => segmentPattern.test(s))) {
    throw mediaNotFound();
  }
  return key;
}

/** Like `assertMediaKey`, tolerating one trailing slash; returns the prefix without it. */
export function assertMediaPrefix(prefix: string): string {
  return assertMediaKey(prefix.endsWith("/") ? prefix.slice(0, -1) : prefix);
}
