import { episodeOutlineSchema } from "../../shows/documents";
import { loadEpisode } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { pollIntervalFor, runVideoJob } from "../run-video-job";
import { loadShowContext, mediaRefs } from "../show-context";
import { pointEpisodeAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";
import type { EpisodeAssetResult } from "./episode-still-kind";
import { videoCancelNote } from "./video-cancel-note";

/** Episode still → an 8-second episode clip. */
export const episodeClipKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, EpisodeAssetResult>({
    id: "episode_clip",
    label: "Episode clip",
    input: promptOverrideInput,
    timeoutSeconds: 15 * 60,
    retry: { maxAttempts: 3, baseDelayMs: 10_000 },
    concurrency: 2,
    async handler(context) {
      const { task } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const episode = await loadEpisode(services.db, task.showId, task.target ?? "");
      const outline = episodeOutlineSchema.parse(episode.outline);
      const still = (await mediaRefs(services.db, services.media, [episode.stillAssetId])).get(
        episode.stillAssetId ?? "",
      );
      if (!still) {
        throw new PipelineStepError(`Episode ${episode.number} needs a still before a clip`);
      }
      const prompt = await renderPrompt(services.db, "episode_clip", {
        number: episode.number,
        title: blueprint.title,
        episodeTitle: outline.title,
        episodeLogline: outline.logline,
        medium: blueprint.productionStyle.medium,
      });
      const provider = services.providers.video(settings.video);
      const asset = await runVideoJob(context, {
        provider,
        label: `Episode ${episode.number}`,
        kind: "episode_clip",
        media: services.media,
        services,
        pollIntervalMs: pollIntervalFor(provider),
        request: {
          prompt,
          references: [still],
          durationSeconds: 8,
          aspect: "16:9",
          resolution: "720p",
          audio: true,
          model: settings.video.model,
          context: {
            purpose: "episode_clip",
            blueprint,
            episode: { number: episode.number, title: outline.title, logline: outline.logline },
            still,
          },
        },
      });
      return { asset, episodeId: episode.id };
    },
    async onSucceeded({ scope, task, result }) {
      await pointEpisodeAt(scope.tx, task, result.asset, result.episodeId, "clipAssetId");
      return autopilotFollowUps(scope.tx, task.showId);
    },
    cancelNote: (task) => videoCancelNote(services, task.showId),
  });
