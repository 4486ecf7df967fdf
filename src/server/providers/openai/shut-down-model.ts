import { ProviderError } from "../provider-error";
import { followsOpenAISchedule, isShutDown } from "./model-lifecycle";
import { openAIProviderId } from "./openai-client";

/** What a model makes, in the words of a show's settings. */
export type OpenAIModelKind = "text" | "image" | "speech";

/** The one sentence a task ends with when its model is gone: what happened and what to do. */
export const shutDownModelMessage = (model: string, kind: OpenAIModelKind): string =>
  `OpenAI has shut down ${model}; choose another ${kind} model in the show's settings.`;

/** OpenAI's words for a model it retired ("The model `x` has been deprecated, learn more…"). */
export const mentionsShutdown = (vendorMessage: string): boolean =>
  /\bdeprecated\b|\bshut ?down\b|\bretired\b/i.test(vendorMessage);

export interface ShutdownCheckOptions {
  /** The current moment, for the schedule; tests pass their own "today". */
  now?: () => Date;
  /**
   * Refuse a model past its shutdown date before calling. Defaults to true against api.openai.com
   * only: another OpenAI-compatible server decides for itself (model-lifecycle.ts).
   */
  enforceShutdowns?: boolean;
}

/**
 * Fails fast, before any request, when the show names a model OpenAI no longer serves: the task
 * ends with a sentence the user can act on instead of a paid-looking attempt and a vendor 404.
 */
export function refuseShutDownModel(
  model: string,
  kind: OpenAIModelKind,
  options: ShutdownCheckOptions & { baseURL?: string },
): void {
  const enforce = options.enforceShutdowns ?? followsOpenAISchedule(options.baseURL);
  if (enforce && isShutDown(model, options.now?.() ?? new Date())) {
    throw new ProviderError({
      provider: openAIProviderId,
      code: "not_found",
      userMessage: shutDownModelMessage(model, kind),
    });
  }
}
