import type { EngineDeps } from "./engine-deps";
import { type TaskRow, toTaskDto } from "./task-dto";
import { appendTaskEvent } from "./task-events";
import { inTransaction } from "./tx-scope";

/**
 * After a task ended with no attempt alive to clean up after it, lets its kind stop the provider
 * work the last attempt left running (a paid prediction keeps billing otherwise) and records the
 * provider's answer on the timeline. Never throws: the task's state is already settled.
 */
export async function abandonWork(deps: EngineDeps, row: TaskRow): Promise<void> {
  const kind = deps.kinds.has(row.kind) ? deps.kinds.get(row.kind) : null;
  if (!kind?.onAbandoned || row.checkpoint === null) {
    return;
  }
  const logger = deps.logger.child({ taskId: row.id, showId: row.showId, kind: row.kind });
  try {
    const note = await kind.onAbandoned(toTaskDto(row), row.checkpoint);
    if (note) {
      await inTransaction(deps.db, (scope) => appendTaskEvent(deps, scope, row, "log", note));
    }
  } catch (error) {
    logger.warn({ err: error }, "could not stop the provider work of an abandoned task");
  }
}
