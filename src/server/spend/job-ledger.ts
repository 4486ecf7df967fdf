import type { Db } from "../db/client";
import type { Logger } from "../logger";
import { recordCallSpend, recordJobSpend, type SpendPayer } from "./record-spend";
import type { SpendOutcome } from "./spend-outcomes";

/** The ledger as the paid-job protocol sees it: one job, written at submit and at its outcome. */
export interface PaidJobLedger {
  /** `costUsd` null: not known here (a resumed attempt), keep what the row says. */
  record(
    jobId: string,
    costUsd: number | null,
    outcome: SpendOutcome,
    seconds?: number | null,
  ): Promise<void>;
}

export interface LedgerTarget extends SpendPayer {
  provider: string;
  model: string;
  /** The length asked for, until the made one is known. */
  seconds?: number | null;
}

/**
 * A ledger write never fails the task: the provider has already billed, and failing the attempt
 * now would only make a retry bill again. A lost write is logged; the job's later write (its
 * outcome) inserts the whole row again.
 */
export function jobLedger(db: Db, logger: Logger, target: LedgerTarget): PaidJobLedger {
  return {
    async record(jobId, costUsd, outcome, seconds) {
      try {
        await recordJobSpend(
          db,
          {
            ...target,
            jobId,
            costUsd: costUsd ?? 0,
            costKnown: costUsd !== null,
            seconds: seconds ?? target.seconds ?? null,
          },
          outcome,
        );
      } catch (error) {
        logger.warn({ err: error, jobId, outcome }, "could not write the spend ledger row");
      }
    },
  };
}

/** One synchronous call's row, with the same never-fail rule. */
export async function recordCallSpendSafely(
  db: Db,
  logger: Logger,
  target: LedgerTarget & { costUsd: number },
): Promise<void> {
  try {
    await recordCallSpend(db, { ...target, seconds: target.seconds ?? null });
  } catch (error) {
    logger.warn({ err: error }, "could not write the spend ledger row");
  }
}
