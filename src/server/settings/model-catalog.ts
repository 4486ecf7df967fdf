import type { ProviderCatalog } from "../providers/configured-adapters";
import { isShutDown, replacementAdvice, shutdownOf } from "../providers/openai/model-lifecycle";
import { findPrice } from "../providers/pricing/price-table";
import type { ProviderName } from "../providers/provider-registry";
import { defaultProviderChoices } from "../shows/show-settings";
import {
  audioPriceHint,
  imagePriceHint,
  offlinePriceHint,
  textPriceHint,
  videoPriceHint,
} from "./price-hints";

/** One model a show's settings may pick for an asset type. */
export interface ModelOption {
  provider: ProviderName;
  model: string;
  label: string;
  priceHint: string;
  /** YYYY-MM-DD: the provider stops serving it that day (announced); absent when not announced. */
  shutdownDate?: string;
}

/** A model the settings no longer offer because its provider shut it down. */
export interface RetiredModel {
  provider: ProviderName;
  model: string;
  label: string;
  shutdownDate: string;
  /** What to choose instead: "gpt-image-2.6-sunburst or gpt-image-2.6-flare". */
  instead: string;
}

export interface ModelOptions {
  text: ModelOption[];
  image: ModelOption[];
  video: ModelOption[];
  /** Speech: voice lines and narration. */
  audio: ModelOption[];
  /** Music beds. */
  music: ModelOption[];
}

const offlineLabels = {
  text: "Offline writer",
  image: "Offline art",
  video: "Offline animatic",
  audio: "Offline voices (eSpeak)",
  music: "Offline score",
} as const;

/** OpenAI writes its tier names capitalised ("GPT-6.1 Terra") and its sizes not ("GPT-5 mini"). */
const tierNames = new Set(["astra", "sol", "terra", "luna", "flare", "sunburst"]);
const words = (rest: string) =>
  rest
    .split("-")
    .map((word) => (tierNames.has(word) ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join(" ");

/** "gpt-5-mini" → "GPT-5 mini", "gpt-6.1-terra" → "GPT-6.1 Terra", "gpt-image-1" → "GPT Image 1". */
export function openAIModelLabel(model: string): string {
  const image = model.match(/^gpt-image-(.+)$/);
  if (image) {
    return `GPT Image ${words(image[1]!)}`;
  }
  const gpt = model.match(/^gpt-([^-]+)-?(.*)$/);
  return gpt ? `GPT-${gpt[1]} ${words(gpt[2]!)}`.trim() : model;
}

const offlineOption = (type: keyof ModelOptions): ModelOption => ({
  provider: "offline",
  model: defaultProviderChoices[type].model,
  label: offlineLabels[type],
  priceHint: offlinePriceHint,
});

/**
 * OpenAI's priced models of one type (Replicate ids are "owner/name", OpenAI's have no slash) that
 * OpenAI still serves `today`, each with its shutdown date when one is announced.
 */
function openAIOptions<P>(
  prices: Record<string, P>,
  priceHint: (price: P) => string,
  today: Date,
): ModelOption[] {
  return Object.entries(prices)
    .filter(([model]) => !model.includes("/") && !isShutDown(model, today))
    .map(([model, price]) => {
      const shutdownDate = shutdownOf(model)?.date;
      return {
        provider: "openai" as const,
        model,
        label: openAIModelLabel(model),
        priceHint: priceHint(price),
        ...(shutdownDate ? { shutdownDate } : {}),
      };
    });
}

/** The priced OpenAI models OpenAI no longer serves `today`, with what to choose instead. */
export function listRetiredModels({ prices }: ProviderCatalog, today = new Date()): RetiredModel[] {
  return [...Object.keys(prices.text), ...Object.keys(prices.image), ...Object.keys(prices.audio)]
    .filter((model) => isShutDown(model, today))
    .map((model) => {
      const shutdown = shutdownOf(model)!;
      return {
        provider: "openai" as const,
        model,
        label: openAIModelLabel(model),
        shutdownDate: shutdown.date,
        instead: replacementAdvice(shutdown),
      };
    });
}

/**
 * Every model the settings page offers, whether or not its provider is configured here: offline,
 * OpenAI's priced models it still serves `today`, and the Replicate model registry, each with its
 * price from the same table the adapters bill by. Computed per call, so a model drops out on its
 * shutdown date without an edit here.
 */
export function listModelOptions(
  { prices, replicateModels }: ProviderCatalog,
  today = new Date(),
): ModelOptions {
  const replicate = replicateModels.list();
  return {
    text: [offlineOption("text"), ...openAIOptions(prices.text, textPriceHint, today)],
    image: [
      offlineOption("image"),
      ...openAIOptions(prices.image, imagePriceHint, today),
      ...replicate
        .filter((model) => model.kind === "image")
        .map((model) => ({
          provider: "replicate" as const,
          model: model.id,
          label: model.label,
          priceHint: imagePriceHint(findPrice(prices.image, model.id)),
        })),
    ],
    video: [
      offlineOption("video"),
      ...replicate
        .filter((model) => model.kind === "video")
        .map((model) => ({
          provider: "replicate" as const,
          model: model.id,
          label: model.label,
          priceHint: videoPriceHint(findPrice(prices.video, model.id)),
        })),
    ],
    audio: [
      offlineOption("audio"),
      ...openAIOptions(prices.audio, audioPriceHint, today),
      ...replicate
        .filter((model) => model.kind === "speech")
        .map((model) => ({
          provider: "replicate" as const,
          model: model.id,
          label: model.label,
          priceHint: audioPriceHint(findPrice(prices.audio, model.id)),
        })),
    ],
    music: [
      offlineOption("music"),
      ...replicate
        .filter((model) => model.kind === "music")
        .map((model) => ({
          provider: "replicate" as const,
          model: model.id,
          label: model.label,
          priceHint: audioPriceHint(findPrice(prices.audio, model.id)),
        })),
    ],
  };
}
