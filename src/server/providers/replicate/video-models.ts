import { ProviderError } from "../provider-error";
import { clamp, nearestAspect, nearestValue } from "./model-inputs";
import type { PreparedVideoRequest, ReplicateVideoModel } from "./models";

/**
 * Video models on Replicate, each with its own input names (from the models' published input
 * schemas, mid 2026). Durations and aspects snap to what a model offers; the returned `output`
 * is what it will actually make and bill.
 */

/**
 * google/veo-3.1: `image` is a start frame, `reference_images` (1–3) keep subjects consistent but
 * only run at 16:9 for 8 seconds. An episode clip animates its still; a character video uses
 * its portrait as a subject reference.
 */
const veo31: ReplicateVideoModel = {
  kind: "video",
  id: "google/veo-3.1",
  label: "Veo 3.1",
  maxReferences: 3,
  buildInput(request) {
    const startFrame =
      request.context.purpose === "episode_clip" ? request.referenceUris[0] : undefined;
    const subjects = startFrame ? [] : request.referenceUris;
    const usesSubjects = subjects.length > 0;
    const durationSeconds = usesSubjects ? 8 : nearestValue(request.durationSeconds, [4, 6, 8]);
    return {
      input: {
        prompt: request.prompt,
        aspect_ratio: usesSubjects ? "16:9" : nearestAspect(request.aspect, ["16:9", "9:16"]),
        duration: durationSeconds,
        resolution: request.resolution,
        generate_audio: request.audio,
        ...(startFrame ? { image: startFrame } : {}),
        ...(usesSubjects ? { reference_images: subjects } : {}),
      },
      output: { durationSeconds, resolution: request.resolution, audio: request.audio },
    };
  },
};

/** google/veo-3.1-fast: cheaper, no subject references; a still or portrait becomes the start frame. */
const veo31Fast: ReplicateVideoModel = {
  kind: "video",
  id: "google/veo-3.1-fast",
  label: "Veo 3.1 Fast",
  maxReferences: 1,
  buildInput(request) {
    const startFrame = request.referenceUris[0];
    const durationSeconds = nearestValue(request.durationSeconds, [4, 6, 8]);
    return {
      input: {
        prompt: request.prompt,
        aspect_ratio: nearestAspect(request.aspect, ["16:9", "9:16"]),
        duration: durationSeconds,
        resolution: request.resolution,
        generate_audio: request.audio,
        ...(startFrame ? { image: startFrame } : {}),
      },
      output: { durationSeconds, resolution: request.resolution, audio: request.audio },
    };
  },
};

/** Kling's tiers are named for quality; they decide the resolution: standard 720p, pro 1080p. */
const klingMode = (request: PreparedVideoRequest) =>
  request.resolution === "1080p" ? "pro" : "standard";

/** kwaivgi/kling-v2.1: image-to-video only (`start_image` is required), 5 or 10 seconds, silent. */
const klingV21: ReplicateVideoModel = {
  kind: "video",
  id: "kwaivgi/kling-v2.1",
  label: "Kling 2.1",
  maxReferences: 1,
  buildInput(request) {
    const startImage = request.referenceUris[0];
    if (!startImage) {
      throw new ProviderError({
        provider: "replicate",
        code: "invalid_input",
        userMessage:
          "Kling 2.1 animates a start image and this video has none. Pick Kling 3 or Veo 3.1 for it.",
      });
    }
    const durationSeconds = nearestValue(request.durationSeconds, [5, 10]);
    return {
      input: {
        prompt: request.prompt,
        start_image: startImage,
        mode: klingMode(request),
        duration: durationSeconds,
      },
      output: { durationSeconds, resolution: request.resolution, audio: false },
    };
  },
};

/** kwaivgi/kling-v3-video: text or start image, 3–15 seconds, optional native audio. */
const klingV3: ReplicateVideoModel = {
  kind: "video",
  id: "kwaivgi/kling-v3-video",
  label: "Kling 3",
  maxReferences: 1,
  buildInput(request) {
    const startImage = request.referenceUris[0];
    const durationSeconds = clamp(Math.round(request.durationSeconds), 3, 15);
    return {
      input: {
        prompt: request.prompt,
        mode: klingMode(request),
        aspect_ratio: nearestAspect(request.aspect, ["16:9", "9:16", "1:1"]),
        duration: durationSeconds,
        generate_audio: request.audio,
        ...(startImage ? { start_image: startImage } : {}),
      },
      output: { durationSeconds, resolution: request.resolution, audio: request.audio },
    };
  },
};

export const builtInVideoModels: readonly ReplicateVideoModel[] = [
  veo31,
  veo31Fast,
  klingV21,
  klingV3,
];
