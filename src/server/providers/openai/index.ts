export { createOpenAIImageProvider, type OpenAIImageProviderOptions } from "./image-provider";
export { createOpenAIClient, type OpenAIConnection, openAIProviderId } from "./openai-client";
export { mapOpenAIError } from "./openai-errors";
export { createOpenAISpeechProvider, type OpenAISpeechProviderOptions } from "./speech-provider";
export { toStrictJsonSchema } from "./strict-json-schema";
export { createOpenAITextProvider, type OpenAITextProviderOptions } from "./text-provider";
