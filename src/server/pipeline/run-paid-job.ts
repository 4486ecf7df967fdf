import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { waitForNextPoll, watchJob } from "../providers/limits/poll-nudges";
import {
  isPassingFault,
  isProviderErrorCode,
  ProviderError,
  type ProviderErrorCode,
} from "../providers/provider-error";
import type { JobCancelResult, JobStatus, PaidJob } from "../providers/types";
import type { AssetDraft } from "../shows/assets";
import type { PaidJobLedger } from "../spend/job-ledger";
import { abortCauseOf } from "../tasks/task-abort";
import type { TaskContext } from "../tasks/task-kind";
import { isPolicyBlock } from "./moderation-rewrite";

const paidJobCheckpointSchema = z.object({
  provider: z.string(),
  /** Absent after the provider lost a job: the next attempt submits a new one. */
  jobId: z.string().optional(),
  /** What this task has cost so far: the current job's price plus any job the provider lost. */
  costUsd: z.number().optional(),
  /** The current job's own price, for its spend ledger row. */
  jobCostUsd: z.number().optional(),
  /** Set once the output is in the media store: a resumed attempt only has to finish the task. */
  asset: z.custom<AssetDraft>((value) => typeof value === "object" && value !== null).optional(),
});

/** The provider side of one asynchronous paid job; `Output` is what download brings back. */
export interface PaidJobPort<Output> {
  providerId: string;
  /** Free jobs that live only on the machine that ran them (the offline renderer). */
  localFreeJobs?: boolean;
  submit(signal: AbortSignal): Promise<PaidJob>;
  status(jobId: string, signal: AbortSignal): Promise<JobStatus>;
  download(jobId: string, signal: AbortSignal): Promise<Output>;
  cancel(jobId: string): Promise<JobCancelResult>;
}

export interface PaidJobSpec<Output> {
  port: PaidJobPort<Output>;
  /** For stage text, e.g. "Trailer". */
  label: string;
  /** Shown while submitting: the model's name. */
  model: string;
  pollIntervalMs: number;
  /** Writes the output to the media store; `costUsd` is what the task has cost so far. */
  store(output: Output, costUsd: number): Promise<AssetDraft>;
  /** Timeline text once stored, e.g. "Saved the video". */
  savedMessage: string;
  /**
   * The spend ledger (src/server/spend/): the job's row is written right after submit (before the
   * checkpoint, so a job billed by a submit whose checkpoint failed is still there) and again with
   * its outcome. Absent for free jobs.
   */
  ledger?: PaidJobLedger;
  /** First wait before retrying a failed poll or download in place (default: the poll interval, at most 1 s); doubles up to 30 s. */
  faultRetryBaseMs?: number;
}

const maxFaultWaitMs = 30_000;

/**
 * The paid-job protocol every asynchronous paid call follows (videos, Replicate images, later
 * audio): submit → checkpoint the job id → poll → download → store → checkpoint the stored asset →
 * complete. A resumed attempt polls the job it checkpointed and never submits again while that job
 * can still finish. Passing faults of a poll or a download (5xx, timeouts, resets, 429) are retried
 * here, bounded only by the task's deadline (the signal): failing the attempt would not make the
 * job finish sooner and a retried attempt could not do more than poll again. Only the provider's
 * verdict (failed, canceled) or an expired output ends the job; a job the provider lost on its own
 * side (an infrastructure interruption) is dropped from the checkpoint and the attempt retried,
 * which submits a new one.
 */
export async function runPaidJob<Output>(
  context: TaskContext<unknown>,
  spec: PaidJobSpec<Output>,
): Promise<AssetDraft> {
  const { signal } = context;
  const { port } = spec;
  const saved = paidJobCheckpointSchema.safeParse(context.lastCheckpoint);
  const resumable = saved.success && saved.data.provider === port.providerId ? saved.data : null;
  /** Spent on jobs before the current one (lost by the provider), carried into the task's cost. */
  let earlierUsd = resumable?.jobId ? 0 : (resumable?.costUsd ?? 0);
  let costUsd = resumable?.costUsd ?? 0;
  /** Null when a resumed attempt does not know it (an older checkpoint): the row keeps its own. */
  let jobCostUsd: number | null = resumable?.jobId ? (resumable.jobCostUsd ?? null) : null;
  if (resumable?.costUsd !== undefined) {
    context.setCost(resumable.costUsd);
  }
  if (resumable?.asset) {
    return resumable.asset;
  }
  const submit = async () => {
    context.progress(0.02, `${spec.label} · submitting to ${spec.model}`);
    const job = await port.submit(signal).catch((error: unknown) => {
      throw notStartedYet(error);
    });
    costUsd = earlierUsd + job.costUsd;
    jobCostUsd = job.costUsd;
    context.setCost(costUsd);
    await spec.ledger?.record(job.jobId, job.costUsd, "running");
    await context.checkpoint(
      { provider: port.providerId, jobId: job.jobId, costUsd, jobCostUsd },
      `Submitted to ${port.providerId} as job ${job.jobId}`,
    );
    return job.jobId;
  };
  let jobId = resumable?.jobId ?? (await submit());
  if (resumable?.jobId && port.localFreeJobs && (await isUnknownJob(port, jobId, signal))) {
    // A free local job (the offline renderer) lives on the machine that started it; a worker
    // elsewhere renders it again rather than failing. A paid job is never submitted twice.
    await context.log(`Job ${jobId} is not known here; rendering it again (it costs nothing)`);
    earlierUsd = 0;
    jobId = await submit();
  }
  const submittedJob = jobId;
  const stopProviderJob = () => {
    const cause = abortCauseOf(signal);
    // Shutdown and takeover leave the job running: the next attempt resumes polling it.
    if (cause === "canceled" || cause === "expired") {
      void port
        .cancel(submittedJob)
        .then((outcome) => context.log(outcome.note, { canceled: outcome.canceled }))
        .catch((error: unknown) =>
          context.log(`Could not cancel the provider job: ${String(error)}`),
        );
    }
  };
  signal.addEventListener("abort", stopProviderJob, { once: true });
  const watch = watchJob(submittedJob);
  const inPlace = faultTolerance(
    context,
    spec.faultRetryBaseMs ?? Math.min(1_000, spec.pollIntervalMs),
  );
  try {
    let progress = 0.05;
    for (;;) {
      const status = await inPlace("check on", submittedJob, () =>
        port.status(submittedJob, signal),
      );
      progress = Math.max(progress, 0.05 + 0.85 * (status.progress ?? 0));
      context.progress(progress, status.stage ?? `${spec.label} · ${status.state}`);
      if (status.state === "succeeded") {
        break;
      }
      if (status.state === "failed" || status.state === "canceled") {
        await spec.ledger?.record(submittedJob, jobCostUsd, status.state);
        throw await verdictError(context, spec, submittedJob, status, costUsd);
      }
      await waitForNextPoll(watch, spec.pollIntervalMs, signal);
    }
    context.progress(0.92, `${spec.label} · downloading`);
    // A job that succeeded is paid for: keep trying until its output expires (a terminal error).
    const output = await inPlace("download", submittedJob, () =>
      port.download(submittedJob, signal),
    );
    const asset = await spec.store(output, costUsd);
    await spec.ledger?.record(submittedJob, jobCostUsd, "succeeded", asset.durationSeconds);
    await context.checkpoint(
      { provider: port.providerId, jobId: submittedJob, costUsd, jobCostUsd, asset },
      spec.savedMessage,
    );
    return asset;
  } catch (error) {
    await settleAbandoned(spec, signal, submittedJob, jobCostUsd, error);
    throw error;
  } finally {
    watch.release();
    signal.removeEventListener("abort", stopProviderJob);
  }
}

/**
 * The ledger outcome of a job this attempt stops waiting for. A shutdown or a takeover leaves it
 * `running` (the next attempt polls it on); so does a fault the next attempt can resume from.
 */
async function settleAbandoned<Output>(
  spec: PaidJobSpec<Output>,
  signal: AbortSignal,
  jobId: string,
  jobCostUsd: number | null,
  error: unknown,
): Promise<void> {
  const cause = abortCauseOf(signal);
  const outcome =
    cause === "canceled"
      ? "canceled"
      : cause === "expired" || (error instanceof ProviderError && error.code === "output_expired")
        ? "abandoned"
        : null;
  if (outcome) {
    await spec.ledger?.record(jobId, jobCostUsd, outcome);
  }
}

/**
 * Runs a poll or a download, retrying passing faults in place with backoff (the provider's
 * Retry-After when it gives one) until the signal aborts at the task's deadline. The first fault
 * of a streak goes in the timeline, so a long outage is visible without an event per poll.
 */
function faultTolerance(context: TaskContext<unknown>, baseMs: number) {
  return async <T>(action: string, jobId: string, call: () => Promise<T>): Promise<T> => {
    for (let failures = 0; ; failures += 1) {
      try {
        const result = await call();
        if (failures > 0) {
          await context.log(`Reached the provider again after ${failures} failed tries`);
        }
        return result;
      } catch (error) {
        if (!isPassingFault(error) || context.signal.aborted) {
          throw error;
        }
        const backoff = Math.min(maxFaultWaitMs, baseMs * 2 ** Math.min(failures, 10));
        const wait = Math.max(backoff / 2 + (backoff / 2) * Math.random(), error.retryAfterMs ?? 0);
        if (failures === 0) {
          await context.log(
            `Could not ${action} job ${jobId} (${error.userMessage}); trying again in place — the job keeps running and is not paid for again`,
            { code: error.code },
          );
        }
        await sleep(wait, undefined, { signal: context.signal });
      }
    }
  };
}

/** The provider's own verdict, in its category; a lost job clears the way for a new submission. */
async function verdictError<Output>(
  context: TaskContext<unknown>,
  spec: PaidJobSpec<Output>,
  jobId: string,
  status: JobStatus,
  costUsd: number,
): Promise<ProviderError> {
  const said = status.error?.code;
  const code: ProviderErrorCode =
    status.state === "canceled" ? "canceled" : isProviderErrorCode(said) ? said : "job_failed";
  const error = new ProviderError({
    provider: spec.port.providerId,
    code,
    userMessage:
      status.error?.message ??
      `The provider ${status.state === "failed" ? "failed" : "canceled"} the job`,
    requestId: jobId,
  });
  if (error.retryable) {
    // Kept as spent: we cannot know whether the provider bills a job it lost on its own side.
    await context.checkpoint(
      { provider: spec.port.providerId, costUsd },
      `${spec.port.providerId} lost job ${jobId} on its side; the next attempt submits a new one, which is billed again`,
    );
  } else if (isPolicyBlock(error)) {
    // A blocked prompt is never resumed: a rewrite (moderation-rewrite.ts) submits a new job.
    await context.checkpoint(
      { provider: spec.port.providerId, costUsd },
      `${spec.port.providerId} blocked job ${jobId} (${error.code})`,
    );
  }
  return error;
}

async function isUnknownJob<Output>(
  port: PaidJobPort<Output>,
  jobId: string,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    await port.status(jobId, signal);
    return false;
  } catch (error) {
    if (error instanceof ProviderError && error.code === "not_found") {
      return true;
    }
    throw error;
  }
}

/**
 * A submit the provider answered with a server error started nothing and costs nothing: like a
 * rate limit it says "not now", so it spends none of the task's attempts (within the engine's
 * patience). Chaos found it: at 20 % 5xx a Veo clip lost all three of its attempts to its create
 * call. A timeout or dropped connection is left as it is: the job may exist after all.
 */
function notStartedYet(error: unknown): unknown {
  if (error instanceof ProviderError && error.code === "provider_unavailable") {
    return Object.assign(error, { waiting: true });
  }
  return error;
}
