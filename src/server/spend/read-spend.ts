import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../db/client";
import { spendLedger, tasks } from "../db/schema";
import type { SpendOutcome } from "./spend-outcomes";

export interface SpendRow {
  id: string;
  provider: string;
  model: string;
  jobId: string | null;
  taskId: string | null;
  kind: string;
  seconds: number | null;
  costUsd: number;
  outcome: SpendOutcome;
  at: string;
}

export interface ShowSpend {
  totalUsd: number;
  byProvider: Record<string, number>;
  byKind: Record<string, number>;
  /** The latest 100 rows, newest first. */
  rows: SpendRow[];
}

/**
 * A `running` row whose task has finished (or is gone) is read as `abandoned` (`canceled` when the
 * task was: a cancel can land before the attempt wrote the outcome): nobody polls that job any
 * more, but it was billed.
 */
const outcomeSql = sql<string>`case when ${spendLedger.outcome} <> 'running'
  then ${spendLedger.outcome}
  when ${tasks.status} = 'canceled' then 'canceled'
  when coalesce(${tasks.status}, 'failed') not in ('queued', 'running') then 'abandoned'
  else 'running' end`;

/** A show's spend from the ledger: every paid call, whatever became of it. */
export async function readShowSpend(db: Executor, showId: string): Promise<ShowSpend> {
  const [totals, rows] = await Promise.all([
    db
      .select({
        provider: spendLedger.provider,
        kind: spendLedger.kind,
        usd: sql<number>`coalesce(sum(${spendLedger.costUsd}), 0)`,
      })
      .from(spendLedger)
      .where(eq(spendLedger.showId, showId))
      .groupBy(spendLedger.provider, spendLedger.kind),
    db
      .select({ row: spendLedger, outcome: outcomeSql })
      .from(spendLedger)
      .leftJoin(tasks, eq(tasks.id, spendLedger.taskId))
      .where(eq(spendLedger.showId, showId))
      .orderBy(desc(spendLedger.createdAt), desc(spendLedger.id))
      .limit(100),
  ]);
  const byProvider: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let totalUsd = 0;
  for (const total of totals) {
    const usd = Number(total.usd);
    totalUsd += usd;
    byProvider[total.provider] = (byProvider[total.provider] ?? 0) + usd;
    byKind[total.kind] = (byKind[total.kind] ?? 0) + usd;
  }
  return {
    totalUsd,
    byProvider,
    byKind,
    rows: rows.map(({ row, outcome }) => ({
      id: row.id,
      provider: row.provider,
      model: row.model,
      jobId: row.jobId,
      taskId: row.taskId,
      kind: row.kind,
      seconds: row.seconds,
      costUsd: row.costUsd,
      outcome: outcome as SpendOutcome,
      at: row.createdAt.toISOString(),
    })),
  };
}

/** Every show's ledger total, for the summaries (library, console hero). */
export async function readSpendTotals(
  db: Executor,
  showIds: string[],
): Promise<Map<string, number>> {
  if (showIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({
      showId: spendLedger.showId,
      usd: sql<number>`coalesce(sum(${spendLedger.costUsd}), 0)`,
    })
    .from(spendLedger)
    .where(sql`${spendLedger.showId} in ${showIds}`)
    .groupBy(spendLedger.showId);
  return new Map(rows.map((row) => [row.showId ?? "", Number(row.usd)]));
}
