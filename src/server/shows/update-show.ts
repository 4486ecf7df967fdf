import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client";
import { characters, shows } from "../db/schema";
import { voiceSpecSchema } from "../providers/voices/voice-spec-schema";
import { blueprintSchema, dossierSchema } from "./documents";
import { safeText } from "./safe-text";
import { loadCharacter, loadShow } from "./show-records";
import { parseShowSettings, showSettingsPatchSchema, showSettingsSchema } from "./show-settings";
import { textLimits } from "./text-limits";

export const updateShowSchema = z.object({
  blueprint: blueprintSchema.optional(),
  autopilot: z.boolean().optional(),
  settings: showSettingsPatchSchema.optional(),
});

/**
 * Edits by the user: the blueprint document, autopilot, settings (merged over the current ones).
 * Says whether autopilot was just turned on, so the caller lets it pick up what is missing.
 */
export async function updateShow(
  db: Executor,
  idOrSlug: string,
  body: unknown,
): Promise<{ autopilotTurnedOn: boolean }> {
  const patch = updateShowSchema.parse(body);
  const show = await loadShow(db, idOrSlug);
  await db
    .update(shows)
    .set({
      ...(patch.blueprint
        ? {
            blueprint: patch.blueprint,
            title: patch.blueprint.title,
            logline: patch.blueprint.logline,
          }
        : {}),
      ...(patch.autopilot !== undefined ? { autopilot: patch.autopilot } : {}),
      ...(patch.settings
        ? {
            settings: showSettingsSchema.parse({
              ...parseShowSettings(show.settings),
              ...patch.settings,
            }),
          }
        : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(shows.id, show.id));
  return { autopilotTurnedOn: patch.autopilot === true && !show.autopilot };
}

export const updateCharacterSchema = z.object({
  dossier: dossierSchema.optional(),
  /** A custom portrait prompt for this character; null returns to the template. */
  portraitPrompt: safeText(textLimits.prompt).trim().nullable().optional(),
  /** The character's voice; null returns to the one cast from the dossier. */
  voice: voiceSpecSchema.nullable().optional(),
});

export async function updateCharacter(
  db: Executor,
  showIdOrSlug: string,
  characterId: string,
  body: unknown,
) {
  const patch = updateCharacterSchema.parse(body);
  const show = await loadShow(db, showIdOrSlug);
  const character = await loadCharacter(db, show.id, characterId);
  await db
    .update(characters)
    .set({
      ...(patch.dossier ? { dossier: patch.dossier, name: patch.dossier.name } : {}),
      ...(patch.portraitPrompt !== undefined
        ? { portraitPrompt: patch.portraitPrompt || null }
        : {}),
      ...(patch.voice !== undefined ? { voice: patch.voice } : {}),
    })
    .where(and(eq(characters.id, character.id), eq(characters.showId, show.id)));
}
