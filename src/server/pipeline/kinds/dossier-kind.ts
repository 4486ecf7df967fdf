import { and, eq } from "drizzle-orm";
import { characters } from "../../db/schema";
import { type Dossier, dossierSchema } from "../../shows/documents";
import { loadCharacter, loadCharacters, seedOf } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { loadShowContext } from "../show-context";
import { applyTestHooks } from "../test-hooks";
import { type DocumentResult, writeDocument } from "../write-document";

/** Character seed → full dossier. With autopilot, a finished dossier asks for the portrait (autopilot-rules). */
export const dossierKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, DocumentResult<Dossier> & { characterId: string }>({
    id: "dossier",
    label: "Dossier",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    concurrency: 3,
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const character = await loadCharacter(services.db, task.showId, task.target ?? "");
      const cast = (await loadCharacters(services.db, task.showId)).map(seedOf);
      const seed = seedOf(character);
      const written = await writeDocument(context, services, settings, {
        name: "dossier",
        schema: dossierSchema,
        values: {
          title: blueprint.title,
          logline: blueprint.logline,
          cast: cast.map((member) => `${member.name} (${member.role})`).join(", "),
          name: seed.name,
          role: seed.role,
          summary: seed.summary,
          medium: blueprint.productionStyle.medium,
        },
        textContext: { kind: "dossier", premise: show.premise, blueprint, seed, cast },
        stage: `writing ${seed.name}`,
      });
      return { ...written, characterId: character.id };
    },
    async onSucceeded({ scope, task, result }) {
      await scope.tx
        .update(characters)
        .set({ dossier: result.document })
        .where(and(eq(characters.id, result.characterId), eq(characters.showId, task.showId)));
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
