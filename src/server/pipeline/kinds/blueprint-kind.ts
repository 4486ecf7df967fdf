import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { characters, shows } from "../../db/schema";
import { type Blueprint, blueprintSchema } from "../../shows/documents";
import { loadShow } from "../../shows/show-records";
import { parseShowSettings } from "../../shows/show-settings";
import { defineTaskKind } from "../../tasks/task-kind";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { applyTestHooks } from "../test-hooks";

export interface DocumentResult<T> {
  document: T;
  provider: string;
  model: string;
  prompt: string;
}

/** Premise → blueprint. The first step of every show; its success casts the show. */
export const blueprintKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, DocumentResult<Blueprint>>({
    id: "blueprint",
    label: "Blueprint",
    input: z.object({}).strict(),
    timeoutSeconds: 300,
    retry: { maxAttempts: 4 },
    async handler(context) {
      const { task, signal, progress, setCost } = context;
      const show = await loadShow(services.db, task.showId);
      const settings = parseShowSettings(show.settings);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const provider = services.providers.text(settings.text);
      const values = { premise: show.premise, guardrails: settings.guardrails || "none" };
      const prompt = await renderPrompt(services.db, "blueprint", values);
      progress(0.1, `${settings.text.model} · writing the blueprint`);
      const result = await provider.generateObject({
        schema: blueprintSchema,
        name: "blueprint",
        system: await renderPrompt(services.db, "system", values),
        prompt,
        context: { kind: "blueprint", premise: show.premise, guardrails: settings.guardrails },
        model: settings.text.model,
        signal,
      });
      setCost(result.costUsd);
      return { document: result.value, provider: provider.id, model: result.model, prompt };
    },
    async onSucceeded({ scope, task, result }) {
      const { document } = result;
      await scope.tx
        .update(shows)
        .set({
          blueprint: document,
          title: document.title,
          logline: document.logline,
          updatedAt: sql`now()`,
        })
        .where(eq(shows.id, task.showId));
      const cast = await scope.tx
        .select({ id: characters.id })
        .from(characters)
        .where(eq(characters.showId, task.showId))
        .limit(1);
      // A regenerated blueprint keeps the existing cast; a new show gets cast now.
      return cast.length === 0 ? [{ kind: "characters", title: "Cast" }] : [];
    },
  });
