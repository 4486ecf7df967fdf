import { z } from "zod";
import { defineTaskKind } from "../../src/server/tasks/task-kind";

/**
 * A step that works for a few seconds, reporting progress as it goes (its attempt heartbeats
 * meanwhile): long enough for the database to restart under it.
 */
export const slowStepKind = defineTaskKind({
  id: "slow_step",
  label: "Slow step",
  input: z.object({ ms: z.number().int().positive() }),
  timeoutSeconds: 120,
  concurrency: 4,
  async handler({ input, signal, progress }) {
    const started = Date.now();
    while (Date.now() - started < input.ms) {
      signal.throwIfAborted();
      progress((Date.now() - started) / input.ms, "Working");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { workedMs: Date.now() - started };
  },
});
