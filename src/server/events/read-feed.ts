import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { taskEvents, tasks } from "../db/schema";
import { type TaskDto, type TaskEventDto, toTaskDto, toTaskEventDto } from "../tasks/task-dto";
import { parseSnapshot, type Snapshot, type StreamPosition } from "./feed-cursor";

/** One committed task event as the live stream sends it. */
export interface FeedRow {
  event: TaskEventDto;
  task: TaskDto;
  xid: bigint;
}

/** Rows of transactions `snapshot` did not see committed: in progress then, or started since. */
function notIn(snapshot: Snapshot): SQL {
  const later = sql`${taskEvents.xid} >= ${snapshot.xmax.toString()}::xid8`;
  if (snapshot.xip.length === 0) {
    return later;
  }
  // Two index probes on task_events_xid, however far back the oldest open transaction is.
  const xip = `{${snapshot.xip.join(",")}}`;
  return sql`(${later} or ${taskEvents.xid} = any(${xip}::xid8[]))`;
}

/** The rows a client at `position` has not been sent yet (once they are committed). */
export function toCome(position: StreamPosition): SQL {
  switch (position.kind) {
    case "snapshot":
      return notIn(position.at);
    case "within":
      return sql`(${notIn(position.from)} and (${taskEvents.id} > ${position.upTo} or ${notIn(position.to)}))`;
    case "afterId":
      return sql`${taskEvents.id} > ${position.id}`;
  }
}

export interface FeedPage {
  rows: FeedRow[];
  /** The statement's own snapshot: exactly the commits `rows` were read from. */
  snapshot: Snapshot | null;
}

/**
 * Committed events after `position`, oldest id first, with the snapshot they were read in. With
 * no row there is no snapshot (the caller's position still holds).
 */
export async function readFeedPage(
  db: Executor,
  position: StreamPosition,
  options: { showId?: string; afterId?: number; limit?: number } = {},
): Promise<FeedPage> {
  const query = db
    .select({
      event: taskEvents,
      task: tasks,
      snapshot: sql<string>`pg_current_snapshot()::text`,
    })
    .from(taskEvents)
    .innerJoin(tasks, eq(tasks.id, taskEvents.taskId))
    .where(
      and(
        toCome(position),
        options.showId ? eq(taskEvents.showId, options.showId) : undefined,
        options.afterId !== undefined ? gt(taskEvents.id, options.afterId) : undefined,
      ),
    )
    .orderBy(asc(taskEvents.id));
  const rows = options.limit ? await query.limit(options.limit) : await query;
  return {
    rows: rows.map((row) => ({
      event: toTaskEventDto(row.event),
      task: toTaskDto(row.task),
      xid: BigInt(row.event.xid),
    })),
    snapshot: rows[0] ? parseSnapshot(rows[0].snapshot) : null,
  };
}

export async function currentSnapshot(db: Executor): Promise<Snapshot> {
  const [row] = await db
    .select({ text: sql<string>`pg_current_snapshot()::text` })
    .from(sql`(select 1) as one`);
  const snapshot = row ? parseSnapshot(row.text) : null;
  if (!snapshot) {
    throw new Error(`unreadable snapshot ${row?.text}`);
  }
  return snapshot;
}
