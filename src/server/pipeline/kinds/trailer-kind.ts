import type { AssetDraft } from "../../shows/assets";
import { loadCharacters } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { requireCurrentGrid } from "../current-grid";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { pollIntervalFor, runVideoJob } from "../run-video-job";
import { castLine, loadShowContext, mediaRefs } from "../show-context";
import { pointShowAt } from "../show-pointers";
import { applyTestHooks } from "../test-hooks";
import { videoCancelNote } from "./video-cancel-note";

/** Blueprint + cast + poster → the trailer. */
export const trailerKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, { asset: AssetDraft }>({
    id: "trailer",
    label: "Trailer",
    input: promptOverrideInput,
    timeoutSeconds: 20 * 60,
    retry: { maxAttempts: 3, baseDelayMs: 10_000 },
    async handler(context) {
      const { task } = context;
      const { show, blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      // The grid of the current cast, never one a later portrait made stale (the cast shot).
      const gridAssetId = await requireCurrentGrid(services.db, task.showId);
      // A skipped character (its portrait failed; the user went on without it) is not in the cast.
      const cast = (await loadCharacters(services.db, task.showId)).filter(
        (member) => !member.skipped,
      );
      const refs = await mediaRefs(services.db, services.media, [
        show.posterAssetId,
        gridAssetId,
        ...cast.map((member) => member.portraitAssetId),
      ]);
      const prompt = await renderPrompt(services.db, "trailer", {
        title: blueprint.title,
        logline: blueprint.logline,
        cast: castLine(cast),
        medium: blueprint.productionStyle.medium,
        mood: blueprint.moodKeywords.join(", "),
        camera: blueprint.visualAesthetics.camera,
      });
      const poster = show.posterAssetId ? (refs.get(show.posterAssetId) ?? null) : null;
      const grid = gridAssetId ? (refs.get(gridAssetId) ?? null) : null;
      const portrayed = cast.filter((member) => member.portraitAssetId).length;
      await context.log(`Cast shot from the grid of ${portrayed} portraits`, { gridAssetId });
      const provider = services.providers.video(settings.video);
      const asset = await runVideoJob(context, {
        provider,
        label: "Trailer",
        kind: "trailer",
        media: services.media,
        services,
        pollIntervalMs: pollIntervalFor(provider),
        request: {
          prompt,
          references: [poster ?? grid].filter((ref) => ref !== null),
          durationSeconds: 30,
          aspect: "16:9",
          resolution: "720p",
          audio: true,
          model: settings.video.model,
          context: {
            purpose: "trailer",
            blueprint,
            poster,
            grid,
            cast: cast.map((member) => ({
              name: member.name,
              role: (member.seed as { role?: string }).role ?? "",
              portrait: member.portraitAssetId ? (refs.get(member.portraitAssetId) ?? null) : null,
            })),
          },
        },
      });
      return { asset };
    },
    async onSucceeded({ scope, task, result }) {
      await pointShowAt(scope.tx, task, result.asset, "trailerAssetId");
      return autopilotFollowUps(scope.tx, task.showId);
    },
    cancelNote: (task) => videoCancelNote(services, task.showId),
  });
