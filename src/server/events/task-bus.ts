import type { TaskDto, TaskEventDto } from "../tasks/task-dto";

/**
 * Live task messages. `event` messages mirror a committed `task_events` row (their id is the SSE
 * id clients resume from); `progress` messages are throttled, unpersisted progress ticks.
 */
export type TaskMessage =
  | { type: "event"; event: TaskEventDto; task: TaskDto }
  | { type: "progress"; task: TaskDto };

/**
 * A provider job that some attempt may be polling has changed (a webhook said so): whichever
 * process polls it polls now. Travels the same bus so it reaches workers in other processes.
 */
export interface JobNudgeMessage {
  type: "job_nudge";
  jobId: string;
}

export type TaskBusMessage = TaskMessage | JobNudgeMessage;

export type TaskBusListener = (message: TaskBusMessage) => void;

/** In-process for PGlite; LISTEN/NOTIFY on PostgreSQL so every app server sees every worker. */
export interface TaskBus {
  publish(message: TaskBusMessage): void;
  subscribe(listener: TaskBusListener): () => void;
  /**
   * Called after the bus lost messages and is back (the LISTEN connection dropped and
   * reconnected): publishing is best effort, so whoever needs every event reads the database now.
   */
  onReconnect(listener: () => void): () => void;
  close(): Promise<void>;
}
