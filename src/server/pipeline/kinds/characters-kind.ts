import { eq } from "drizzle-orm";
import { z } from "zod";
import { characters } from "../../db/schema";
import { type Cast, castSchema } from "../../shows/documents";
import { defineTaskKind } from "../../tasks/task-kind";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { loadShowContext } from "../show-context";
import { applyTestHooks } from "../test-hooks";
import type { DocumentResult } from "./blueprint-kind";

/** Blueprint → the cast (character seeds); each new character then gets its dossier written. */
export const charactersKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, DocumentResult<Cast>>({
    id: "characters",
    label: "Cast",
    input: z.object({}).strict(),
    timeoutSeconds: 300,
    async handler(context) {
      const { task, signal, progress, setCost } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const provider = services.providers.text(settings.text);
      const count = settings.characterCount;
      const values = {
        title: blueprint.title,
        logline: blueprint.logline,
        setting: blueprint.setting,
        tone: blueprint.tone,
        count,
        guardrails: settings.guardrails || "none",
      };
      const prompt = await renderPrompt(services.db, "cast", values);
      progress(0.1, `${settings.text.model} · casting ${count} characters`);
      const result = await provider.generateObject({
        schema: castSchema,
        name: "cast",
        system: await renderPrompt(services.db, "system", values),
        prompt,
        context: { kind: "cast", premise: show.premise, blueprint, count },
        model: settings.text.model,
        signal,
      });
      setCost(result.costUsd);
      return { document: result.value, provider: provider.id, model: result.model, prompt };
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
