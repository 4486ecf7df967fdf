import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { writeFileAtomically } from "./atomic-file";

export interface DownloadCacheOptions {
  /** Above this many bytes, the least recently used copies are deleted. */
  maxBytes?: number;
  /**
   * A copy handed out this recently is never deleted, however full the cache: the tool it was
   * handed to (ffmpeg, sharp, an upload) may not have opened it yet.
   */
  keepRecentMs?: number;
  now?: () => number;
}

interface Entry {
  bytes: number;
  usedAt: number;
}

/**
 * Local copies of a remote store's files under `dir`, one file per key. Keys are immutable, so a
 * copy never goes stale and is downloaded at most once per machine while it stays cached; a copy
 * only appears whole (temp file + rename), so a crash mid-download leaves nothing a later call
 * would trust. Keys reach here validated (`assertMediaKey`), so `dir/key` stays inside `dir`.
 * The cache keeps itself under `maxBytes` by deleting the copies used least recently.
 */
export function createDownloadCache(
  dir: string,
  download: (key: string) => Readable,
  options: DownloadCacheOptions = {},
) {
  const root = path.resolve(dir);
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const keepRecentMs = options.keepRecentMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const inFlight = new Map<string, Promise<string>>();
  let entries: Promise<Map<string, Entry>> | null = null;

  /** What is on disk from earlier runs, oldest use first (mtime is refreshed on every use). */
  const index = () => {
    entries ??= (async () => {
      const found = new Map<string, Entry>();
      const files = await fs
        .readdir(root, { recursive: true, withFileTypes: true })
        .catch(() => []);
      for (const file of files.filter((entry) => entry.isFile() && !entry.name.startsWith("."))) {
        const full = path.join(file.parentPath, file.name);
        const stats = await fs.stat(full).catch(() => null);
        if (stats) {
          found.set(path.relative(root, full), { bytes: stats.size, usedAt: stats.mtimeMs });
        }
      }
      return found;
    })();
    return entries;
  };

  async function evictBeyondLimit(known: Map<string, Entry>): Promise<void> {
    let total = [...known.values()].reduce((sum, entry) => sum + entry.bytes, 0);
    const oldestFirst = [...known].sort(([, a], [, b]) => a.usedAt - b.usedAt);
    for (const [key, entry] of oldestFirst) {
      if (total <= maxBytes || now() - entry.usedAt < keepRecentMs) {
        return;
      }
      if (inFlight.has(key)) {
        continue;
      }
      known.delete(key);
      total -= entry.bytes;
      await fs.rm(path.join(root, key), { force: true });
    }
  }

  async function fetchOnce(key: string, file: string): Promise<string> {
    const known = await index();
    const usedAt = now();
    // The file's mtime records its last use, so a restarted process knows the order too.
    const markUsed = () => fs.utimes(file, new Date(usedAt), new Date(usedAt)).catch(() => {});
    const stats = await fs.stat(file).catch(() => null);
    if (stats) {
      known.set(key, { bytes: stats.size, usedAt });
      await markUsed();
      return file;
    }
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomically(file, download(key));
    await markUsed();
    known.set(key, { bytes: (await fs.stat(file)).size, usedAt });
    await evictBeyondLimit(known);
    return file;
  }

  return {
    /** The path of the local copy, downloading it first if this machine has none. */
    fileFor(key: string): Promise<string> {
      const file = path.join(root, key);
      let pending = inFlight.get(key);
      if (pending === undefined) {
        // Concurrent callers for one key share one download.
        pending = fetchOnce(key, file).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },

    /** Drops the copies of `key` or everything under it, after this process changed them. */
    async forget(keyOrPrefix: string): Promise<void> {
      await fs.rm(path.join(root, keyOrPrefix), { recursive: true, force: true });
      const known = await index();
      for (const key of known.keys()) {
        if (key === keyOrPrefix || key.startsWith(`${keyOrPrefix}/`)) {
          known.delete(key);
        }
      }
    },
  };
}
