import type { z } from "zod";
import type { Logger } from "../logger";
import type { RetryPolicy } from "./backoff";
import type { TaskDto } from "./task-dto";
import type { TxScope } from "./tx-scope";

/**
 * What a handler gets while running one attempt of a task. Everything it writes through the
 * context is guarded by the attempt's run token: once the task is canceled, expired or taken over
 * by another worker, writes are ignored and `signal` aborts.
 */
export interface TaskContext<Input> {
  task: TaskDto;
  input: Input;
  /** Aborts on cancel, deadline, shutdown or when another worker took the task over. */
  signal: AbortSignal;
  /** Report progress (0..1) and a short stage text. Throttled; streamed live. */
  progress(fraction: number, stage?: string): void;
  /**
   * Persist what has been done (e.g. a provider job id) before waiting on it. A resumed attempt
   * reads it from `lastCheckpoint` and continues instead of starting over.
   */
  checkpoint(data: unknown, message?: string): Promise<void>;
  lastCheckpoint: unknown;
  /** Add a line to the task's timeline. */
  log(message: string, data?: Record<string, unknown>): Promise<void>;
  /** Record the best-known cost of this task in US dollars. */
  setCost(usd: number): void;
  logger: Logger;
}

/** A follow-up request fired by a completed task, in the same transaction. */
export interface FollowUpRequest {
  kind: string;
  target?: string;
  input?: unknown;
  title?: string;
}

export interface CompletionContext<Input, Result> {
  scope: TxScope;
  task: TaskDto;
  input: Input;
  result: Result;
}

export interface TaskKindDefinition<Input = unknown, Result = unknown> {
  id: string;
  /** Human label, e.g. "Library poster". */
  label: string;
  input: z.ZodType<Input>;
  handler(context: TaskContext<Input>): Promise<Result>;
  /** Per-attempt deadline; past it the task fails with reason `expired`. */
  timeoutSeconds: number;
  retry?: Partial<RetryPolicy>;
  /** Handlers of this kind running at once in one worker process. */
  concurrency?: number;
  /**
   * Runs in the transaction that marks the task succeeded: persist the result and return follow-up
   * requests (triggers). Follow-ups are ordinary idempotent requests, so concurrent completions
   * that ask for the same follow-up produce one task.
   */
  onSucceeded?(context: CompletionContext<Input, Result>): Promise<FollowUpRequest[] | undefined>;
  /**
   * Runs after the task ended while no attempt of it was alive to clean up (canceled while queued
   * or while its worker was dead, given up after crashes, expired): stops provider work the last
   * attempt left running, from its checkpoint, and returns what the provider said for the
   * timeline. Best effort; may run more than once for one task.
   */
  onAbandoned?(task: TaskDto, checkpoint: unknown): Promise<string | null>;
  /** Shown in the cancel confirmation: whether cancel stops the work where it is billed. */
  cancelNote?(task: TaskDto): string | Promise<string>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds kinds of every input type
export type AnyTaskKind = TaskKindDefinition<any, any>;

/** Identity helper that keeps Input/Result inference at the definition site. */
export function defineTaskKind<Input, Result>(
  definition: TaskKindDefinition<Input, Result>,
): TaskKindDefinition<Input, Result> {
  return definition;
}
