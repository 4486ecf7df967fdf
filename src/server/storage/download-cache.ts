import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { writeFileAtomically } from "./atomic-file";

/**
 * Local copies of a remote store's files under `dir`, one file per key. Keys are immutable, so a
 * copy never goes stale and is downloaded at most once per machine; a copy only appears whole
 * (temp file + rename), so a crash mid-download leaves nothing a later call would trust.
 * Keys reach here validated (`assertMediaKey`), so `dir/key` stays inside `dir`.
 */
export function createDownloadCache(dir: string, download: (key: string) => Readable) {
  const root = path.resolve(dir);
  const inFlight = new Map<string, Promise<string>>();

  async function fetchOnce(key: string, file: string): Promise<string> {
    try {
      await fs.access(file);
      return file;
    } catch {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, download(key));
      return file;
    }
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
    },
  };
}
