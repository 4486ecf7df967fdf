import { z } from "zod";
import { nearestAspect, nearestValue } from "./model-inputs";
import type { ReplicateImageModel, ReplicateModel, ReplicateVideoModel } from "./models";

const inputName = z.string().regex(/^[a-z_][a-z0-9_]*$/i, "a model input name");

/**
 * A model added by configuration: which of the model's input names receives each part of our
 * request. Omitted names are not sent. Example:
 * `{ "id": "acme/clipper", "label": "Clipper", "kind": "video",
 *    "inputs": { "image": "first_frame", "duration": "seconds", "durations": [5, 10] },
 *    "fixed": { "fps": 24 } }`
 */
export const replicateModelMappingSchema = z.object({
  id: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "owner/name"),
  label: z.string().min(1),
  kind: z.enum(["image", "video"]),
  inputs: z.object({
    prompt: inputName.default("prompt"),
    /** Receives the first reference image alone (a start frame, an image prompt). */
    image: inputName.optional(),
    /** Receives the reference images as a list. */
    images: inputName.optional(),
    maxReferences: z.number().int().min(0).max(16).default(1),
    aspectRatio: inputName.optional(),
    /** The values the model accepts ("16:9", …); ours snaps to the nearest. Default: sent as is. */
    aspectRatios: z
      .array(z.string().regex(/^\d+:\d+$/))
      .min(1)
      .optional(),
    /** Image models: pixel width and height. */
    width: inputName.optional(),
    height: inputName.optional(),
    /** Video models. */
    duration: inputName.optional(),
    durations: z.array(z.number().positive()).min(1).optional(),
    resolution: inputName.optional(),
    audio: inputName.optional(),
  }),
  /** Sent with every prediction, e.g. an output format. */
  fixed: z.record(z.string(), z.unknown()).default({}),
});
export type ReplicateModelMapping = z.input<typeof replicateModelMappingSchema>;

type Inputs = z.infer<typeof replicateModelMappingSchema>["inputs"];

function referenceInputs(inputs: Inputs, uris: string[]): Record<string, unknown> {
  const first = uris[0];
  return {
    ...(inputs.image && first ? { [inputs.image]: first } : {}),
    ...(inputs.images && uris.length > 0 ? { [inputs.images]: uris } : {}),
  };
}

/** Builds a registry model from a configured mapping (validated here). */
export function modelFromMapping(mapping: ReplicateModelMapping): ReplicateModel {
  const { id, label, kind, inputs, fixed } = replicateModelMappingSchema.parse(mapping);
  const aspectFor = (shape: string | { width: number; height: number }) =>
    inputs.aspectRatios
      ? nearestAspect(shape, inputs.aspectRatios)
      : typeof shape === "string"
        ? shape
        : nearestAspect(shape, ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9"]);

  if (kind === "image") {
    const model: ReplicateImageModel = {
      kind,
      id,
      label,
      maxReferences: inputs.maxReferences,
      buildInput: (request) => ({
        ...fixed,
        [inputs.prompt]: request.prompt,
        ...referenceInputs(inputs, request.referenceUris),
        ...(inputs.aspectRatio ? { [inputs.aspectRatio]: aspectFor(request.size) } : {}),
        ...(inputs.width ? { [inputs.width]: request.size.width } : {}),
        ...(inputs.height ? { [inputs.height]: request.size.height } : {}),
      }),
    };
    return model;
  }
  const model: ReplicateVideoModel = {
    kind,
    id,
    label,
    maxReferences: inputs.maxReferences,
    buildInput(request) {
      const durationSeconds = inputs.durations
        ? nearestValue(request.durationSeconds, inputs.durations)
        : request.durationSeconds;
      return {
        input: {
          ...fixed,
          [inputs.prompt]: request.prompt,
          ...referenceInputs(inputs, request.referenceUris),
          ...(inputs.aspectRatio ? { [inputs.aspectRatio]: aspectFor(request.aspect) } : {}),
          ...(inputs.duration ? { [inputs.duration]: durationSeconds } : {}),
          ...(inputs.resolution ? { [inputs.resolution]: request.resolution } : {}),
          ...(inputs.audio ? { [inputs.audio]: request.audio } : {}),
        },
        output: {
          durationSeconds,
          resolution: request.resolution,
          audio: Boolean(inputs.audio) && request.audio,
        },
      };
    },
  };
  return model;
}
