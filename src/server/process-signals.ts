import { killTrackedChildren } from "./child-processes";
import type { Logger } from "./logger";

/**
 * The SIGTERM contract of our long-running processes (app server and `npm run worker`):
 *
 * - The first SIGTERM or SIGINT starts ONE graceful stop (`stop()`), then the process exits 0
 *   (1 if the stop itself failed).
 * - The same signal again within `duplicateWindowMs` is the same request delivered twice: a kill
 *   of the process group reaches every process of `npm → node`, and npm forwards its copy too.
 * - Any later signal forces the exit (128 + signal number) after killing tracked children, so an
 *   operator can still cut a stuck shutdown short.
 */
export interface ShutdownSignalOptions {
  logger: Logger;
  stop(): Promise<void>;
  duplicateWindowMs?: number;
}

const signalNumbers = { SIGINT: 2, SIGTERM: 15 } as const;
type ShutdownSignal = keyof typeof signalNumbers;

export function handleShutdownSignals(options: ShutdownSignalOptions): void {
  const { logger, stop, duplicateWindowMs = 1_000 } = options;
  let first: { signal: ShutdownSignal; at: number } | undefined;

  const onSignal = (signal: ShutdownSignal) => {
    const now = Date.now();
    if (!first) {
      first = { signal, at: now };
      logger.info(
        { signal },
        "stopping: no new tasks; running ones get a grace period, then are handed over (signal again to force)",
      );
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
      return;
    }
    if (signal === first.signal && now - first.at < duplicateWindowMs) {
      logger.debug({ signal }, "duplicate signal ignored");
      return;
    }
    logger.warn({ signal }, "forced exit: killing child processes");
    killTrackedChildren();
    process.exit(128 + signalNumbers[signal]);
  };

  for (const signal of Object.keys(signalNumbers) as ShutdownSignal[]) {
    process.on(signal, () => onSignal(signal));
  }
  // Whatever way the process ends, tracked children go with it.
  process.once("exit", killTrackedChildren);
}
