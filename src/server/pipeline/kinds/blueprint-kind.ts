import { eq, sql } from "drizzle-orm";
import { characters, shows } from "../../db/schema";
import { type Blueprint, blueprintSchema } from "../../shows/documents";
import { loadShow } from "../../shows/show-records";
import { parseShowSettings } from "../../shows/show-settings";
import { defineTaskKind } from "../../tasks/task-kind";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

/** Premise → blueprint. The first step of every show; its success casts the show. */
export const blueprintKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, DocumentResult<Blueprint>>({
    id: "blueprint",
    label: "Blueprint",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    retry: { maxAttempts: 4 },
    async handler(context) {
      const { task } = context;
      const show = await loadShow(services.db, task.showId);
      const settings = parseShowSettings(show.settings);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      return writeDocument(context, services, settings, {
        name: "blueprint",
        schema: blueprintSchema,
        values: { premise: show.premise },
        textContext: { kind: "blueprint", premise: show.premise, guardrails: settings.guardrails },
        stage: "writing the blueprint",
      });
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
