import { taskEvents } from "../db/schema";
import type { EngineDeps } from "./engine-deps";
import type { TaskEventType } from "./status";
import { type TaskRow, toTaskDto, toTaskEventDto } from "./task-dto";
import type { TxScope } from "./tx-scope";

/**
 * Records one timeline event for a task in the caller's transaction and publishes it live once
 * that transaction commits. `task` is the row as it stands after the change the event describes.
 */
export async function appendTaskEvent(
  deps: Pick<EngineDeps, "bus">,
  scope: TxScope,
  task: TaskRow,
  type: TaskEventType,
  message: string,
  data?: Record<string, unknown>,
): Promise<void> {
  const [row] = await scope.tx
    .insert(taskEvents)
    .values({ taskId: task.id, showId: task.showId, type, message, data: data ?? null })
    .returning();
  const event = toTaskEventDto(row!);
  const dto = toTaskDto(task);
  scope.afterCommit(() => deps.bus.publish({ type: "event", event, task: dto }));
}
