import type { PgBoss } from "pg-boss";
import type { Logger } from "../logger";

/** After a failed fetch the pump waits this long, doubling per failure up to the maximum. */
const FETCH_BACKOFF_FIRST_MS = 500;
const FETCH_BACKOFF_MAX_MS = 15_000;

export interface JobPumpOptions {
  boss: PgBoss;
  queue: string;
  concurrency: number;
  /** How long an idle pump waits before polling when nobody nudged it. */
  idlePollMs: number;
  run(job: { id: string; data: { taskId: string } }): Promise<void>;
  logger: Logger;
}

/**
 * Feeds one queue's jobs to handlers, up to `concurrency` at once. Unlike pg-boss's `work()`
 * pollers, which sleep a polling interval after every job, the pump fetches again as soon as a
 * slot frees up and sleeps only when the queue is empty, until a nudge (a task was requested here
 * or, through the task bus, in any process) or the idle poll.
 * Completed pg-boss jobs are acknowledged in batches: they carry no state of ours.
 */
export class JobPump {
  readonly #options: JobPumpOptions;
  #running = 0;
  #stopped = false;
  #wake: (() => void) | null = null;
  #nudged = false;
  /** The last fetch filled every free slot: more work is likely waiting. */
  #busy = false;
  #loop: Promise<void> | null = null;
  #toComplete: string[] = [];
  #flushTimer: NodeJS.Timeout | null = null;

  constructor(options: JobPumpOptions) {
    this.#options = options;
  }

  get running(): number {
    return this.#running;
  }

  start(): void {
    this.#loop ??= this.#pump();
  }

  nudge(): void {
    this.#nudged = true;
    this.#wake?.();
  }

  /** Stops fetching; handlers already running are the worker's to wait for. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#loop;
    await this.#flush();
  }

  async #pump(): Promise<void> {
    const { boss, queue, concurrency, idlePollMs, logger } = this.#options;
    let fetchFailures = 0;
    while (!this.#stopped) {
      const free = concurrency - this.#running;
      if (free <= 0) {
        await this.#sleep(idlePollMs);
        continue;
      }
      // Under load, fetching for every freed slot costs a query per job; waiting a moment for a
      // quarter of the slots to free up fetches them in one batch instead.
      if (this.#busy && free < Math.max(1, Math.floor(concurrency / 4))) {
        await this.#sleep(5);
        this.#busy = concurrency - this.#running < Math.max(1, Math.floor(concurrency / 4));
        continue;
      }
      this.#nudged = false;
      let jobs: { id: string; data: { taskId: string } }[] = [];
      try {
        jobs = await boss.fetch<{ taskId: string }>(queue, { batchSize: free });
        fetchFailures = 0;
      } catch (error) {
        // The database is away (a restart, a failover): wait, longer each time, until it is back.
        // A nudge or a finishing handler may try once sooner; the wait still grows.
        fetchFailures += 1;
        if (fetchFailures === 1) {
          logger.warn({ err: error, queue }, "fetching jobs failed; retrying with backoff");
        }
        await this.#sleep(
          Math.min(FETCH_BACKOFF_MAX_MS, FETCH_BACKOFF_FIRST_MS * 2 ** (fetchFailures - 1)),
        );
        continue;
      }
      for (const job of jobs) {
        this.#running += 1;
        void this.#options
          .run(job)
          .catch((error: unknown) =>
            logger.error({ err: error, jobId: job.id }, "attempt crashed the pump"),
          )
          .finally(() => {
            this.#running -= 1;
            this.#acknowledge(job.id);
            this.#wake?.();
          });
      }
      this.#busy = jobs.length > 0 && jobs.length === free;
      if (jobs.length === 0 && !this.#nudged) {
        await this.#sleep(idlePollMs);
      }
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = () => {
        this.#wake = null;
        done();
      };
    });
  }

  #acknowledge(jobId: string): void {
    this.#toComplete.push(jobId);
    this.#flushTimer ??= setTimeout(() => {
      this.#flushTimer = null;
      void this.#flush();
    }, 50);
  }

  async #flush(): Promise<void> {
    const ids = this.#toComplete.splice(0);
    if (ids.length === 0) {
      return;
    }
    try {
      await this.#options.boss.complete(this.#options.queue, ids);
    } catch (error) {
      this.#options.logger.warn({ err: error }, "acknowledging jobs failed");
      // Try again later unless stopping; a job never acknowledged only waits for its expiry.
      if (!this.#stopped) {
        this.#toComplete.push(...ids);
        this.#flushTimer ??= setTimeout(() => {
          this.#flushTimer = null;
          void this.#flush();
        }, 2_000);
        this.#flushTimer.unref();
      }
    }
  }
}
