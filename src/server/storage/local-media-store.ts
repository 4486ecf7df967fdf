import { createReadStream, type Stats } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { writeFileAtomically } from "./atomic-file";
import {
  assertMediaKey,
  assertMediaPrefix,
  type ByteRange,
  type MediaStore,
  mediaNotFound,
  type StoredMedia,
} from "./media-store";
import { mimeForKey, mimeForPut } from "./media-types";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

function isInside(root: string, candidate: string, allowRoot: boolean): boolean {
  const relative = path.relative(root, candidate);
  if (relative === "") {
    return allowRoot;
  }
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function toStoredMedia(key: string, stats: Stats): StoredMedia {
  return {
    key,
    mime: mimeForKey(key),
    bytes: stats.size,
    // Size and mtime change on every atomic replace, and keys are immutable besides.
    etag: `"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`,
    modifiedAt: stats.mtime,
  };
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Makes the rename itself durable where the platform allows; Windows cannot open a
    // directory, and the rename is atomic there all the same.
  }
}

/** Media on local disk under `rootDir`; the caller picks the directory (default `./data/media`). */
export function createLocalMediaStore(rootDir: string): MediaStore {
  const root = path.resolve(rootDir);
  let realRoot: string | undefined;

  async function resolveRoot(): Promise<string> {
    if (realRoot === undefined) {
      await fs.mkdir(root, { recursive: true });
      realRoot = await fs.realpath(root);
    }
    return realRoot;
  }

  /**
   * The symlink-free path of `target`, or `null` if it does not exist. A path that resolves
   * outside the root is reported as not found, like an invalid key.
   */
  async function realpathInside(target: string, allowRoot = false): Promise<string | null> {
    const rootPath = await resolveRoot();
    let real: string;
    try {
      real = await fs.realpath(target);
    } catch (error) {
      if (isMissing(error)) {
        return null;
      }
      throw error;
    }
    if (!isInside(rootPath, real, allowRoot)) {
      throw mediaNotFound();
    }
    return real;
  }

  /** The entry itself, under its resolved parent: removing a symlink never touches its target. */
  async function entryInside(target: string): Promise<string | null> {
    const parent = await realpathInside(path.dirname(target), true);
    return parent === null ? null : path.join(parent, path.basename(target));
  }

  /** Creates `dir`, having checked that no existing ancestor leads out of the root. */
  async function ensureDirectoryInside(dir: string): Promise<string> {
    let ancestor = dir;
    while ((await realpathInside(ancestor, true)) === null) {
      ancestor = path.dirname(ancestor);
    }
    await fs.mkdir(dir, { recursive: true });
    const real = await realpathInside(dir, true);
    if (real === null) {
      throw mediaNotFound();
    }
    return real;
  }

  async function* readInside(file: string, range?: ByteRange): AsyncGenerator<Buffer> {
    const real = await realpathInside(file);
    if (real === null) {
      throw mediaNotFound();
    }
    yield* createReadStream(real, range);
  }

  const pathOf = (key: string) => path.join(root, key);

  return {
    async put(key, data, mime) {
      const file = pathOf(assertMediaKey(key));
      mimeForPut(key, mime);
      const dir = await ensureDirectoryInside(path.dirname(file));
      const target = path.join(dir, path.basename(file));
      await writeFileAtomically(target, data);
      await syncDirectory(dir);
      return toStoredMedia(key, await fs.stat(target));
    },

    async stat(key) {
      const real = await realpathInside(pathOf(assertMediaKey(key)));
      if (real === null) {
        return null;
      }
      const stats = await fs.stat(real);
      return stats.isFile() ? toStoredMedia(key, stats) : null;
    },

    read(key, range) {
      const file = pathOf(assertMediaKey(key));
      return Readable.from(readInside(file, range), { objectMode: false });
    },

    localPath(key) {
      return pathOf(assertMediaKey(key));
    },

    async localFile(key) {
      const real = await realpathInside(pathOf(assertMediaKey(key)));
      if (real === null || !(await fs.stat(real)).isFile()) {
        throw mediaNotFound();
      }
      return real;
    },

    async delete(key) {
      const entry = await entryInside(pathOf(assertMediaKey(key)));
      if (entry !== null) {
        await fs.rm(entry, { force: true });
      }
    },

    async deletePrefix(prefix) {
      const entry = await entryInside(pathOf(assertMediaPrefix(prefix)));
      if (entry !== null) {
        await fs.rm(entry, { recursive: true, force: true });
      }
    },
  };
}
