import { randomBytes } from "node:crypto";
import { z } from "zod";
import { shows } from "../db/schema";
import type { TaskEngine } from "../tasks/task-engine";
import { inTransaction } from "../tasks/tx-scope";
import { safeText } from "./safe-text";
import type { ShowRow } from "./show-records";
import { showSettingsPatchSchema, showSettingsSchema } from "./show-settings";
import { textLimits } from "./text-limits";

export const createShowSchema = z.object({
  premise: safeText(textLimits.premise).trim().min(3, "Describe the show in at least 3 characters"),
  autopilot: z.boolean().default(true),
  settings: showSettingsPatchSchema.default({}),
});
export type CreateShowInput = z.input<typeof createShowSchema>;

/** A readable, unique slug: the premise's first words plus a short random suffix. */
export function slugFromPremise(premise: string): string {
  const words = premise
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join("-")
    .slice(0, 48)
    .replace(/-+$/, "");
  return `${words || "show"}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates the show and requests its blueprint in one transaction: a show never exists without
 * the task that develops it.
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
    const [show] = await scope.tx
      .insert(shows)
      .values({
        premise: parsed.premise,
        slug: slugFromPremise(parsed.premise),
        autopilot: parsed.autopilot,
        settings,
        ownerId,
      })
      .returning();
    await engine.request({ showId: show!.id, kind: "blueprint", source: "new show" }, scope);
    return show!;
  });
}
