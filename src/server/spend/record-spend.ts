import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { spendLedger } from "../db/schema";
import type { SpendOutcome } from "./spend-outcomes";

/** Who paid: the task (and so the show and kind) a call was made for. */
export interface SpendPayer {
  taskId: string;
  showId: string;
  kind: string;
}

export interface SpendCall extends SpendPayer {
  provider: string;
  model: string;
  costUsd: number;
  /** Video or audio length in seconds, where known. */
  seconds?: number | null;
}

/**
 * One synchronous paid call (an OpenAI response or image), written as soon as it returns: the
 * answer is all there is, so nothing later (storing, a crash) may lose the row.
 */
export async function recordCallSpend(
  db: Db,
  call: SpendCall,
  outcome: SpendOutcome = "succeeded",
): Promise<void> {
  await db.insert(spendLedger).values({
    provider: call.provider,
    model: call.model,
    taskId: call.taskId,
    showId: call.showId,
    kind: call.kind,
    seconds: call.seconds ?? null,
    costUsd: call.costUsd,
    outcome,
  });
}

/**
 * A paid job, upserted by (provider, job id): written at submit with the estimate (`running`)
 * and again with its outcome, so a resumed attempt that settles the same job updates its row
 * instead of adding one. A settle whose submit row was lost (the database failed at that moment)
 * inserts the whole row. A later write keeps the earlier cost unless it knows one, and never turns
 * a final outcome back into `running`.
 */
export async function recordJobSpend(
  db: Db,
  job: SpendCall & { jobId: string; costKnown?: boolean },
  outcome: SpendOutcome,
): Promise<void> {
  await db
    .insert(spendLedger)
    .values({
      provider: job.provider,
      model: job.model,
      jobId: job.jobId,
      taskId: job.taskId,
      showId: job.showId,
      kind: job.kind,
      seconds: job.seconds ?? null,
      costUsd: job.costUsd,
      outcome,
    })
    .onConflictDoUpdate({
      target: [spendLedger.provider, spendLedger.jobId],
      set: {
        outcome: outcome === "running" ? sql`${spendLedger.outcome}` : sql`excluded.outcome`,
        seconds: sql`coalesce(excluded.seconds, ${spendLedger.seconds})`,
        costUsd: job.costKnown === false ? sql`${spendLedger.costUsd}` : sql`excluded.cost_usd`,
        updatedAt: sql`now()`,
      },
    });
}
