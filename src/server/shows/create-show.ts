import { eq } from "drizzle-orm";
import { z } from "zod";
import { shows } from "../db/schema";
import { conflict } from "../errors";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { safeText } from "./safe-text";
import type { ShowRow } from "./show-records";
import { showSettingsPatchSchema, showSettingsSchema } from "./show-settings";
import { showSlugMaxLength, showSlugPattern, slugFromPremise } from "./show-slug";
import { premiseMinLength, textLimits } from "./text-limits";

export const createShowSchema = z.object({
  premise: safeText(textLimits.premise)
    .trim()
    .min(premiseMinLength, "Describe the show in at least 3 characters"),
  autopilot: z.boolean().default(true),
  settings: showSettingsPatchSchema.default({}),
  /**
   * The address the caller chose (the home page goes there before the server answers); absent,
   * the server picks one. Sending the same slug again is the same request: see createShow.
   */
  slug: z
    .string()
    .max(showSlugMaxLength)
    .regex(showSlugPattern, {
      error: "must be lower-case words and six hex digits, like my-show-1a2b3c",
    })
    .optional(),
});
export type CreateShowInput = z.input<typeof createShowSchema>;

/**
 * Creates the show and requests its blueprint in one transaction: a show never exists without
 * the task that develops it.
 *
 * Idempotent per slug: a second request with a slug that already names this caller's show of
 * the same premise (a double submit, a retry after a lost answer) gets that show back and asks
 * for nothing; its blueprint was requested with it. Any other holder of the slug is a 409.
 */
export async function createShow(
  engine: TaskEngine,
  input: CreateShowInput,
  /** The account the show belongs to; null = ownerless until the owner account exists (CLI). */
  ownerId: string | null = null,
): Promise<ShowRow> {
  const parsed = createShowSchema.parse(input);
  const settings = showSettingsSchema.parse(parsed.settings);
  return inTransaction(engine.deps.db, async (scope) => {
    const slug = parsed.slug ?? slugFromPremise(parsed.premise);
    // No read-then-write: a concurrent twin waits on the unique slug, then finds the show.
    const [show] = await scope.tx
      .insert(shows)
      .values({ premise: parsed.premise, slug, autopilot: parsed.autopilot, settings, ownerId })
      .onConflictDoNothing({ target: shows.slug })
      .returning();
    if (!show) {
      const [existing] = await scope.tx.select().from(shows).where(eq(shows.slug, slug));
      if (existing && existing.ownerId === ownerId && existing.premise === parsed.premise) {
        return existing;
      }
      throw conflict("Another show already has this address. Greenlight it again for a new one.");
    }
    await engine.request({ showId: show.id, kind: "blueprint", source: "new show" }, scope);
    return show;
  });
}
