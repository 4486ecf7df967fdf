import type pg from "pg";
import type { Proc } from "./processes";

/** One fault the harness caused, with what it needs to time the recovery. */
export interface Fault {
  type: "worker_kill" | "pg_restart";
  at: number;
  /** pg_restart: when pg_ctl returned. */
  endedAt?: number;
  workerId?: string;
  /** worker_kill: the tasks the killed worker was running at that moment. */
  heldTasks?: string[];
}

export interface EventRow {
  id: number;
  task_id: string;
  type: string;
  message: string;
  data: Record<string, unknown> | null;
  at: Date;
}

export interface Attempt {
  taskId: string;
  workerId: string;
  start: number;
  end: number;
  endedBy: string;
}

const OWN_OUTCOMES = new Set([
  "succeeded",
  "failed",
  "retry",
  "handed_over",
  "expired",
  "canceled",
]);
const CLAIMS = new Set(["started", "resumed"]);

export const workerIdOf = (proc: Proc): string | undefined =>
  proc.lines.find((line) => line.msg === "task worker started")?.workerId as string | undefined;

/**
 * Every attempt of every task with the interval during which its handler could really run.
 * It starts at the claim (`started`/`resumed`, which names the worker). It ends at the attempt's
 * own outcome event if one follows before the next claim; at the worker process's death; or — when
 * the reaper declared the worker lost while the process lived on — at that process's "attempt
 * ended" log line for the task (the handler noticed it lost the task), else at the end of the run.
 */
export function attemptsOf(events: EventRow[], procs: Proc[], runEnd: number): Attempt[] {
  const byWorker = new Map<string, Proc>();
  for (const proc of procs) {
    const id = workerIdOf(proc);
    if (id) {
      byWorker.set(id, proc);
    }
  }
  const byTask = new Map<string, EventRow[]>();
  for (const event of events) {
    byTask.set(event.task_id, [...(byTask.get(event.task_id) ?? []), event]);
  }
  const attempts: Attempt[] = [];
  for (const [taskId, timeline] of byTask) {
    timeline.forEach((claim, index) => {
      if (!CLAIMS.has(claim.type)) {
        return;
      }
      const workerId = String(claim.data?.workerId ?? "?");
      const start = claim.at.getTime();
      const proc = byWorker.get(workerId);
      const death = proc?.killed ? (proc.endedAt ?? runEnd) : runEnd;
      const next = timeline
        .slice(index + 1)
        .find(
          (event) =>
            OWN_OUTCOMES.has(event.type) || event.type === "worker_lost" || CLAIMS.has(event.type),
        );
      if (next && OWN_OUTCOMES.has(next.type)) {
        const end = Math.min(next.at.getTime(), death);
        attempts.push({ taskId, workerId, start, end, endedBy: next.type });
        return;
      }
      const gaveUp = proc?.lines.find(
        (line) =>
          line.taskId === taskId &&
          line.msg === "attempt ended without success" &&
          Number(line.time) >= start,
      );
      const end = Math.min(death, gaveUp ? Number(gaveUp.time) : runEnd);
      const endedBy =
        end === death && proc?.killed
          ? "worker killed"
          : gaveUp
            ? "handler noticed the loss"
            : "never ended";
      attempts.push({ taskId, workerId, start, end, endedBy });
    });
  }
  return attempts;
}

/** Pairs of attempts of one task whose intervals overlap: two handlers ran the task at once. */
export function duplicateRuns(attempts: Attempt[]): Array<[Attempt, Attempt]> {
  const pairs: Array<[Attempt, Attempt]> = [];
  for (const [i, a] of attempts.entries()) {
    for (const b of attempts.slice(i + 1)) {
      if (a.taskId === b.taskId && a.start < b.end && b.start < a.end) {
        pairs.push(a.start <= b.start ? [a, b] : [b, a]);
      }
    }
  }
  return pairs;
}

/**
 * Seconds from each fault to the engine moving again. A worker kill: until every task the killed
 * worker held was claimed again (or, holding none, the next event or progress of any task). A
 * PostgreSQL restart: until the first task event written, or progress streamed, after the server
 * was back. A fault that interrupted nothing and was followed by nothing because every show had
 * already settled has nothing to recover from (`recovered: null`).
 */
export function recoveries(
  faults: Fault[],
  events: EventRow[],
  activity: number[],
  runEnd: number,
  settled: boolean,
): Array<{ fault: Fault; seconds: number; recovered: boolean | null }> {
  return faults.map((fault) => {
    let until: number | undefined;
    if (fault.type === "worker_kill" && fault.heldTasks && fault.heldTasks.length > 0) {
      const reclaims = fault.heldTasks.map((taskId) =>
        events
          .find(
            (event) =>
              event.task_id === taskId &&
              event.at.getTime() > fault.at &&
              (CLAIMS.has(event.type) || OWN_OUTCOMES.has(event.type)),
          )
          ?.at.getTime(),
      );
      until = reclaims.some((time) => time === undefined)
        ? undefined
        : Math.max(...(reclaims as number[]));
    } else {
      const after = fault.endedAt ?? fault.at;
      const firstEvent = events.find((event) => event.at.getTime() > after)?.at.getTime();
      const firstTick = activity.find((time) => time > after);
      const candidates = [firstEvent, firstTick].filter(
        (time): time is number => time !== undefined,
      );
      until = candidates.length > 0 ? Math.min(...candidates) : undefined;
    }
    return {
      fault,
      seconds: ((until ?? runEnd) - fault.at) / 1000,
      recovered: until !== undefined ? true : settled && !fault.heldTasks?.length ? null : false,
    };
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) {
    return 0;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function loadEvents(client: pg.Client, showIds: string[]): Promise<EventRow[]> {
  const { rows } = await client.query<EventRow>(
    "select id::int as id, task_id, type, message, data, at from task_events where show_id = any($1) order by at, id",
    [showIds],
  );
  return rows;
}

/** Shows with a trailer whose current grid composes every current portrait. */
export async function finishedShows(client: pg.Client, showIds: string[]): Promise<Set<string>> {
  const { rows } = await client.query<{ id: string }>(
    `select s.id from shows s
       join assets g on g.id = s.grid_asset_id
       join tasks gt on gt.id = g.task_id
      where s.id = any($1) and s.trailer_asset_id is not null
        and not exists (
          select 1 from characters c
           where c.show_id = s.id
             and (c.portrait_asset_id is null
                  or not (gt.result->'portraitAssetIds') ? c.portrait_asset_id::text))`,
    [showIds],
  );
  return new Set(rows.map((row) => row.id));
}
