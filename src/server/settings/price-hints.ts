import type {
  AudioPrice,
  ImagePrice,
  TokenPrice,
  VideoPrice,
} from "../providers/pricing/price-table";

const usd = (value: number) =>
  `$${value < 0.1 ? value.toFixed(3).replace(/0$/, "") : value.toFixed(2)}`;

/** One line a person reads beside a model name, e.g. "$1.25 in · $10.00 out per 1M tokens". */
export function textPriceHint(price: TokenPrice | undefined): string {
  return price
    ? `${usd(price.inputPerMillionUsd)} in · ${usd(price.outputPerMillionUsd)} out per 1M tokens`
    : "Price unknown";
}

export function imagePriceHint(price: ImagePrice | undefined): string {
  return price ? `about ${usd(price.perImageUsd)} per image` : "Price unknown";
}

export function videoPriceHint(price: VideoPrice | undefined): string {
  if (!price) {
    return "Price unknown";
  }
  const tiers = [`${usd(price.perSecondUsd)}/s`];
  if (price.perSecond1080pUsd !== undefined) {
    tiers.push(`${usd(price.perSecond1080pUsd)}/s at 1080p`);
  }
  if (price.audioMultiplier !== undefined && price.audioMultiplier !== 1) {
    tiers.push(`×${price.audioMultiplier} with audio`);
  }
  return tiers.join(" · ");
}

/** "$0.015/min · $0.15 per 1M characters": the parts the audio price has. */
export function audioPriceHint(price: AudioPrice | undefined): string {
  const parts = [
    ...(price?.perMinuteUsd !== undefined ? [`${usd(price.perMinuteUsd)}/min`] : []),
    ...(price?.perMillionCharactersUsd !== undefined
      ? [`${usd(price.perMillionCharactersUsd)} per 1M characters`]
      : []),
  ];
  return parts.length > 0 ? parts.join(" · ") : "Price unknown";
}

export const offlinePriceHint = "Free · made on this server";
