import type { AssetDraft } from "../../shows/assets";
import { loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { requireCurrentGrid } from "../current-grid";
import { generateImageAsset } from "../generate-image";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { castLine, loadShowContext, mediaRefs, paletteText } from "../show-context";
import { pointShowAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";

/** Blueprint + grid → the library poster (the show's face in the library). */
export const posterKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, { asset: AssetDraft }>({
    id: "poster",
    label: "Library poster",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    async handler(context) {
      const { task, progress } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      // The grid of the current cast, never one a later portrait made stale (the cast shot).
      const gridAssetId = await requireCurrentGrid(services.db, task.showId);
      // A skipped character (its portrait failed; the user went on without it) is not in the cast.
      const cast = (await loadCharacters(services.db, task.showId)).filter(
        (member) => !member.skipped,
      );
      const refs = await mediaRefs(services.db, services.media, [
        gridAssetId,
        ...cast.map((member) => member.portraitAssetId),
      ]);
      const prompt = await renderPrompt(services.db, "poster", {
        title: blueprint.title,
        tagline: blueprint.tagline,
        posterDescription: blueprint.posterDescription,
        cast: castLine(cast),
        medium: blueprint.productionStyle.medium,
        palette: paletteText(blueprint),
      });
      const grid = gridAssetId ? (refs.get(gridAssetId) ?? null) : null;
      const provider = services.providers.image(settings.image);
      progress(0.1, `${settings.image.model} · designing the poster`);
      const size = { width: 1024, height: 1536 };
      const asset = await generateImageAsset(context, services, provider, "poster", {
        prompt,
        references: grid ? [grid] : [],
        size,
        context: {
          purpose: "poster",
          blueprint,
          grid,
          cast: cast.map((member) => ({
            name: member.name,
            role: (member.seed as { role?: string }).role ?? "",
            portrait: member.portraitAssetId ? (refs.get(member.portraitAssetId) ?? null) : null,
          })),
        },
        model: settings.image.model,
      });
      return { asset };
    },
    async onSucceeded({ scope, task, result }) {
      await pointShowAt(scope.tx, task, result.asset, "posterAssetId");
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
