import type { AssetDraft } from "../../shows/assets";
import { isTrailerShot, loadShot, shotSpecOf } from "../../shows/shot-records";
import { loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { pollIntervalFor, runVideoJob } from "../run-video-job";
import { loadShowContext, mediaRefs } from "../show-context";
import { clipHash } from "../storyboard/content-hashes";
import { pointShotAt } from "../storyboard/point-shot";
import { describeHeading } from "../storyboard/shot-words";
import { applyTestHooks } from "../test-hooks";
import { videoCancelNote } from "./video-cancel-note";

interface ShotClipResult {
  asset: AssetDraft;
  shotId: string;
  episodeId: string | null;
}

/**
 * Clips at a time per worker. The work is the provider's (a Veo clip takes minutes there); this
 * process only polls and stores the result. A trailer asks for about eight at once: two at a
 * time per worker made it four rounds of waiting.
 */
export const shotClipConcurrency = 4;

/**
 * A shot's frame → a moving clip of it (image-to-video), one checkpointed paid job within the
 * model's length limit (models snap the length; the cut trims or holds it to the shot's).
 * An episode's are optional (the animatic moves the frame itself); the trailer's board asks for
 * one per picture shot on a video model (trailer-rules.ts).
 */
export const shotClipKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, ShotClipResult>({
    id: "shot_clip",
    label: "Shot clip",
    input: promptOverrideInput,
    timeoutSeconds: 15 * 60,
    retry: { maxAttempts: 3, baseDelayMs: 10_000 },
    concurrency: shotClipConcurrency,
    async handler(context) {
      const { task } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const shot = await loadShot(services.db, task.showId, task.target ?? "");
      const spec = shotSpecOf(shot);
      // A trailer shot moves in the trailer's shape; an episode's in 16:9.
      const aspect = isTrailerShot(shot) ? settings.trailer.aspect : "16:9";
      const seconds = Math.ceil(spec.durationSeconds);
      const frame = (await mediaRefs(services.db, services.media, [shot.frameAssetId])).get(
        shot.frameAssetId ?? "",
      );
      if (!frame) {
        throw new PipelineStepError("This shot needs a frame before a clip; draw its frame first");
      }
      const names = new Map(
        (await loadCharacters(services.db, task.showId)).map((member) => [member.id, member.name]),
      );
      const prompt = await renderPrompt(services.db, "shot_clip", {
        title: blueprint.title,
        medium: blueprint.productionStyle.medium,
        scene: describeHeading(spec.scene),
        framing: spec.framing,
        cameraMove: spec.cameraMove,
        action: spec.action,
        cast: spec.characterIds
          .map((id) => names.get(id) ?? "")
          .filter(Boolean)
          .join(", "),
      });
      const provider = services.providers.video(settings.video);
      const asset = await runVideoJob(context, {
        provider,
        label: "Shot clip",
        kind: "shot_clip",
        media: services.media,
        services,
        pollIntervalMs: pollIntervalFor(provider),
        request: {
          prompt,
          references: [frame],
          durationSeconds: seconds,
          aspect,
          resolution: "720p",
          audio: false,
          model: settings.video.model,
          // The start frame is the shot's frame, exactly as an episode clip starts on its still.
          context: {
            purpose: "episode_clip",
            blueprint,
            episode: {
              number: shot.position + 1,
              title: describeHeading(spec.scene),
              logline: spec.action,
            },
            still: frame,
          },
        },
      });
      return {
        asset: {
          ...asset,
          sourceAssetIds: [shot.frameAssetId!],
          contentHash: clipHash(shot.frameAssetId!, seconds, aspect, settings.video),
        },
        shotId: shot.id,
        episodeId: shot.episodeId,
      };
    },
    async onSucceeded({ scope, task, result }) {
      await pointShotAt(
        scope.tx,
        task,
        result.asset,
        result.shotId,
        "clipAssetId",
        result.episodeId,
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
    cancelNote: (task) => videoCancelNote(services, task.showId),
  });
