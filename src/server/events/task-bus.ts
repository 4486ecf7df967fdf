import type { TaskDto, TaskEventDto } from "../tasks/task-dto";

/**
 * Live task messages. `event` messages mirror a committed `task_events` row (their id is the SSE
 * id clients resume from); `progress` messages are throttled, unpersisted progress ticks.
 */
export type TaskBusMessage =
  | { type: "event"; event: TaskEventDto; task: TaskDto }
  | { type: "progress"; task: TaskDto };

export type TaskBusListener = (message: TaskBusMessage) => void;

/** In-process for PGlite; LISTEN/NOTIFY on PostgreSQL so every app server sees every worker. */
export interface TaskBus {
  publish(message: TaskBusMessage): void;
  subscribe(listener: TaskBusListener): () => void;
  close(): Promise<void>;
}
