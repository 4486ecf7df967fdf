import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import type { EngineDeps } from "./engine-deps";
import { taskEventRowFromJson, taskRowFromJson } from "./row-json";
import { type TaskEventRow, type TaskRow, toTaskDto, toTaskEventDto } from "./task-dto";

/**
 * The engine's hot paths (request, claim, success), each one statement for a whole batch of
 * calls (see `group-commit.ts`): the batch goes in as one JSON recordset, every row keeps its
 * position (`ord`), and every changed task comes back with the timeline event that records it.
 * Event ids are drawn in the statement so each event can be matched to the call it answers.
 */
export interface ChangedTask {
  task: TaskRow;
  event: TaskEventRow;
  /** Only from requestStatement: whether the task row is new. */
  created: boolean;
}

const nextEventId = sql.raw(`nextval(pg_get_serial_sequence('task_events', 'id'))`);

/**
 * Runs a batch statement over `rows`, passed to it as one JSON recordset with each row's position
 * added as `ord`. The result has one entry per row, null where nothing changed.
 */
async function runBatch(
  db: Executor,
  rows: object[],
  statement: (recordset: SQL) => SQL,
): Promise<(ChangedTask | null)[]> {
  const recordset = JSON.stringify(rows.map((row, ord) => ({ ...row, ord })));
  const result = (await db.execute(statement(sql`${recordset}::json`))) as unknown as {
    rows: { ord: number; task: unknown; event: unknown; created?: boolean }[];
  };
  const changes: (ChangedTask | null)[] = rows.map(() => null);
  const parse = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);
  for (const row of result.rows) {
    changes[Number(row.ord)] = {
      task: taskRowFromJson(parse(row.task)),
      event: taskEventRowFromJson(parse(row.event)),
      created: row.created === true,
    };
  }
  return changes;
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
 * Inserts each requested task with its `requested` event or, when an active task holds the same
 * target (from before, or asked for earlier in the same batch), records `deduplicated` on that
 * one. The unique partial index decides; a concurrent insert that commits first makes a row here
 * a no-op. Null for a request whose conflicting task finished before this statement's snapshot
 * saw it (rare): ask again.
 */
export function requestStatement(db: Executor, requests: NewTaskValues[]) {
  const rows = requests.map((values) => ({
    show_id: values.showId,
    kind: values.kind,
    target: values.target,
    title: values.title,
    input: values.input ?? {},
    max_attempts: values.maxAttempts,
    job_id: values.jobId,
    queued_deadline_ms: values.queuedDeadlineMs,
    source: values.source,
  }));
  return runBatch(
    db,
    rows,
    (recordset) => sql`with req as (
      select * from json_to_recordset(${recordset}) as r(
        ord int, show_id uuid, kind text, target text, title text, input jsonb, max_attempts int,
        job_id text, queued_deadline_ms double precision, source text)
    ), ins as (
      insert into tasks (show_id, kind, target, title, input, status, max_attempts, job_id, stage, deadline_at, version)
      select distinct on (show_id, kind, target)
        show_id, kind, target, title, input, 'queued', max_attempts, job_id, 'Queued',
        now() + queued_deadline_ms * interval '1 millisecond',
        (select coalesce(max(t.version), 0) + 1 from tasks t
          where t.show_id = req.show_id and t.kind = req.kind and t.target = req.target)
      from req
      order by show_id, kind, target, ord
      on conflict (show_id, kind, target) where status in ('queued', 'running') do nothing
      returning *
    ), subject as (
      select req.ord, req.source, ${nextEventId} as event_id, ins.job_id = req.job_id as created,
        to_jsonb(ins) as task, ins.id, ins.show_id, ins.status, ins.title, ins.version
      from req join ins using (show_id, kind, target)
      union all
      select req.ord, req.source, ${nextEventId}, false, to_jsonb(t), t.id, t.show_id, t.status, t.title, t.version
      from req join tasks t using (show_id, kind, target)
      where t.status in ('queued', 'running')
        and not exists (select 1 from ins
          where ins.show_id = req.show_id and ins.kind = req.kind and ins.target = req.target)
    ), event as (
      insert into task_events (id, task_id, show_id, type, message, data)
      select event_id, id, show_id,
        case when created then 'requested' else 'deduplicated' end,
        case when created
          then title || case when version > 1 then ' (version ' || version || ')' else '' end || ' requested by ' || source
          else 'Asked again (' || source || '); this ' || status || ' task continues'
        end,
        jsonb_build_object('source', source)
      from subject
      returning *
    )
    select subject.ord, subject.task, to_jsonb(event) as event, subject.created
    from subject join event on event.id = subject.event_id`,
  );
}

function publishChange(deps: Pick<EngineDeps, "bus">, change: ChangedTask): void {
  deps.bus.publish({
    type: "event",
    event: toTaskEventDto(change.event),
    task: toTaskDto(change.task),
  });
}

/**
 * Publishes a batch's changes in event-id order (the order a live stream resumes by) and returns
 * them unchanged.
 */
export function publishAll<T extends ChangedTask | null>(
  deps: Pick<EngineDeps, "bus">,
  changes: T[],
): T[] {
  const published = changes.filter((change): change is T & ChangedTask => change !== null);
  published.sort((a, b) => a.event.id - b.event.id);
  for (const change of published) {
    publishChange(deps, change);
  }
  return changes;
}

export interface ClaimValues {
  taskId: string;
  jobId: string;
  workerId: string;
  timeoutMs: number;
}

/**
 * Claims queued tasks for their attempts and records `started`/`resumed`. Only the task's current
 * job may claim it, and only while it is queued.
 */
export function claimStatement(db: Executor, claims: ClaimValues[]) {
  const rows = claims.map((claim) => ({
    task_id: claim.taskId,
    job_id: claim.jobId,
    worker_id: claim.workerId,
    timeout_ms: claim.timeoutMs,
  }));
  return runBatch(
    db,
    rows,
    (recordset) => sql`with c as (
      select * from json_to_recordset(${recordset}) as c(
        ord int, task_id uuid, job_id text, worker_id text, timeout_ms double precision)
    ), claimed as (
      update tasks t set
        status = 'running', run_token = t.run_token + 1, worker_id = c.worker_id,
        -- Continuing an interrupted attempt (worker lost, handed over) spends no retry.
        attempt = t.attempt + case when t.resume_pending and t.attempt > 0 then 0 else 1 end,
        resume_pending = false,
        started_at = coalesce(t.started_at, now()), heartbeat_at = now(),
        deadline_at = now() + c.timeout_ms * interval '1 millisecond', stage = 'Starting'
      from c
      where t.id = c.task_id and t.job_id = c.job_id and t.status = 'queued'
      returning t.*, c.ord, ${nextEventId} as event_id
    ), event as (
      insert into task_events (id, task_id, show_id, type, message, data)
      select event_id, id, show_id,
        case when checkpoint is null then 'started' else 'resumed' end,
        'Attempt ' || attempt || ' of ' || max_attempts ||
          case when checkpoint is null then ' started' else ' resumed from its checkpoint' end,
        jsonb_build_object('workerId', worker_id)
      from claimed
      returning *
    )
    select claimed.ord, to_jsonb(claimed) as task, to_jsonb(event) as event
    from claimed join event on event.id = claimed.event_id`,
  );
}

export interface SuccessValues {
  task: TaskRow;
  result: unknown;
  costUsd: number | null;
}

/**
 * Marks tasks succeeded and records `succeeded`, for kinds without completion work. Guarded by
 * each attempt's run token.
 */
export function succeedStatement(db: Executor, successes: SuccessValues[]) {
  const rows = successes.map(({ task, result, costUsd }) => ({
    id: task.id,
    run_token: task.runToken,
    result: result ?? null,
    cost_usd: costUsd,
  }));
  return runBatch(
    db,
    rows,
    (recordset) => sql`with s as (
      select * from json_to_recordset(${recordset}) as s(
        ord int, id uuid, run_token int, result jsonb, cost_usd double precision)
    ), done as (
      update tasks t set
        status = 'succeeded', progress = 1, stage = 'Done', result = s.result,
        error = null, finished_at = now(), cost_usd = coalesce(s.cost_usd, t.cost_usd)
      from s
      where t.id = s.id and t.run_token = s.run_token and t.status = 'running'
      returning t.*, s.ord, ${nextEventId} as event_id
    ), event as (
      insert into task_events (id, task_id, show_id, type, message)
      select event_id, id, show_id, 'succeeded',
        'Finished in ' || to_char(extract(epoch from finished_at - coalesce(started_at, created_at)), 'FM999990.0') || 's'
      from done
      returning *
    )
    select done.ord, to_jsonb(done) as task, to_jsonb(event) as event
    from done join event on event.id = done.event_id`,
  );
}
