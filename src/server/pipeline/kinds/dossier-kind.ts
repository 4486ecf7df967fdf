import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { characters, shows } from "../../db/schema";
import { type Dossier, dossierSchema } from "../../shows/documents";
import { loadCharacter, loadCharacters, seedOf } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { loadShowContext } from "../show-context";
import { applyTestHooks } from "../test-hooks";
import type { DocumentResult } from "./blueprint-kind";

/** Character seed → full dossier. With autopilot, a finished dossier asks for the portrait. */
export const dossierKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, DocumentResult<Dossier> & { characterId: string }>({
    id: "dossier",
    label: "Dossier",
    input: z.object({}).strict(),
    timeoutSeconds: 300,
    concurrency: 3,
    async handler(context) {
      const { task, signal, progress, setCost } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const character = await loadCharacter(services.db, task.showId, task.target ?? "");
      const cast = (await loadCharacters(services.db, task.showId)).map(seedOf);
      const seed = seedOf(character);
      const provider = services.providers.text(settings.text);
      const values = {
        title: blueprint.title,
        logline: blueprint.logline,
        cast: cast.map((member) => `${member.name} (${member.role})`).join(", "),
        name: seed.name,
        role: seed.role,
        summary: seed.summary,
        medium: blueprint.productionStyle.medium,
        guardrails: settings.guardrails || "none",
      };
      const prompt = await renderPrompt(services.db, "dossier", values);
      progress(0.1, `${settings.text.model} · writing ${seed.name}`);
      const result = await provider.generateObject({
        schema: dossierSchema,
        name: "dossier",
        system: await renderPrompt(services.db, "system", values),
        prompt,
        context: { kind: "dossier", premise: show.premise, blueprint, seed, cast },
        model: settings.text.model,
        signal,
      });
      setCost(result.costUsd);
      return {
        document: result.value,
        provider: provider.id,
        model: result.model,
        prompt,
        characterId: character.id,
      };
    },
    async onSucceeded({ scope, task, result }) {
      const [character] = await scope.tx
        .update(characters)
        .set({ dossier: result.document })
        .where(and(eq(characters.id, result.characterId), eq(characters.showId, task.showId)))
        .returning();
      const [show] = await scope.tx
        .select({ autopilot: shows.autopilot })
        .from(shows)
        .where(eq(shows.id, task.showId));
      if (!character || !show?.autopilot || character.portraitAssetId) {
        return [];
      }
      return [{ kind: "portrait", target: character.id, title: `Portrait · ${character.name}` }];
    },
  });
