import type { FrameCastMember } from "../../providers/types";
import type { AssetDraft } from "../../shows/assets";
import { loadShot, shotSpecOf } from "../../shows/shot-records";
import { dossierOf, loadCharacters, seedOf } from "../../shows/show-records";
import { defineTaskKind } from "../../tasks/task-kind";
import { autopilotFollowUps } from "../autopilot-rules";
import { generateImageAsset } from "../generate-image";
import { type PromptOverrideInput, promptOverrideInput } from "../moderation-rewrite";
import type { PipelineServices } from "../pipeline-services";
import { renderPrompt } from "../prompt-templates";
import { loadShowContext, mediaRefs, paletteText } from "../show-context";
import { frameHash } from "../storyboard/content-hashes";
import { pointShotAt } from "../storyboard/point-shot";
import { describeHeading } from "../storyboard/shot-words";
import { frameStyle } from "../storyboard/storyboard-plan";
import { applyTestHooks } from "../test-hooks";

interface FrameResult {
  asset: AssetDraft;
  shotId: string;
  episodeId: string | null;
}

/** A shot → its storyboard frame: the shot's characters drawn from their portraits, in style. */
export const storyboardFrameKind = (services: PipelineServices) =>
  defineTaskKind<PromptOverrideInput, FrameResult>({
    id: "storyboard_frame",
    label: "Frame",
    input: promptOverrideInput,
    timeoutSeconds: 300,
    concurrency: 2,
    async handler(context) {
      const { task, progress } = context;
      const { blueprint, settings } = await loadShowContext(services.db, task.showId);
      await applyTestHooks(services.env.GREENLIGHT_TEST_HOOKS, settings, context);
      const shot = await loadShot(services.db, task.showId, task.target ?? "");
      const spec = shotSpecOf(shot);
      const everyone = new Map(
        (await loadCharacters(services.db, task.showId)).map((member) => [member.id, member]),
      );
      const inShot = spec.characterIds.flatMap((id) => {
        const member = everyone.get(id);
        return member ? [member] : [];
      });
      const refs = await mediaRefs(
        services.db,
        services.media,
        inShot.map((member) => member.portraitAssetId),
      );
      const cast: FrameCastMember[] = inShot.map((member) => ({
        id: member.id,
        name: member.name,
        position: member.position,
        dossier: dossierOf(member),
        portrait: member.portraitAssetId ? (refs.get(member.portraitAssetId) ?? null) : null,
      }));
      const prompt = await renderPrompt(services.db, "storyboard_frame", {
        title: blueprint.title,
        medium: blueprint.productionStyle.medium,
        palette: paletteText(blueprint),
        lighting: blueprint.visualAesthetics.lighting,
        scene: describeHeading(spec.scene),
        framing: spec.framing,
        cameraMove: spec.cameraMove,
        action: spec.action,
        cast:
          inShot.map((member) => `${member.name}: ${seedOf(member).keyVisualTrait}`).join("; ") ||
          "no one",
      });
      const provider = services.providers.image(settings.image);
      progress(0.1, `${settings.image.model} · drawing the frame`);
      const drawn = await generateImageAsset(context, services, provider, "storyboard_frame", {
        prompt,
        references: [...refs.values()].slice(0, 4),
        size: { width: 1280, height: 720 },
        context: { purpose: "storyboard_frame", blueprint, shot: spec, cast },
        model: settings.image.model,
      });
      const asset: AssetDraft = {
        ...drawn,
        sourceAssetIds: inShot.flatMap((member) =>
          member.portraitAssetId ? [member.portraitAssetId] : [],
        ),
        contentHash: frameHash(
          spec,
          spec.characterIds.map((id) => everyone.get(id)?.portraitAssetId ?? null),
          settings.image,
          frameStyle(blueprint),
        ),
      };
      return { asset, shotId: shot.id, episodeId: shot.episodeId };
    },
    async onSucceeded({ scope, task, result }) {
      await pointShotAt(
        scope.tx,
        task,
        result.asset,
        result.shotId,
        "frameAssetId",
        result.episodeId,
      );
      return autopilotFollowUps(scope.tx, task.showId);
    },
  });
