import { formatCost } from "@/lib/client/format";
import { providerName } from "@/lib/client/providers";

/** The fields of an asset that say where it came from and what it cost. */
export interface AssetSource {
  provider: string;
  model: string;
  mime: string;
  costUsd: number;
}

/** The offline models by what they make: their ids ("offline-art-1") mean nothing to a person. */
const OFFLINE_BY_MEDIA = {
  image: "Offline art",
  video: "Offline animatic",
  text: "Offline writer",
};

/** "Offline art", "OpenAI gpt-image-1", "Replicate flux-schnell". */
export function sourceLabel(asset: AssetSource): string {
  if (asset.provider === "offline") {
    const media = asset.mime.split("/")[0] as keyof typeof OFFLINE_BY_MEDIA;
    return OFFLINE_BY_MEDIA[media] ?? "Offline";
  }
  // Replicate ids are owner/name: the owner adds length, not meaning.
  const model = asset.model.split("/").pop() ?? asset.model;
  return model ? `${providerName(asset.provider)} ${model}` : providerName(asset.provider);
}

/** "free" for nothing billed, else the amount. */
export function costLabel(costUsd: number): string {
  return costUsd > 0 ? formatCost(costUsd) : "free";
}

/** "Offline art · v2 · free": where it came from, which version, what it cost. */
export function assetMetaParts(asset: AssetSource, version: number | null): string[] {
  return [sourceLabel(asset), ...(version ? [`v${version}`] : []), costLabel(asset.costUsd)];
}

/**
 * "No showcase video of Noor Murphy yet": a label at the start of a sentence loses its capital,
 * the names inside it keep theirs (and an acronym at the start keeps its own).
 */
export function lowerFirst(label: string): string {
  const [first = "", second = ""] = label;
  return second && second === second.toUpperCase() && /\p{L}/u.test(second)
    ? label
    : first.toLowerCase() + label.slice(1);
}
