import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Writes `data` to `target` so that readers see the old file or the whole new one, never a
 * part: the bytes go to a temp file in the same directory (so the rename is atomic), which is
 * removed if anything fails. The temp name is dot-prefixed, so no media key can name it.
 */
export async function writeFileAtomically(
  target: string,
  data: Buffer | NodeJS.ReadableStream,
): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const source = Buffer.isBuffer(data) ? Readable.from([data]) : data;
    await pipeline(source, createWriteStream(temp, { flags: "wx", flush: true }));
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
