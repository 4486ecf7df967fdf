import { nearestAspect, roundToMultiple } from "./model-inputs";
import type { ReplicateImageModel } from "./models";

/**
 * Image models on Replicate (input names from their published schemas, mid 2026). None takes an
 * exact pixel size except FLUX; the provider crops the result to the size asked for.
 */

const longestEdge = (size: { width: number; height: number }) => Math.max(size.width, size.height);

/** google/nano-banana-pro: up to 14 reference images, named resolution tiers. */
const nanoBananaPro: ReplicateImageModel = {
  kind: "image",
  id: "google/nano-banana-pro",
  label: "Nano Banana Pro",
  maxReferences: 14,
  buildInput(request) {
    const edge = longestEdge(request.size);
    return {
      prompt: request.prompt,
      image_input: request.referenceUris,
      aspect_ratio: nearestAspect(request.size, [
        "1:1",
        "2:3",
        "3:2",
        "3:4",
        "4:3",
        "4:5",
        "5:4",
        "9:16",
        "16:9",
        "21:9",
      ]),
      resolution: edge <= 1024 ? "1K" : edge <= 2048 ? "2K" : "4K",
      output_format: "png",
    };
  },
};

/**
 * black-forest-labs/flux-1.1-pro: text only (the current version has no image input), custom
 * width and height up to 1440 in multiples of 32. It bills per image, so it renders as large as
 * it can in the requested shape and the provider scales down.
 */
const flux11Pro: ReplicateImageModel = {
  kind: "image",
  id: "black-forest-labs/flux-1.1-pro",
  label: "FLUX 1.1 Pro",
  maxReferences: 0,
  buildInput(request) {
    const scale = 1440 / longestEdge(request.size);
    return {
      prompt: request.prompt,
      aspect_ratio: "custom",
      width: roundToMultiple(request.size.width * scale, 32, 256, 1440),
      height: roundToMultiple(request.size.height * scale, 32, 256, 1440),
      output_format: "png",
    };
  },
};

/** bytedance/seedream-4.5: up to 14 references, 2K or 4K, answers with a list of images. */
const seedream45: ReplicateImageModel = {
  kind: "image",
  id: "bytedance/seedream-4.5",
  label: "Seedream 4.5",
  maxReferences: 14,
  buildInput(request) {
    return {
      prompt: request.prompt,
      image_input: request.referenceUris,
      size: longestEdge(request.size) > 2048 ? "4K" : "2K",
      aspect_ratio: nearestAspect(request.size, [
        "1:1",
        "4:3",
        "3:4",
        "16:9",
        "9:16",
        "3:2",
        "2:3",
        "21:9",
      ]),
      sequential_image_generation: "disabled",
      max_images: 1,
    };
  },
};

export const builtInImageModels: readonly ReplicateImageModel[] = [
  nanoBananaPro,
  flux11Pro,
  seedream45,
];
