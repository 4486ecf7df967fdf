/** An attempt polling a job: a nudge wakes its wait, or cuts the next one short. */
export interface JobWatch {
  nudged: boolean;
  wake?: () => void;
}

/**
 * The jobs this process is polling, by job id. On globalThis because Next.js may load the webhook
 * route in another module graph than the worker that polls.
 */
const watchesKey = Symbol.for("greenlight.video-job-watches");
type GlobalWithWatches = typeof globalThis & { [watchesKey]?: Map<string, Set<JobWatch>> };
const holder = globalThis as GlobalWithWatches;
holder[watchesKey] ??= new Map();
const watchedJobs = holder[watchesKey];

/** Registers an attempt polling `jobId`; release it when the attempt stops polling. */
export function watchJob(jobId: string): JobWatch & { release(): void } {
  const watches = watchedJobs.get(jobId) ?? new Set<JobWatch>();
  const watch = {
    nudged: false,
    release() {
      watches.delete(watch);
      if (watches.size === 0) {
        watchedJobs.delete(jobId);
      }
    },
  };
  watchedJobs.set(jobId, watches.add(watch));
  return watch;
}

/**
 * A provider webhook said the job changed: poll it now rather than at the next interval. A nudge
 * that lands mid-poll ends the next wait at once. False when this process polls no such job.
 */
export function nudgeVideoJob(jobId: string): boolean {
  const watches = watchedJobs.get(jobId);
  for (const watch of watches ?? []) {
    watch.nudged = true;
    watch.wake?.();
  }
  return Boolean(watches?.size);
}

/** Waits between polls until the interval passes, a nudge comes, or the signal aborts. */
export function waitForNextPoll(watch: JobWatch, ms: number, signal: AbortSignal): Promise<void> {
  if (watch.nudged) {
    watch.nudged = false;
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      watch.nudged = false;
      watch.wake = undefined;
    };
    const onAbort = () => {
      settle();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      settle();
      resolve();
    }, ms);
    watch.wake = () => {
      settle();
      resolve();
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
