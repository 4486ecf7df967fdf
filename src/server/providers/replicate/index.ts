export { createReplicateAudioProvider, type ReplicateAudioProviderOptions } from "./audio-provider";
export { createReplicateImageProvider, type ReplicateImageProviderOptions } from "./image-provider";
export {
  modelFromMapping,
  type ReplicateModelMapping,
  replicateModelMappingSchema,
} from "./model-mapping";
export {
  createReplicateModelRegistry,
  type ReplicateImageModel,
  type ReplicateModel,
  type ReplicateModelRegistry,
  type ReplicateMusicModel,
  type ReplicateSpeechModel,
  type ReplicateVideoModel,
} from "./models";
export { progressFromLogs } from "./prediction-status";
export type { ReplicateConnection } from "./replicate-client";
export { mapReplicateError, replicateProviderId } from "./replicate-errors";
export { createReplicateVideoProvider, type ReplicateVideoProviderOptions } from "./video-provider";
export { verifyReplicateWebhook, type WebhookVerification } from "./webhook";
