import type { Env } from "../config/env";
import { AppError } from "../errors";
import {
  followsOpenAISchedule,
  isShutDown,
  replacementAdvice,
  shutdownOf,
} from "../providers/openai/model-lifecycle";
import type { ProviderChoice } from "../shows/show-settings";
import { formatShutdownDate } from "./shutdown-date";

const choiceFields = ["text", "image", "video", "audio", "music"] as const;

type ChoiceFields = Partial<Record<(typeof choiceFields)[number], ProviderChoice>>;

/**
 * Saved settings may not name a model OpenAI has shut down: the save answers 400 naming the field
 * and what to choose instead, rather than the show's next paid task failing on it. Only where this
 * server talks to OpenAI itself: another OpenAI-compatible server keeps its own list of names.
 */
export function rejectShutDownModels(
  settings: ChoiceFields | undefined,
  { env, today = new Date() }: { env: Pick<Env, "OPENAI_BASE_URL">; today?: Date },
): void {
  if (!settings || !followsOpenAISchedule(env.OPENAI_BASE_URL)) {
    return;
  }
  for (const field of choiceFields) {
    const choice = settings[field];
    const shutdown = choice?.provider === "openai" ? shutdownOf(choice.model) : undefined;
    if (choice && shutdown && isShutDown(choice.model, today)) {
      throw new AppError(
        "invalid_input",
        `OpenAI shut down ${choice.model} on ${formatShutdownDate(shutdown.date)}; choose ${replacementAdvice(shutdown)}.`,
        { field: `settings.${field}.model` },
      );
    }
  }
}
