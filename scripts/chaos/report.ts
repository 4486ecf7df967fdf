import type pg from "pg";
import type { Attempt, EventRow } from "./measure";

/** One `{"bench":"chaos",…}` line on stdout, like the benchmarks print. */
export function metric(name: string, value: number): void {
  process.stdout.write(`${JSON.stringify({ bench: "chaos", metric: name, value })}\n`);
}

export const say = (line: string): void => {
  process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

const clock = (time: Date | number) => new Date(time).toISOString().slice(11, 23);

/** The human part: what failed, what never finished, which runs overlapped, which events the client missed. */
export async function printSummary(
  client: pg.Client,
  showIds: string[],
  events: EventRow[],
  duplicates: Array<[Attempt, Attempt]>,
  missed: number[],
): Promise<void> {
  const { rows: bad } = await client.query<{
    id: string;
    show_id: string;
    kind: string;
    status: string;
    stage: string;
    attempt: number;
    error: unknown;
  }>(
    `select id, show_id, kind, status, stage, attempt, error from tasks
      where show_id = any($1) and status not in ('succeeded') order by created_at`,
    [showIds],
  );
  for (const task of bad) {
    say(
      `task ${task.id} (${task.kind}, show ${task.show_id.slice(0, 8)}) is ${task.status} after ${task.attempt} attempts at "${task.stage}": ${JSON.stringify(task.error)}`,
    );
    for (const event of events.filter((row) => row.task_id === task.id).slice(-15)) {
      say(`    ${clock(event.at)} #${event.id} ${event.type}: ${event.message}`);
    }
  }
  for (const [first, second] of duplicates) {
    const { rows } = await client.query<{ kind: string }>("select kind from tasks where id = $1", [
      first.taskId,
    ]);
    const kind = rows[0]?.kind ?? "";
    say(
      `duplicate run of task ${first.taskId} ${kind}: worker ${first.workerId} ${clock(first.start)}–${clock(first.end)} (${first.endedBy}) overlaps worker ${second.workerId} ${clock(second.start)}–${clock(second.end)} (${second.endedBy})`,
    );
  }
  if (missed.length > 0) {
    const byId = new Map(events.map((event) => [event.id, event]));
    say(`the SSE client never received ${missed.length} event(s):`);
    for (const id of missed.slice(0, 20)) {
      const event = byId.get(id);
      say(
        `    #${id} ${event ? `${clock(event.at)} task ${event.task_id} ${event.type}: ${event.message}` : ""}`,
      );
    }
  }
}
