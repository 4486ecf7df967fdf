import { dossierOf, loadCharacter } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import { PipelineStepError } from "../pipeline-errors";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { pollIntervalFor, runVideoJob } from "../run-video-job";
import { loadShowContext, mediaRefs, paletteText } from "../show-context";
import { pointCharacterAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";
import type { CharacterAssetResult } from "./portrait-kind";
import { videoCancelNote } from "./video-cancel-note";

/** Dossier + portrait → an 8-second character showcase video. */
export const characterVideoKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, CharacterAssetResult>({
    id: "character_video",
    label: "Character video",
    input: promptOverrideInput,
    timeoutSeconds: 15 * 60,
    retry: { maxAttempts: 3, baseDelayMs: 10_000 },
    concurrency: 2,
    async handler(context) {
      const { task } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const character = await loadCharacter(services.db, task.showId, task.target ?? "");
      const dossier = dossierOf(character);
      const portrait = (
        await mediaRefs(services.db, services.media, [character.portraitAssetId])
      ).get(character.portraitAssetId ?? "");
      if (!dossier || !portrait) {
        throw new PipelineStepError(
          `${character.name} needs a dossier and a portrait before a video`,
        );
      }
      const prompt = await renderPrompt(services.db, "character_video", {
        name: dossier.name,
        title: blueprint.title,
        showcaseScene: dossier.showcaseScene,
        medium: blueprint.productionStyle.medium,
        palette: paletteText(blueprint),
      });
      const provider = services.providers.video(settings.video);
      const asset = await runVideoJob(context, {
        provider,
        label: dossier.name,
        kind: "character_video",
        media: services.media,
        services,
        pollIntervalMs: pollIntervalFor(provider),
        request: {
          prompt,
          references: [portrait],
          durationSeconds: 8,
          aspect: "16:9",
          resolution: "720p",
          audio: true,
          model: settings.video.model,
          context: { purpose: "character_video", blueprint, dossier, portrait },
        },
      });
      return { asset, characterId: character.id };
    },
    async onSucceeded({ scope, task, result }) {
      await pointCharacterAt(scope.tx, task, result.asset, result.characterId, "videoAssetId");
      return autopilotFollowUps(scope.tx, task.showId);
    },
    cancelNote: (task) => videoCancelNote(services, task.showId),
  });
