import pino, { type Logger } from "pino";

export type { Logger };

/**
 * One structured logger; children carry scope ({ taskId, showId, kind }) so a line can be traced
 * back to the task that wrote it.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "greenlight" } });
}
