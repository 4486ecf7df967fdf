import { sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { EngineDeps } from "./engine-deps";
import { taskEventRowFromJson, taskRowFromJson } from "./row-json";
import { type TaskEventRow, type TaskRow, toTaskDto, toTaskEventDto } from "./task-dto";

interface ChangedTask {
  task: TaskRow;
  event: TaskEventRow;
  /** Only from requestStatement: whether the task row is new. */
  created: boolean;
}

async function run(db: Executor, statement: ReturnType<typeof sql>): Promise<ChangedTask | null> {
  const result = (await db.execute(statement)) as unknown as {
    rows: { task: unknown; event: unknown; created?: boolean }[];
  };
  const row = result.rows[0];
  if (!row) {
    return null;
  }
  const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);
  return {
    task: taskRowFromJson(parse(row.task)),
    event: taskEventRowFromJson(parse(row.event)),
    created: row.created === true,
  };
}

export interface NewTaskValues {
  showId: string;
  kind: string;
  target: string;
  title: string;
  input: unknown;
  maxAttempts: number;
  jobId: string;
  queuedDeadlineMs: number;
  source: string;
}

/**
 * Inserts the task with its `requested` event, or, when an active task holds the same target,
 * records `deduplicated` on that one: one statement either way. The unique partial index decides
 * which; a concurrent insert that commits first makes this one a no-op. Returns null in the rare
 * case where the conflicting task finished before this statement's snapshot saw it: ask again.
 */
export function requestStatement(db: Executor, values: NewTaskValues) {
  const { showId, kind, target, title, source } = values;
  return run(
    db,
    sql`with ins as (
      insert into tasks (show_id, kind, target, title, input, status, max_attempts, job_id, stage, deadline_at, version)
      values (${showId}, ${kind}, ${target}, ${title}, ${JSON.stringify(values.input ?? {})}::jsonb, 'queued',
        ${values.maxAttempts}, ${values.jobId}, 'Queued',
        now() + ${values.queuedDeadlineMs} * interval '1 millisecond',
        (select coalesce(max(version), 0) + 1 from tasks where show_id = ${showId} and kind = ${kind} and target = ${target}))
      on conflict (show_id, kind, target) where status in ('queued', 'running') do nothing
      returning *
    ), existing as (
      select * from tasks
      where show_id = ${showId} and kind = ${kind} and target = ${target} and status in ('queued', 'running')
        and not exists (select 1 from ins)
      limit 1
    ), subject as (
      select ins.*, true as created from ins
      union all
      select existing.*, false as created from existing
    ), event as (
      insert into task_events (task_id, show_id, type, message, data)
      select id, show_id,
        case when created then 'requested' else 'deduplicated' end,
        case when created
          then ${title}::text || case when version > 1 then ' (version ' || version || ')' else '' end || ' requested by ' || ${source}::text
          else 'Asked again (' || ${source}::text || '); this ' || status || ' task continues'
        end,
        jsonb_build_object('source', ${source}::text)
      from subject
      returning *
    )
    select to_jsonb(subject) as task, to_jsonb(event) as event, subject.created from subject, event`,
  );
}

export function publishChange(deps: Pick<EngineDeps, "bus">, change: ChangedTask): void {
  deps.bus.publish({
    type: "event",
    event: toTaskEventDto(change.event),
    task: toTaskDto(change.task),
  });
}

/**
 * Claims a queued task for this attempt and records `started`/`resumed`, in one statement. Only
 * the task's current job may claim it, and only while it is queued.
 */
export function claimStatement(
  db: Executor,
  taskId: string,
  jobId: string,
  workerId: string,
  timeoutMs: number,
) {
  return run(
    db,
    sql`with claimed as (
      update tasks set
        status = 'running', attempt = attempt + 1, run_token = run_token + 1, worker_id = ${workerId},
        started_at = coalesce(started_at, now()), heartbeat_at = now(),
        deadline_at = now() + ${timeoutMs} * interval '1 millisecond', stage = 'Starting'
      where id = ${taskId} and job_id = ${jobId} and status = 'queued'
      returning *
    ), event as (
      insert into task_events (task_id, show_id, type, message, data)
      select id, show_id,
        case when checkpoint is null then 'started' else 'resumed' end,
        'Attempt ' || attempt || ' of ' || max_attempts ||
          case when checkpoint is null then ' started' else ' resumed from its checkpoint' end,
        jsonb_build_object('workerId', ${workerId}::text)
      from claimed
      returning *
    )
    select to_jsonb(claimed) as task, to_jsonb(event) as event from claimed, event`,
  );
}

/**
 * Marks the task succeeded and records `succeeded`, in one statement, for kinds without
 * completion work. Guarded by the attempt's run token.
 */
export function succeedStatement(
  db: Executor,
  task: TaskRow,
  result: unknown,
  costUsd: number | null,
) {
  return run(
    db,
    sql`with done as (
      update tasks set
        status = 'succeeded', progress = 1, stage = 'Done', result = ${JSON.stringify(result ?? null)}::jsonb,
        error = null, finished_at = now(), cost_usd = coalesce(${costUsd}::double precision, cost_usd)
      where id = ${task.id} and run_token = ${task.runToken} and status = 'running'
      returning *
    ), event as (
      insert into task_events (task_id, show_id, type, message)
      select id, show_id, 'succeeded',
        'Finished in ' || to_char(extract(epoch from finished_at - coalesce(started_at, created_at)), 'FM999990.0') || 's'
      from done
      returning *
    )
    select to_jsonb(done) as task, to_jsonb(event) as event from done, event`,
  );
}
