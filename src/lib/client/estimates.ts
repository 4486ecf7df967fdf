import { formatEstimate } from "./format";
import type { AssetType, ShowDetail } from "./types";

/**
 * Which of a show's provider choices makes each kind. The portrait grid and the trailer's cut are
 * composed locally (the trailer's paid pieces are estimated by its board's "Cut trailer").
 */
const KIND_ASSET_TYPES: Record<string, AssetType> = {
  blueprint: "text",
  characters: "text",
  dossier: "text",
  episodes: "text",
  trailer_script: "text",
  portrait: "image",
  poster: "image",
  episode_still: "image",
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
export function usesPaidModels(show: {
  settings: Record<"text" | "image" | "video", { provider: string }>;
}): boolean {
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
