import fs from "node:fs";
import path from "node:path";
import { ConfigError } from "../config/env";
import { isProcessAlive } from "../process-alive";

/**
 * PGlite is a single-process database: two processes opening the same directory would corrupt
 * it. A pid file guards the directory; a lock left by a dead process is taken over.
 */
export function lockDataDir(dbDir: string): () => void {
  fs.mkdirSync(dbDir, { recursive: true });
  const lockPath = path.join(path.dirname(dbDir), `${path.basename(dbDir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) {
            fs.unlinkSync(lockPath);
          }
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw error;
      }
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner && owner !== process.pid && isProcessAlive(owner)) {
        throw new ConfigError(
          `Another Greenlight process (pid ${owner}) is using the embedded database in ${dbDir}. ` +
            "Stop it, point DATA_DIR elsewhere, or use DATABASE_URL to share a PostgreSQL server.",
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Could not lock ${dbDir}`);
}
