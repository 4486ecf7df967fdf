import type { PgBoss } from "pg-boss";
import type { Db } from "../db/client";
import type { TaskBus } from "../events/task-bus";
import type { Logger } from "../logger";
import { cancelTask } from "./cancel-task";
import { defaultEngineConfig, type EngineConfig, type EngineDeps } from "./engine-deps";
import { createHotPathWriters } from "./hot-path-writers";
import { type KindRegistry, queueName } from "./kind-registry";
import {
  eventsSince,
  getTaskDetail,
  getTaskRow,
  type ListTasksQuery,
  latestEventId,
  listTasks,
} from "./read-tasks";
import { type RequestTaskOptions, requestTask } from "./request-task";
import { toTaskDto } from "./task-dto";
import { TaskWorker, type TaskWorkerOptions } from "./task-worker";
import type { TxScope } from "./tx-scope";

export interface TaskEngineOptions {
  db: Db;
  boss: PgBoss;
  bus: TaskBus;
  kinds: KindRegistry;
  logger: Logger;
  config?: Partial<EngineConfig>;
  random?: () => number;
}

/** The task engine's public face: use-cases bound to one set of dependencies. */
export class TaskEngine {
  readonly deps: EngineDeps;
  #worker: TaskWorker | null = null;
  #queuesReady: Promise<void> | null = null;

  constructor(options: TaskEngineOptions) {
    const deps = {
      db: options.db,
      boss: options.boss,
      bus: options.bus,
      kinds: options.kinds,
      logger: options.logger,
      config: { ...defaultEngineConfig, ...options.config },
      random: options.random ?? Math.random,
      nudge: (kind: string) => this.#worker?.nudge(kind),
    };
    this.deps = { ...deps, writes: createHotPathWriters(deps) };
  }

  get kinds(): KindRegistry {
    return this.deps.kinds;
  }

  get worker(): TaskWorker | null {
    return this.#worker;
  }

  async request(options: RequestTaskOptions, scope?: TxScope) {
    await this.prepareQueues();
    const { task, created } = await requestTask(this.deps, options, scope);
    return { task: toTaskDto(task), created };
  }

  async cancel(taskId: string, by?: string) {
    const row = await cancelTask(this.deps, taskId, by);
    return toTaskDto(row);
  }

  /** Requests the same target again: a new version if the task finished, the same task if not. */
  async retry(taskId: string) {
    const row = await getTaskRow(this.deps, taskId);
    return this.request({
      showId: row.showId,
      kind: row.kind,
      target: row.target || null,
      input: row.input,
      title: row.title,
      source: "retry",
    });
  }

  get(taskId: string) {
    return getTaskDetail(this.deps, taskId);
  }

  list(query: ListTasksQuery, showIds?: readonly string[] | null) {
    return listTasks(this.deps, query, showIds);
  }

  eventsSince(afterId: number, showId?: string) {
    return eventsSince(this.deps, afterId, showId);
  }

  latestEventId() {
    return latestEventId(this.deps);
  }

  /** What canceling does at the provider, for the cancel confirmation. */
  async cancelNote(kind: string, taskId: string): Promise<string> {
    const definition = this.deps.kinds.get(kind);
    if (!definition.cancelNote) {
      return "The task stops at once.";
    }
    return definition.cancelNote(toTaskDto(await getTaskRow(this.deps, taskId)));
  }

  /**
   * Creates one pg-boss queue per registered kind. Must run before the first request: an app
   * server that runs no worker still enqueues jobs.
   */
  async prepareQueues(): Promise<void> {
    this.#queuesReady ??= (async () => {
      for (const kind of this.deps.kinds.all()) {
        await this.deps.boss.createQueue(queueName(kind.id), {
          // Retries are the engine's (classified, with backoff); a pg-boss job is one attempt.
          retryLimit: 0,
          expireInSeconds: kind.timeoutSeconds + 300,
          deleteAfterSeconds: 24 * 60 * 60,
          notify: true,
        });
      }
    })();
    return this.#queuesReady;
  }

  async startWorker(options: TaskWorkerOptions = {}): Promise<TaskWorker> {
    await this.prepareQueues();
    if (!this.#worker) {
      const worker = new TaskWorker(this.deps);
      this.#worker = worker;
      await worker.start(options);
    }
    return this.#worker;
  }

  async stopWorker(options: { force?: boolean } = {}): Promise<void> {
    await this.#worker?.stop(options);
  }
}
