/**
 * When OpenAI stops serving the models we offer, and what it recommends instead. Sources, read on
 * 2026-12-03: OpenAI's deprecations page (its newest copy, which names the GPT-6.1 and GPT Image
 * 2.6 models; older copies and third-party summaries still name gpt-5.6-* and gpt-image-2.5-*),
 * the Images API reference (gpt-image-1 shut down on 2026-10-23) and the text-to-speech guide (the
 * speech endpoint's models shut down on 2027-01-06). Entries marked "not on OpenAI's page" come
 * from trackers that compared the page with `shutdown_date` in GET /v1/models; OpenAI's own
 * answer (a 404 `model_not_found`) still ends a request to a model it no longer serves.
 *
 * A date is the first day (UTC) the model no longer answers, so "stays selectable until that date"
 * means up to the day before.
 */

/** What the user should pick instead of a model OpenAI shuts down. */
export interface ModelShutdown {
  /** YYYY-MM-DD: from this day on OpenAI refuses requests for the model. */
  date: string;
  /** OpenAI model ids OpenAI recommends, each offered by the catalog; empty when none fits here. */
  replacements: readonly string[];
  /** Advice when no OpenAI model replaces it through the same endpoint (speech). */
  advice?: string;
}

const speechAdvice =
  "the Replicate speech model (minimax/speech-2.6-turbo) or the offline eSpeak voices";

/**
 * The speech endpoint itself closes: its named successor, gpt-realtime-2.1-mini, works only over
 * the Realtime API, which this app does not speak.
 */
const speechEndpointShutdown: ModelShutdown = {
  date: "2027-01-06",
  replacements: [],
  advice: speechAdvice,
};

export const openAIModelShutdowns: Readonly<Record<string, ModelShutdown>> = {
  // Text. gpt-4.1-nano's replacement was named before GPT-6; we point it at the Luna tier, which
  // OpenAI names for the rest of the GPT-4 family.
  "gpt-4.1-nano": { date: "2026-10-23", replacements: ["gpt-6-luna"] },
  "gpt-5": { date: "2026-12-11", replacements: ["gpt-6.1-sol"] },
  "gpt-5-mini": { date: "2026-12-11", replacements: ["gpt-6.1-terra"] },
  "gpt-5-nano": { date: "2026-12-11", replacements: ["gpt-6-luna"] },
  "gpt-4o": { date: "2027-01-14", replacements: ["gpt-6-luna"] },
  "gpt-4o-mini": { date: "2027-01-14", replacements: ["gpt-6-luna"] },
  "gpt-4.1": { date: "2027-01-14", replacements: ["gpt-6-luna"] },
  "gpt-4.1-mini": { date: "2027-01-14", replacements: ["gpt-6-luna"] },
  // Not on OpenAI's page as read: the date is the one GET /v1/models reports, the replacement our
  // choice (the Sol tier, as for gpt-5).
  "gpt-5.1": { date: "2027-04-01", replacements: ["gpt-6.1-sol"] },
  // Images.
  "gpt-image-1": { date: "2026-10-23", replacements: ["gpt-image-2.6-sunburst"] },
  "gpt-image-1-mini": {
    date: "2026-12-01",
    replacements: ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"],
  },
  "gpt-image-1.5": {
    date: "2026-12-01",
    replacements: ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"],
  },
  // Not on OpenAI's page as read (deprecated on 2026-11-10 per trackers of it).
  "gpt-image-2": { date: "2027-02-10", replacements: ["gpt-image-2.6-sunburst"] },
  // Speech.
  "gpt-4o-mini-tts": speechEndpointShutdown,
  "tts-1": speechEndpointShutdown,
  "tts-1-hd": speechEndpointShutdown,
};

/** A dated snapshot ("gpt-5-mini-2025-08-07") follows its model's schedule. */
const snapshotSuffix = /-\d{4}-\d{2}-\d{2}$/;

/** The announced shutdown of a model or of the model a dated snapshot pins; undefined if none. */
export function shutdownOf(model: string): ModelShutdown | undefined {
  return openAIModelShutdowns[model] ?? openAIModelShutdowns[model.replace(snapshotSuffix, "")];
}

/** "2026-12-03": the UTC day a moment falls on, the unit OpenAI's dates are in. */
export const utcDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** True from the shutdown date on: OpenAI no longer answers for the model. */
export function isShutDown(model: string, today: Date): boolean {
  const shutdown = shutdownOf(model);
  return shutdown !== undefined && utcDay(today) >= shutdown.date;
}

/** What to pick instead, as a phrase: "gpt-image-2.6-sunburst or gpt-image-2.6-flare". */
export function replacementAdvice(shutdown: ModelShutdown): string {
  return shutdown.replacements.length > 0
    ? shutdown.replacements.join(" or ")
    : (shutdown.advice ?? "another model");
}

/**
 * The schedule is OpenAI's: it applies to api.openai.com. An OpenAI-compatible server elsewhere
 * (OPENAI_BASE_URL: a proxy, Ollama, a test fake) decides for itself which names it serves, and
 * its own 404 still ends the request (openai-errors.ts).
 */
export function followsOpenAISchedule(baseURL: string | undefined): boolean {
  if (!baseURL) {
    return true;
  }
  try {
    return new URL(baseURL).hostname === "api.openai.com";
  } catch {
    return false;
  }
}
