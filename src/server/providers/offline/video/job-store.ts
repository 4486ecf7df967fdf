import { randomUUID } from "node:crypto";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { VideoRequest } from "../../types";

/** Where a job stands on disk. `processing` covers queued too: queueing lives in memory only. */
export type JobSpecState = "processing" | "succeeded" | "failed" | "canceled";

/** Who last started rendering a job, so a later process can tell an orphan from a live render. */
export interface RenderOwner {
  host: string;
  pid: number;
  instance: string;
  ffmpegPid?: number;
  startedAt: string;
}

export interface JobResult {
  durationSeconds: number;
  width: number;
  height: number;
  bytes: number;
}

/** `<jobsDir>/<jobId>.json`: everything needed to render the job again from scratch. */
export interface JobSpec {
  version: 1;
  jobId: string;
  request: VideoRequest;
  state: JobSpecState;
  createdAt: string;
  updatedAt: string;
  owner?: RenderOwner;
  result?: JobResult;
  error?: { code: string; message: string };
}

const jobIdPattern = /^ovj_[0-9a-f-]{36}$/;

export function newJobId(): string {
  return `ovj_${randomUUID()}`;
}

/** Ids arrive from checkpoints and URLs: only well-formed ones may become file names. */
export function isJobId(value: string): boolean {
  return jobIdPattern.test(value);
}

export type JobStore = ReturnType<typeof createJobStore>;

export function createJobStore(jobsDir: string) {
  const pending = new Map<string, Promise<unknown>>();
  const specPath = (jobId: string) => path.join(jobsDir, `${jobId}.json`);

  async function read(jobId: string): Promise<JobSpec | null> {
    try {
      return JSON.parse(await readFile(specPath(jobId), "utf8")) as JobSpec;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        return null;
      }
      throw error;
    }
  }

  /** Write-then-rename, so a reader (or a crash) never sees half a spec. */
  async function write(spec: JobSpec): Promise<void> {
    const temporary = `${specPath(spec.jobId)}.${randomUUID().slice(0, 8)}.tmp`;
    await writeFile(temporary, `${JSON.stringify(spec, null, 2)}\n`);
    await rename(temporary, specPath(spec.jobId));
  }

  return {
    jobsDir,
    read,
    write,
    outputPath: (jobId: string) => path.join(jobsDir, `${jobId}.mp4`),
    workDir: (jobId: string) => path.join(jobsDir, `${jobId}.work`),
    /** A fresh name per attempt: a stale render still writing its own part file cannot clobber ours. */
    partPath: (jobId: string) =>
      path.join(jobsDir, `${jobId}.${randomUUID().slice(0, 8)}.part.mp4`),

    /**
     * Read-modify-write, serialized per job within this process, so a cancel and a finishing
     * render cannot interleave. `change` returns the new spec, or null to leave it as it is.
     */
    update(jobId: string, change: (spec: JobSpec) => JobSpec | null): Promise<JobSpec | null> {
      const run = (pending.get(jobId) ?? Promise.resolve()).then(async () => {
        const spec = await read(jobId);
        const next = spec && change(spec);
        if (!next) {
          return spec;
        }
        const stamped = { ...next, updatedAt: new Date().toISOString() };
        await write(stamped);
        return stamped;
      });
      const settled = run.catch(() => undefined);
      pending.set(jobId, settled);
      void settled.then(() => {
        if (pending.get(jobId) === settled) {
          pending.delete(jobId);
        }
      });
      return run;
    },

    async hasOutput(jobId: string): Promise<boolean> {
      try {
        return (await stat(path.join(jobsDir, `${jobId}.mp4`))).isFile();
      } catch {
        return false;
      }
    },

    /** Removes the job's scratch: prepared stills and any part files left by earlier attempts. */
    async removeScratch(jobId: string, keep?: string): Promise<void> {
      await rm(path.join(jobsDir, `${jobId}.work`), { recursive: true, force: true });
      const names = await readdir(jobsDir).catch(() => [] as string[]);
      await Promise.all(
        names
          .filter((name) => name.startsWith(`${jobId}.`) && name.endsWith(".part.mp4"))
          .map((name) => path.join(jobsDir, name))
          .filter((file) => file !== keep)
          .map((file) => rm(file, { force: true })),
      );
    },
  };
}
