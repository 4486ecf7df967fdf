import type {
  ImageRequest,
  MusicRequest,
  SpeechRequest,
  VideoRequest,
  VoiceOption,
} from "../types";
import { builtInImageModels } from "./image-models";
import { builtInMusicModels } from "./music-models";
import { builtInSpeechModels } from "./speech-models";
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
  /**
   * The version a community model runs when the id pins none (only official models run by name):
   * the 64-character version id.
   */
  version?: string;
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

export interface ReplicateSpeechModel extends ModelBase {
  kind: "speech";
  /** The voices it speaks with, for the voice picker and casting. */
  voices: readonly VoiceOption[];
  buildInput(request: SpeechRequest): Record<string, unknown>;
}

export interface ReplicateMusicModel extends ModelBase {
  kind: "music";
  /** What the prediction will make: its inputs and the seconds of music it bills for. */
  buildInput(request: MusicRequest): { input: Record<string, unknown>; durationSeconds: number };
}

export type ReplicateModel =
  | ReplicateVideoModel
  | ReplicateImageModel
  | ReplicateSpeechModel
  | ReplicateMusicModel;

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
 * Seedream 4.5, MiniMax Speech, MusicGen) plus any registered from configuration. Each maps our request onto the model's own
 * input names, which differ for every model.
 */
export function createReplicateModelRegistry(
  extra: readonly ReplicateModel[] = [],
): ReplicateModelRegistry {
  const models = new Map<string, ReplicateModel>();
  for (const model of [
    ...builtInVideoModels,
    ...builtInImageModels,
    ...builtInSpeechModels,
    ...builtInMusicModels,
    ...extra,
  ]) {
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
      if (version) {
        return { model, target: { version } };
      }
      // "owner/name:id" names the model in the prediction, so its `model` field comes back.
      return {
        model,
        target: model.version ? { version: `${name}:${model.version}` } : { model: name },
      };
    },
    list: () => [...models.values()],
  };
}
