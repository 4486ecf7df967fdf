import type { AssetDraft } from "../../shows/assets";
import { dossierOf, loadCharacter, loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { generateImageAsset } from "../generate-image";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { loadShowContext, mediaRefs, paletteText } from "../show-context";
import { pointCharacterAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";

export interface CharacterAssetResult {
  asset: AssetDraft;
  characterId: string;
}

/** Dossier → portrait. Every portrait refreshes the cast grid. */
export const portraitKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, CharacterAssetResult>({
    id: "portrait",
    label: "Portrait",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    concurrency: 2,
    async handler(context) {
      const { task, progress } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const character = await loadCharacter(services.db, task.showId, task.target ?? "");
      const dossier = dossierOf(character);
      if (!dossier) {
        throw new PipelineStepError(
          `${character.name} has no dossier yet; generate the dossier first`,
        );
      }
      const seed = (character.seed ?? {}) as { keyVisualTrait?: string };
      const prompt = await renderPrompt(
        services.db,
        "portrait",
        {
          name: dossier.name,
          role: dossier.role,
          title: blueprint.title,
          appearance: dossier.appearance,
          wardrobe: dossier.wardrobe,
          keyVisualTrait: seed.keyVisualTrait ?? "",
          portraitGuidance: dossier.portraitGuidance,
          medium: blueprint.productionStyle.medium,
          palette: paletteText(blueprint),
          lighting: blueprint.visualAesthetics.lighting,
        },
        character.portraitPrompt,
      );
      // The show's style reference: another character's current portrait, so a cast painted by an
      // image model keeps one look (the offline painter keeps it by construction).
      const styleSource = (await loadCharacters(services.db, task.showId)).find(
        (member) => member.id !== character.id && member.portraitAssetId,
      );
      const styleRefs = await mediaRefs(services.db, services.media, [
        styleSource?.portraitAssetId ?? null,
      ]);
      const provider = services.providers.image(settings.image);
      progress(0.1, `${settings.image.model} · painting ${dossier.name}`);
      const size = { width: 1024, height: 1024 };
      const asset = await generateImageAsset(context, services, provider, "portrait", {
        prompt,
        references: [...styleRefs.values()],
        size,
        context: { purpose: "portrait", blueprint, dossier, characterIndex: character.position },
        model: settings.image.model,
      });
      return { asset, characterId: character.id };
    },
    async onSucceeded({ scope, task, result }) {
      await pointCharacterAt(scope.tx, task, result.asset, result.characterId, "portraitAssetId");
      // The grid no longer covers the cast: autopilot-rules asks for it (and what follows).
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
