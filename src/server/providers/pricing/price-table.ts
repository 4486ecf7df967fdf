import { z } from "zod";
import { defaultPrices, type PriceTable } from "./default-prices";

export type {
  AudioPrice,
  ImagePrice,
  PriceTable,
  TokenPrice,
  VideoPrice,
} from "./default-prices";
export { defaultPrices } from "./default-prices";

const usd = z.number().min(0);

const tokenPriceSchema = z.object({ inputPerMillionUsd: usd, outputPerMillionUsd: usd });
const imagePriceSchema = z.object({
  perImageUsd: usd,
  tokens: z
    .object({
      textInputPerMillionUsd: usd,
      imageInputPerMillionUsd: usd,
      outputPerMillionUsd: usd,
    })
    .optional(),
});
const videoPriceSchema = z.object({
  perSecondUsd: usd,
  perSecond1080pUsd: usd.optional(),
  audioMultiplier: z.number().min(1).optional(),
});
const audioPriceSchema = z.object({
  perMinuteUsd: usd.optional(),
  perMillionCharactersUsd: usd.optional(),
});

/**
 * Prices from configuration, merged over the defaults model by model: an entry replaces the
 * default for that model and adds models the defaults do not know.
 */
export const priceOverridesSchema = z.object({
  text: z.record(z.string(), tokenPriceSchema).optional(),
  image: z.record(z.string(), imagePriceSchema).optional(),
  video: z.record(z.string(), videoPriceSchema).optional(),
  audio: z.record(z.string(), audioPriceSchema).optional(),
});
export type PriceOverrides = z.infer<typeof priceOverridesSchema>;

export function createPriceTable(overrides: PriceOverrides = {}): PriceTable {
  return {
    text: { ...defaultPrices.text, ...overrides.text },
    image: { ...defaultPrices.image, ...overrides.image },
    video: { ...defaultPrices.video, ...overrides.video },
    audio: { ...defaultPrices.audio, ...overrides.audio },
  };
}

/**
 * Finds a model's price: the exact id, then the id without a Replicate version ("owner/name:sha"),
 * then the longest priced id it extends with a dash ("gpt-4.1-2025-04-14" → "gpt-4.1").
 */
export function findPrice<T>(prices: Record<string, T>, model: string): T | undefined {
  const base = model.split(":")[0] ?? model;
  const exact = prices[model] ?? prices[base];
  if (exact) {
    return exact;
  }
  const prefix = Object.keys(prices)
    .filter((id) => base.startsWith(`${id}-`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : prices[prefix];
}

const perMillion = (tokens: number, usdPerMillion: number) => (tokens / 1_000_000) * usdPerMillion;

/** Rounds to a hundredth of a cent: enough for totals, free of float noise in the UI. */
const roundUsd = (value: number) => Math.round(value * 10_000) / 10_000;

/** Cost of one text generation; 0 when the model has no known price. */
export function estimateTextCost(
  table: PriceTable,
  model: string,
  usage: { inputTokens: number; outputTokens: number },
): number {
  const price = findPrice(table.text, model);
  if (!price) {
    return 0;
  }
  return roundUsd(
    perMillion(usage.inputTokens, price.inputPerMillionUsd) +
      perMillion(usage.outputTokens, price.outputPerMillionUsd),
  );
}

/** Estimated cost of `count` images before they are made; 0 for an unpriced model. */
export function estimateImageCost(table: PriceTable, model: string, count = 1): number {
  const price = findPrice(table.image, model);
  return price ? roundUsd(price.perImageUsd * count) : 0;
}

export interface ImageTokenUsage {
  textInputTokens: number;
  imageInputTokens: number;
  outputTokens: number;
}

/** Exact cost from gpt-image usage tokens, or the per-image estimate when tokens are not priced. */
export function imageCostFromUsage(
  table: PriceTable,
  model: string,
  usage: ImageTokenUsage | undefined,
): number {
  const tokens = findPrice(table.image, model)?.tokens;
  if (!tokens || !usage) {
    return estimateImageCost(table, model);
  }
  return roundUsd(
    perMillion(usage.textInputTokens, tokens.textInputPerMillionUsd) +
      perMillion(usage.imageInputTokens, tokens.imageInputPerMillionUsd) +
      perMillion(usage.outputTokens, tokens.outputPerMillionUsd),
  );
}

export interface VideoCostRequest {
  durationSeconds: number;
  resolution: "720p" | "1080p";
  audio: boolean;
}

/** Estimated cost of one video; 0 for an unpriced model. */
export function estimateVideoCost(
  table: PriceTable,
  model: string,
  request: VideoCostRequest,
): number {
  const price = findPrice(table.video, model);
  if (!price) {
    return 0;
  }
  const perSecond =
    request.resolution === "1080p"
      ? (price.perSecond1080pUsd ?? price.perSecondUsd)
      : price.perSecondUsd;
  const audio = request.audio ? (price.audioMultiplier ?? 1) : 1;
  return roundUsd(perSecond * audio * request.durationSeconds);
}

export interface AudioCostRequest {
  /** Seconds of audio made (measured after, or asked for before). */
  durationSeconds: number;
  /** Characters of text the model reads: the line, and for OpenAI its instructions. */
  characters: number;
}

/** Cost of one speech line or music bed; 0 for an unpriced model. */
export function estimateAudioCost(
  table: PriceTable,
  model: string,
  request: AudioCostRequest,
): number {
  const price = findPrice(table.audio, model);
  if (!price) {
    return 0;
  }
  return roundUsd(
    (price.perMinuteUsd ?? 0) * (request.durationSeconds / 60) +
      perMillion(request.characters, price.perMillionCharactersUsd ?? 0),
  );
}
