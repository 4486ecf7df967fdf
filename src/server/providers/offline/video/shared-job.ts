import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { MediaStore } from "../../../storage/media-store";
import type { MediaRef, VideoRequest } from "../../types";
import { mapMediaRefs } from "./media-refs";

/**
 * What any worker needs to continue a render it did not start, kept in the media store (the one
 * thing every worker shares besides the database) under `render-jobs/<jobId>/`:
 *
 * - `job.json`, written once at submit: the request, and where each file it names was copied;
 * - `inputs/<sha256>`: those files, since the request's paths exist only on the submitting machine;
 * - `shots/<hash>.jpg` and `shots/<hash>-overlay.png`: each shot's prepared stills, named by a
 *   hash of what they are drawn from (see `shot-cache.ts`), so a resume draws none of them again;
 * - `segments/<n>-<hash>.mp4` and `audio-<hash>.m4a`: finished pieces, named by a hash of their
 *   ffmpeg recipe and of the stills it reads, so a piece is reused only if this machine would
 *   render the very same thing.
 *
 * Every key is written once and never changed, as the media store expects; the whole prefix is
 * deleted once the video has been downloaded or the job canceled.
 */
const sharedJobSchema = z.object({
  version: z.literal(1),
  jobId: z.string(),
  createdAt: z.string(),
  request: z.custom<VideoRequest>((value) => typeof value === "object" && value !== null),
  /** The request's file paths → the key of their copy; null for a file that was already gone. */
  inputs: z.record(z.string(), z.string().nullable()),
});

export type SharedJob = z.infer<typeof sharedJobSchema>;

/** The job's shared record was deleted while this render ran: it was canceled or already done. */
export class RenderWithdrawnError extends Error {
  constructor(jobId: string) {
    super(`Render job ${jobId} was withdrawn`);
    this.name = "RenderWithdrawnError";
  }
}

export type SharedJobs = ReturnType<typeof createSharedJobs>;

export function createSharedJobs(media: MediaStore) {
  const prefix = (jobId: string) => `render-jobs/${jobId}`;
  const jobKey = (jobId: string) => `${prefix(jobId)}/job.json`;

  async function read(jobId: string): Promise<SharedJob | null> {
    if (!(await media.stat(jobKey(jobId)))) {
      return null;
    }
    const text = await readFile(await media.localFile(jobKey(jobId)), "utf8");
    return sharedJobSchema.parse(JSON.parse(text));
  }

  /** Copies the request's files into the store, then records the job: after this, any worker can render it. */
  async function write(
    jobId: string,
    request: VideoRequest,
    createdAt: string,
  ): Promise<SharedJob> {
    const inputs: Record<string, string | null> = {};
    await mapMediaRefs(request, async (ref) => {
      if (!(ref.path in inputs)) {
        inputs[ref.path] = null;
        const data = await readFile(ref.path).catch(() => null);
        if (data) {
          const key = `${prefix(jobId)}/inputs/${sha256(data)}`;
          await media.put(key, data, ref.mime);
          inputs[ref.path] = key;
        }
      }
      return ref;
    });
    const job: SharedJob = { version: 1, jobId, createdAt, request, inputs };
    await media.put(jobKey(jobId), Buffer.from(`${JSON.stringify(job)}\n`), "application/json");
    return job;
  }

  return {
    read,
    write,
    async exists(jobId: string): Promise<boolean> {
      return (await media.stat(jobKey(jobId))) !== null;
    },

    /** The request with every path pointing at this machine's copy; `missing` for files that were gone. */
    localRequest(job: SharedJob, missing: string): Promise<VideoRequest> {
      return mapMediaRefs(job.request, async (ref: MediaRef) => {
        const key = job.inputs[ref.path];
        return { ...ref, path: key ? await media.localFile(key) : missing };
      });
    },

    segmentKey: (jobId: string, index: number, hash: string) =>
      `${prefix(jobId)}/segments/${index}-${hash}.mp4`,
    audioKey: (jobId: string, hash: string) => `${prefix(jobId)}/audio-${hash}.m4a`,
    shotsPrefix: (jobId: string) => `${prefix(jobId)}/shots`,

    remove: (jobId: string) => media.deletePrefix(prefix(jobId)),
  };
}

/**
 * A piece's name: its ffmpeg recipe and what names each file it reads (a still's recipe hash),
 * never their paths, which differ from machine to machine.
 */
export function hashRecipe(recipe: string, inputIds: string[]): string {
  const hash = createHash("sha256").update(recipe);
  for (const id of inputIds) {
    hash.update(`\n${id}`);
  }
  return hash.digest("hex").slice(0, 20);
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
