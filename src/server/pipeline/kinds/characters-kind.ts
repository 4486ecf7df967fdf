import { eq } from "drizzle-orm";
import { characters } from "../../db/schema";
import { type Cast, castSchema } from "../../shows/documents";
import { defineTaskKind } from "../../tasks/task-kind";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

/** Blueprint → the cast (character seeds); each new character then gets its dossier written. */
export const charactersKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, DocumentResult<Cast>>({
    id: "characters",
    label: "Cast",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const count = settings.characterCount;
      return writeDocument(context, services, settings, {
        name: "cast",
        schema: castSchema,
        values: {
          title: blueprint.title,
          logline: blueprint.logline,
          setting: blueprint.setting,
          tone: blueprint.tone,
          count,
        },
        textContext: { kind: "cast", premise: show.premise, blueprint, count },
        stage: `casting ${count} characters`,
      });
    },
    async onSucceeded({ scope, task, result }) {
      // A new cast replaces the old one; the old characters' assets stay listed in the show's versions.
      await scope.tx.delete(characters).where(eq(characters.showId, task.showId));
      const inserted = await scope.tx
        .insert(characters)
        .values(
          result.document.characters.map((seed, position) => ({
            showId: task.showId,
            position,
            name: seed.name,
            seed,
          })),
        )
        .returning();
      return inserted.map((character) => ({
        kind: "dossier",
        target: character.id,
        title: `Dossier · ${character.name}`,
      }));
    },
  });
