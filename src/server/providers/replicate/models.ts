import type { ImageRequest, VideoRequest } from "../types";
import { builtInImageModels } from "./image-models";
import { builtInVideoModels } from "./video-models";

/** A request with its reference images already encoded for Replicate (data URIs). */
export interface PreparedVideoRequest extends VideoRequest {
  referenceUris: string[];
}

export interface PreparedImageRequest extends ImageRequest {
  referenceUris: string[];
}

/** What a video model will actually produce, which is what it bills. */
export interface VideoOutputSpec {
  durationSeconds: number;
  resolution: "720p" | "1080p";
  audio: boolean;
}

interface ModelBase {
  /** "owner/name". A request may pin a version with "owner/name:<version id>". */
  id: string;
  /** Short display name for stage text: "Veo 3.1". */
  label: string;
  /** How many reference images are encoded and sent; the rest are dropped. */
  maxReferences: number;
}

export interface ReplicateVideoModel extends ModelBase {
  kind: "video";
  buildInput(request: PreparedVideoRequest): {
    input: Record<string, unknown>;
    output: VideoOutputSpec;
  };
}

export interface ReplicateImageModel extends ModelBase {
  kind: "image";
  buildInput(request: PreparedImageRequest): Record<string, unknown>;
}

export type ReplicateModel = ReplicateVideoModel | ReplicateImageModel;

/** Where a prediction is created: an official model by name, or a pinned version. */
export type PredictionTarget = { model: string } | { version: string };

export interface ResolvedModel<M extends ReplicateModel> {
  model: M;
  target: PredictionTarget;
}

export interface ReplicateModelRegistry {
  /** Adds or replaces a model (e.g. one configured with `modelFromMapping`). */
  registerModel(model: ReplicateModel): void;
  /** The model behind an id, with or without a version pin; undefined when unknown. */
  resolve(modelId: string): ResolvedModel<ReplicateModel> | undefined;
  list(): ReplicateModel[];
}

/**
 * The models this install can run: the built-ins (Veo 3.1, Kling, Nano Banana Pro, FLUX 1.1 Pro,
 * Seedream 4.5) plus any registered from configuration. Each maps our request onto the model's own
 * input names, which differ for every model.
 */
export function createReplicateModelRegistry(
  extra: readonly ReplicateModel[] = [],
): ReplicateModelRegistry {
  const models = new Map<string, ReplicateModel>();
  for (const model of [...builtInVideoModels, ...builtInImageModels, ...extra]) {
    models.set(model.id, model);
  }
  return {
    registerModel(model) {
      models.set(model.id, model);
    },
    resolve(modelId) {
      const [name = modelId, version] = modelId.split(":");
      const model = models.get(name);
      if (!model) {
        return undefined;
      }
      return { model, target: version ? { version } : { model: name } };
    },
    list: () => [...models.values()],
  };
}
