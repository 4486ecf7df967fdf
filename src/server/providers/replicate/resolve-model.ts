import { ProviderError } from "../provider-error";
import type {
  ReplicateImageModel,
  ReplicateModel,
  ReplicateModelRegistry,
  ReplicateMusicModel,
  ReplicateSpeechModel,
  ReplicateVideoModel,
  ResolvedModel,
} from "./models";
import { replicateProviderId } from "./replicate-errors";

type ModelOfKind<K extends ReplicateModel["kind"]> = K extends "video"
  ? ReplicateVideoModel
  : K extends "speech"
    ? ReplicateSpeechModel
    : K extends "music"
      ? ReplicateMusicModel
      : ReplicateImageModel;

const madeBy: Record<ReplicateModel["kind"], string> = {
  video: "videos",
  image: "images",
  speech: "speech",
  music: "music",
};

/** The registered model for a request, or a terminal error naming what to configure. */
export function resolveModel<K extends ReplicateModel["kind"]>(
  registry: ReplicateModelRegistry,
  modelId: string,
  kind: K,
): ResolvedModel<ModelOfKind<K>> {
  const resolved = registry.resolve(modelId);
  if (!resolved) {
    throw new ProviderError({
      provider: replicateProviderId,
      code: "invalid_input",
      userMessage: `Replicate model "${modelId}" has no input mapping here. Pick a listed model in Settings or add a mapping for it to the configuration.`,
    });
  }
  if (resolved.model.kind !== kind) {
    throw new ProviderError({
      provider: replicateProviderId,
      code: "invalid_input",
      userMessage: `${resolved.model.label} makes ${madeBy[resolved.model.kind]}, not ${madeBy[kind]}. Pick another model in Settings.`,
    });
  }
  return resolved as ResolvedModel<ModelOfKind<K>>;
}

/** Display name for a prediction's model, e.g. when resuming with only a prediction id. */
export function labelForModel(registry: ReplicateModelRegistry, modelId: string): string {
  return registry.resolve(modelId)?.model.label ?? modelId;
}
