import { z } from "zod";
import type { AssetDraft } from "../../shows/assets";
import { loadEpisode, loadShow } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { generateAudioAsset } from "../generate-audio";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { pointEpisodeAt, pointShowAt } from "../show-pointers";
import { trailerScoreTarget } from "../storyboard/board-ref";
import { scoreHash } from "../storyboard/content-hashes";
import { loadStoryboardPlan, loadTrailerPlan } from "../storyboard/load-storyboard";
import { applyTestHooks } from "../test-hooks";

interface ScoreResult {
  asset: AssetDraft;
  /** The episode scored, or null for the trailer's bed. */
  episodeId: string | null;
}

/**
 * An episode's cold open (target: the episode id) or the trailer (target `trailer`) → its music
 * bed, from the show's mood at the pace of its genre.
 */
export const scoreKind = (services: PipelineServices) =>
  defineTaskKind<Record<string, never>, ScoreResult>({
    id: "score",
    label: "Score",
    input: z.object({}).strict(),
    timeoutSeconds: 600,
    concurrency: 1,
    async handler(context) {
      const { task, progress } = context;
      const show = await loadShow(services.db, task.showId);
      const episode =
        task.target === trailerScoreTarget
          ? null
          : await loadEpisode(services.db, task.showId, task.target ?? "");
      const { input, plan } = episode
        ? await loadStoryboardPlan(services.db, show.id, episode)
        : await loadTrailerPlan(services.db, show.id);
      const { settings, blueprint } = input;
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const { mood, pace, durationSeconds } = plan.score;
      const provider = services.providers.audio(settings.music);
      progress(
        0.1,
        `${settings.music.model} · scoring ${episode ? `episode ${episode.number}` : "the trailer"}`,
      );
      const asset = await generateAudioAsset(context, services, provider, "score", {
        type: "music",
        request: {
          prompt: await renderPrompt(services.db, "score", {
            seconds: durationSeconds,
            title: blueprint.title,
            genre: blueprint.genre,
            mood: mood.join(", "),
            pace,
          }),
          durationSeconds,
          context: { purpose: "score", blueprint, mood, pace },
          model: settings.music.model,
        },
      });
      return {
        asset: { ...asset, contentHash: scoreHash(mood, pace, durationSeconds, settings.music) },
        episodeId: episode?.id ?? null,
      };
    },
    async onSucceeded({ scope, task, result }) {
      if (result.episodeId) {
        await pointEpisodeAt(scope.tx, task, result.asset, result.episodeId, "scoreAssetId");
      } else {
        await pointShowAt(scope.tx, task, result.asset, "trailerScoreAssetId");
      }
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
