export { createOpenAIImageProvider, type OpenAIImageProviderOptions } from "./image-provider";
export {
  followsOpenAISchedule,
  isShutDown,
  type ModelShutdown,
  openAIModelShutdowns,
  replacementAdvice,
  shutdownOf,
  utcDay,
} from "./model-lifecycle";
export { createOpenAIClient, type OpenAIConnection, openAIProviderId } from "./openai-client";
export { mapOpenAIError } from "./openai-errors";
export { shutDownModelMessage } from "./shut-down-model";
export { createOpenAISpeechProvider, type OpenAISpeechProviderOptions } from "./speech-provider";
export { toStrictJsonSchema } from "./strict-json-schema";
export { createOpenAITextProvider, type OpenAITextProviderOptions } from "./text-provider";
