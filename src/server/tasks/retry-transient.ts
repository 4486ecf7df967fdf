import { isConnectionLoss, isTransactionConflict } from "../db/db-errors";
import type { EngineDeps } from "./engine-deps";

export interface RetryTransientOptions {
  /** For the log line. */
  what: string;
  /** Give up on a lost database at this time (epoch ms); a deadlock gets a fixed number of tries. */
  until: number;
}

const CONFLICT_TRIES = 8;
const OUTAGE_FIRST_DELAY_MS = 250;
const OUTAGE_MAX_DELAY_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a settling transaction (complete, fail, requeue) again when the database rolled it back
 * for a reason that says nothing about the work: a deadlock or serialization failure (retried at
 * once with jitter), or a lost connection (retried with backoff until the database is back or
 * `until` passes). The handler's result is kept and never computed again; every settling
 * transaction is guarded by the attempt's run token, so running it twice cannot apply it twice.
 */
export async function retryTransient<T>(
  deps: Pick<EngineDeps, "logger" | "random">,
  work: () => Promise<T>,
  options: RetryTransientOptions,
): Promise<T> {
  let conflicts = 0;
  let outageDelay = OUTAGE_FIRST_DELAY_MS;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (isTransactionConflict(error) && conflicts < CONFLICT_TRIES) {
        conflicts += 1;
        const delay = Math.round(10 * 2 ** conflicts * (0.5 + deps.random()));
        deps.logger.warn(
          { err: error, what: options.what, conflicts },
          "transaction conflict; rerunning it",
        );
        await sleep(delay);
        continue;
      }
      if (isConnectionLoss(error) && Date.now() + outageDelay < options.until) {
        deps.logger.warn({ err: error, what: options.what }, "database unavailable; trying again");
        await sleep(Math.round(outageDelay * (0.75 + deps.random() / 2)));
        outageDelay = Math.min(OUTAGE_MAX_DELAY_MS, outageDelay * 2);
        continue;
      }
      throw error;
    }
  }
}
