import { isConnectionLoss } from "./db/db-errors";

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/**
 * Starts a process's container, waiting for PostgreSQL when it is down or restarting: a worker
 * (re)started during a database restart waits for it instead of exiting, which would leave
 * nothing running until a supervisor noticed. Any other start-up error is thrown at once.
 */
export async function startWhenDatabaseIsUp<T>(
  start: () => Promise<T>,
  report: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
): Promise<T> {
  let delay = FIRST_DELAY_MS;
  for (;;) {
    try {
      return await start();
    } catch (error) {
      if (!isConnectionLoss(error)) {
        throw error;
      }
      report(`The database is not reachable yet; trying again in ${Math.round(delay / 100) / 10}s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(MAX_DELAY_MS, delay * 2);
    }
  }
}
