import { formatEstimate } from "./format";
import type { AssetType, PriceTable, ProviderChoice, ShowDetail } from "./types";

/** Which of a show's provider choices makes each kind (the portrait grid is composed locally). */
const KIND_ASSET_TYPES: Record<string, AssetType> = {
  blueprint: "text",
  characters: "text",
  dossier: "text",
  episodes: "text",
  portrait: "image",
  poster: "image",
  episode_still: "image",
  trailer: "video",
  character_video: "video",
  episode_clip: "video",
};

/**
 * The cost shown on a Generate button, from the server's estimate. The server estimates a paid
 * model it has no price for at 0; that reads "Price unknown" here, never "Free".
 */
export function estimateLabel(show: Pick<ShowDetail, "estimates" | "settings">, kind: string) {
  const usd = show.estimates[kind] ?? 0;
  const type = KIND_ASSET_TYPES[kind];
  if (usd <= 0 && type && show.settings[type].provider !== "offline") {
    return "Price unknown";
  }
  return formatEstimate(usd);
}

/** Whether any of a show's choices is a paid provider (autopilot then asks first). */
export function usesPaidModels(show: Pick<ShowDetail, "settings">): boolean {
  return (["text", "image", "video"] as const).some(
    (type) => show.settings[type].provider !== "offline",
  );
}

/** A whole autopilot run of a show: "free", "~$3.20", or "price unknown" for unpriced paid models. */
export function autopilotLabel(show: Pick<ShowDetail, "autopilotEstimate" | "settings">): string {
  if (show.autopilotEstimate > 0) {
    return formatEstimate(show.autopilotEstimate);
  }
  return usesPaidModels(show) ? "price unknown" : "free";
}

export interface RunEstimate {
  usd: number;
  /** False when a paid model has no price: the real cost is higher than `usd`. */
  complete: boolean;
}

/** Same lookup as the server: exact id, id without a ":version", then the longest dash prefix. */
function findPrice<T>(prices: Record<string, T>, model: string): T | undefined {
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

/**
 * A whole autopilot run (premise to trailer) before the show exists, for the home page. Mirrors
 * `estimateKindCosts` and `estimateAutopilotCost` in src/server/pipeline/cost-estimates.ts with
 * the server's own price table; once the show exists its console shows the server's figure.
 */
export function estimateAutopilotRun(
  choices: Record<AssetType, ProviderChoice>,
  characterCount: number,
  prices: PriceTable,
): RunEstimate {
  let complete = true;
  const priced = <T>(type: AssetType, table: Record<string, T>, cost: (price: T) => number) => {
    const choice = choices[type];
    if (choice.provider === "offline") {
      return 0;
    }
    const price = findPrice(table, choice.model);
    complete &&= price !== undefined;
    return price ? cost(price) : 0;
  };
  // Typical use per document and the trailer's length, as the server assumes.
  const perDocument = priced(
    "text",
    prices.text,
    (price) => (1_500 * price.inputPerMillionUsd + 2_500 * price.outputPerMillionUsd) / 1_000_000,
  );
  const perImage = priced("image", prices.image, (price) => price.perImageUsd);
  const trailer = priced(
    "video",
    prices.video,
    (price) => price.perSecondUsd * (price.audioMultiplier ?? 1) * 30,
  );
  // blueprint + cast + one dossier each; one portrait each + the poster; the trailer.
  const usd = perDocument * (2 + characterCount) + perImage * (characterCount + 1) + trailer;
  return { usd: Math.round(usd * 100) / 100, complete };
}
