import { randomUUID } from "node:crypto";
import type { EngineDeps } from "./engine-deps";
import { JobPump } from "./job-pump";
import { queueName } from "./kind-registry";
import { reapTasks } from "./reap-tasks";
import { type LocalRuns, runAttempt } from "./run-attempt";
import { TaskAbortedError } from "./task-abort";

/** Events after which a task waits in the queue: any worker may take it now. */
const wakingEvents = new Set(["requested", "worker_lost", "handed_over"]);

export interface TaskWorkerOptions {
  /** Resume every running task at start (embedded PGlite: this process is the only worker). */
  resumeAllRunningOnStart?: boolean;
}

/**
 * Claims and runs task attempts for every registered kind through pg-boss queues and aborts local
 * handlers when their task is canceled anywhere. Tasks whose worker died are reaped by the
 * reaper loop (`reaper-loop.ts`), which runs in every process, not only in workers.
 */
export class TaskWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  readonly #deps: EngineDeps;
  readonly #runs: LocalRuns = new Map();
  readonly #pumps = new Map<string, JobPump>();
  #unsubscribe: (() => void) | null = null;
  #stopping = false;

  constructor(deps: EngineDeps) {
    this.#deps = deps;
  }

  get runningCount(): number {
    return this.#runs.size;
  }

  async start(options: TaskWorkerOptions = {}): Promise<void> {
    const deps = this.#deps;
    this.#unsubscribe = deps.bus.subscribe((message) => {
      if (message.type !== "event") {
        return;
      }
      if (message.event.type === "canceled") {
        this.#runs.get(message.task.id)?.controller.abort(new TaskAbortedError("canceled"));
      }
      // A job enqueued by any process (an app server, another worker's reaper) wakes this one.
      if (message.task.status === "queued" && wakingEvents.has(message.event.type)) {
        this.nudge(message.task.kind);
      }
    });
    if (options.resumeAllRunningOnStart) {
      await reapTasks(deps, { allRunning: true });
    }
    for (const kind of deps.kinds.all()) {
      const pump = new JobPump({
        boss: deps.boss,
        queue: queueName(kind.id),
        concurrency: kind.concurrency ?? 2,
        idlePollMs: 2_000,
        logger: deps.logger,
        run: async (job) => {
          if (!this.#stopping) {
            await runAttempt(deps, kind.id, job, this.#runs, this.id);
          }
        },
      });
      this.#pumps.set(kind.id, pump);
      pump.start();
    }
    deps.logger.info({ workerId: this.id, kinds: [...this.#pumps.keys()] }, "task worker started");
  }

  /** Wakes the local pollers of a kind: a just-enqueued job starts now, not at the next poll. */
  nudge(kind: string): void {
    if (!this.#stopping) {
      this.#pumps.get(kind)?.nudge();
    }
  }

  /**
   * Graceful stop: claim nothing new, give running handlers `shutdownGraceMs` to finish, then abort
   * the rest, which hands their tasks over to the next worker right away.
   */
  async stop(options: { force?: boolean } = {}): Promise<void> {
    this.#stopping = true;
    const offWork = Promise.all([...this.#pumps.values()].map((pump) => pump.stop()));
    const deadline = Date.now() + (options.force ? 0 : this.#deps.config.shutdownGraceMs);
    while (this.#runs.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const run of this.#runs.values()) {
      run.controller.abort(new TaskAbortedError("shutdown"));
    }
    while (this.#runs.size > 0 && Date.now() < deadline + 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await offWork;
    this.#unsubscribe?.();
  }
}
