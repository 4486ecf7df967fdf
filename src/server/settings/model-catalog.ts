import type { ProviderCatalog } from "../providers/configured-adapters";
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

/** "gpt-5-mini" → "GPT-5 mini", "gpt-image-1" → "GPT Image 1". */
export function openAIModelLabel(model: string): string {
  const image = model.match(/^gpt-image-(.+)$/);
  if (image) {
    return `GPT Image ${image[1]!.replaceAll("-", " ")}`;
  }
  const gpt = model.match(/^gpt-([^-]+)-?(.*)$/);
  return gpt ? `GPT-${gpt[1]} ${gpt[2]!.replaceAll("-", " ")}`.trim() : model;
}

const offlineOption = (type: keyof ModelOptions): ModelOption => ({
  provider: "offline",
  model: defaultProviderChoices[type].model,
  label: offlineLabels[type],
  priceHint: offlinePriceHint,
});

/**
 * Every model the settings page offers, whether or not its provider is configured here: offline,
 * OpenAI's priced text and image models (Replicate ids are "owner/name", OpenAI's have no slash),
 * and the Replicate model registry, each with its price from the same table the adapters bill by.
 */
export function listModelOptions({ prices, replicateModels }: ProviderCatalog): ModelOptions {
  const replicate = replicateModels.list();
  return {
    text: [
      offlineOption("text"),
      ...Object.entries(prices.text).map(([model, price]) => ({
        provider: "openai" as const,
        model,
        label: openAIModelLabel(model),
        priceHint: textPriceHint(price),
      })),
    ],
    image: [
      offlineOption("image"),
      ...Object.entries(prices.image)
        .filter(([model]) => !model.includes("/"))
        .map(([model, price]) => ({
          provider: "openai" as const,
          model,
          label: openAIModelLabel(model),
          priceHint: imagePriceHint(price),
        })),
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
      ...Object.entries(prices.audio)
        .filter(([model]) => !model.includes("/"))
        .map(([model, price]) => ({
          provider: "openai" as const,
          model,
          label: openAIModelLabel(model),
          priceHint: audioPriceHint(price),
        })),
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
