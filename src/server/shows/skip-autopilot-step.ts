import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { characters, episodes, shows } from "../db/schema";
import { notFound } from "../errors";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { resumeAutopilot } from "./resume-autopilot";
import { loadShow } from "./show-records";

export const skipStepSchema = z.object({
  /** The character or episode to go on without (the paused step's target). */
  target: z.uuid(),
});

/**
 * "Skip this character": marks the character (or episode) skipped, so autopilot's completeness
 * checks leave it out, and lets the chain go on in the same transaction.
 */
export async function skipAutopilotStep(
  engine: TaskEngine,
  showIdOrSlug: string,
  body: unknown,
): Promise<void> {
  const { target } = skipStepSchema.parse(body);
  const show = await loadShow(engine.deps.db, showIdOrSlug);
  await inTransaction(engine.deps.db, async (scope) => {
    await scope.tx.select({ id: shows.id }).from(shows).where(eq(shows.id, show.id)).for("update");
    const [character] = await scope.tx
      .update(characters)
      .set({ skipped: true })
      .where(and(eq(characters.id, target), eq(characters.showId, show.id)))
      .returning({ id: characters.id });
    const [episode] = character
      ? []
      : await scope.tx
          .update(episodes)
          .set({ skipped: true })
          .where(and(eq(episodes.id, target), eq(episodes.showId, show.id)))
          .returning({ id: episodes.id });
    if (!character && !episode) {
      throw notFound("Character or episode");
    }
    await resumeAutopilot(engine, show.id, scope);
  });
}
