/**
 * How long a resumed offline render takes to store its next segment, step by step:
 * `npx tsx bench/offline-resume.ts [segmentsBeforeKill=2] [resumes=2]`.
 *
 * A first provider renders a 20 s 720p character video (audio, the app's title card) until it
 * has stored N segments, and is stopped the way a killed worker stops. Then, `resumes`
 * times, a fresh provider with its own jobs directory but the same media store (another worker)
 * is asked for the job's status, and is stopped again once one more segment is stored. Prints, per
 * resume, the time from `status()` to that segment and the debug timings of each step. Not part
 * of `npm run bench`: it is CPU-bound and meant to be run alone, before and after a change.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { renderTitleCard } from "../src/server/providers/offline/image/title-card";
import {
  createOfflineVideoProvider,
  type OfflineVideoProvider,
} from "../src/server/providers/offline/video/offline-video-provider";
import {
  characterVideoContext,
  videoRequest,
} from "../src/server/providers/offline/video/test-fixtures";
import { sharedRenderPool } from "../src/server/render-sandbox/render-pool";
import { createLocalMediaStore } from "../src/server/storage/local-media-store";
import { report } from "./bench-helpers";

const before = Number(process.argv[2] ?? 2);
const resumes = Number(process.argv[3] ?? 2);
const dir = await mkdtemp(path.join(tmpdir(), "bench-resume-"));
const media = createLocalMediaStore(path.join(dir, "shared"));
let steps: { step: string; ms: number }[] = [];
const logger = pino(
  { level: "debug" },
  {
    write(line: string) {
      const entry = JSON.parse(line) as { step?: string; ms?: number };
      if (entry.step !== undefined && entry.ms !== undefined) {
        steps.push({ step: entry.step, ms: entry.ms });
      }
    },
  },
);

function worker(name: string): OfflineVideoProvider {
  return createOfflineVideoProvider({
    jobsDir: path.join(dir, name),
    media,
    titleCard: renderTitleCard,
    logger,
  });
}

async function storedSegments(jobId: string): Promise<number> {
  const files = await readdir(path.join(dir, "shared", "render-jobs", jobId, "segments")).catch(
    () => [],
  );
  return files.filter((file) => file.endsWith(".mp4")).length;
}

/** Polls like the task does (every 200 ms) until `count` segments are stored; ms from the first poll. */
async function pollUntil(provider: OfflineVideoProvider, jobId: string, count: number) {
  const started = performance.now();
  let firstProgress: number | undefined;
  for (;;) {
    const status = await provider.status(jobId);
    firstProgress ??= status.progress ?? 0;
    if ((await storedSegments(jobId)) >= count || status.state === "succeeded") {
      return { ms: Math.round(performance.now() - started), firstProgress };
    }
    if (status.state !== "queued" && status.state !== "processing") {
      throw new Error(`Render ended ${status.state}: ${status.error?.message ?? ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

try {
  const request = videoRequest(await characterVideoContext(dir), 20);
  const first = worker("first");
  const { jobId } = await first.submit(request);
  const initial = await pollUntil(first, jobId, before);
  await first.close();
  report("offline-resume", { run: "first", segments: before, ms: initial.ms });
  for (let resume = 1; resume <= resumes; resume += 1) {
    steps = [];
    const stored = await storedSegments(jobId);
    const provider = worker(`resume-${resume}`);
    const next = await pollUntil(provider, jobId, stored + 1);
    await provider.close();
    report("offline-resume", {
      run: `resume-${resume}`,
      storedBefore: stored,
      msToNextSegment: next.ms,
      firstProgress: Math.round(next.firstProgress * 1000) / 1000,
      steps: steps.map(({ step, ms }) => `${step}=${ms}`).join(" "),
    });
  }
} finally {
  // Its children's stderr pipes would keep this process alive.
  sharedRenderPool().close();
  await rm(dir, { recursive: true, force: true });
}
