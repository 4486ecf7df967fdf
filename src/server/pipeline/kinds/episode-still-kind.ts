import type { AssetDraft } from "../../shows/assets";
import { episodeOutlineSchema } from "../../shows/documents";
import { loadCharacters, loadEpisode } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { generateImageAsset } from "../generate-image";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { loadShowContext, mediaRefs, paletteText } from "../show-context";
import { pointEpisodeAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";

export interface EpisodeAssetResult {
  asset: AssetDraft;
  episodeId: string;
}

/** Episode logline + cast portraits → a 16:9 episode still. */
export const episodeStillKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, EpisodeAssetResult>({
    id: "episode_still",
    label: "Episode still",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    concurrency: 2,
    async handler(context) {
      const { task, progress } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const episode = await loadEpisode(services.db, task.showId, task.target ?? "");
      const outline = episodeOutlineSchema.parse(episode.outline);
      const allCast = await loadCharacters(services.db, task.showId);
      const text = `${outline.logline} ${outline.aPlot} ${outline.bPlot}`;
      const featured = allCast.filter((member) => text.includes(member.name.split(" ")[0]!));
      const cast = featured.length > 0 ? featured : allCast.slice(0, 3);
      const refs = await mediaRefs(
        services.db,
        services.media,
        cast.map((member) => member.portraitAssetId),
      );
      const prompt = await renderPrompt(services.db, "episode_still", {
        number: episode.number,
        title: blueprint.title,
        episodeTitle: outline.title,
        episodeLogline: outline.logline,
        medium: blueprint.productionStyle.medium,
        palette: paletteText(blueprint),
      });
      const provider = services.providers.image(settings.image);
      progress(0.1, `${settings.image.model} · framing episode ${episode.number}`);
      const asset = await generateImageAsset(context, services, provider, "episode_still", {
        prompt,
        references: [...refs.values()].slice(0, 3),
        size: { width: 1280, height: 720 },
        context: {
          purpose: "episode_still",
          blueprint,
          episode: { number: episode.number, title: outline.title, logline: outline.logline },
          cast: cast.map((member) => ({
            name: member.name,
            portrait: member.portraitAssetId ? (refs.get(member.portraitAssetId) ?? null) : null,
          })),
        },
        model: settings.image.model,
      });
      return { asset, episodeId: episode.id };
    },
    async onSucceeded({ scope, task, result }) {
      await pointEpisodeAt(scope.tx, task, result.asset, result.episodeId, "stillAssetId");
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
