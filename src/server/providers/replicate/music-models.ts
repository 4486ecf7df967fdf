import { clamp } from "./model-inputs";
import type { ReplicateMusicModel } from "./models";

/**
 * Music models on Replicate (input names from their published schemas, mid 2026). A bed longer
 * than a model makes in one go comes back at the model's longest: the cut loops it.
 */

/**
 * meta/musicgen, pinned to the version with the stereo models: a text prompt, 1–30 seconds,
 * loudness-normalised WAV. A community model: it runs by version and bills GPU time.
 */
const musicgen: ReplicateMusicModel = {
  kind: "music",
  id: "meta/musicgen",
  label: "MusicGen",
  maxReferences: 0,
  version: "671ac645ce5e552cc63a54a2bbff63fcf798043055d2dac5fc9e36a837eedcfb",
  buildInput(request) {
    const durationSeconds = clamp(Math.round(request.durationSeconds), 1, 30);
    return {
      input: {
        prompt: request.prompt,
        model_version: "stereo-large",
        duration: durationSeconds,
        output_format: "wav",
        normalization_strategy: "loudness",
      },
      durationSeconds,
    };
  },
};

export const builtInMusicModels: readonly ReplicateMusicModel[] = [musicgen];
