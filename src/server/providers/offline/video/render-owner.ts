import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { isProcessAlive } from "../../../process-alive";
import type { RenderOwner } from "./job-store";

/**
 * After a crash the dead process's ffmpeg keeps running: it ignores SIGPIPE and its progress
 * writes fail silently. These helpers let the process that resumes a job tell a live render in
 * another process (leave it be) from an orphan (kill it before rendering again).
 */

/** True when the owner is a different process on this machine that is still running. */
export function ownedByAnotherLiveProcess(owner: RenderOwner | undefined): boolean {
  return (
    owner !== undefined &&
    owner.host === hostname() &&
    owner.pid !== process.pid &&
    isProcessAlive(owner.pid)
  );
}

/**
 * Kills the ffmpeg recorded for the job if it still runs it — an orphan before a resumed render,
 * or another process's render on cancel. The cmdline check guards against pid reuse.
 */
export async function killRecordedFfmpeg(
  owner: RenderOwner | undefined,
  jobId: string,
): Promise<void> {
  if (!owner?.ffmpegPid || owner.host !== hostname()) {
    return;
  }
  const cmdline = await readFile(`/proc/${owner.ffmpegPid}/cmdline`, "utf8").catch(() => "");
  if (!cmdline.includes(jobId)) {
    return;
  }
  try {
    process.kill(owner.ffmpegPid, "SIGKILL");
  } catch {
    // It exited between the check and the kill: nothing left to do.
  }
}
