import {
  defaultPrices,
  estimateImageCost,
  estimateTextCost,
  estimateVideoCost,
  findPrice,
  type PriceTable,
} from "../providers/pricing/price-table";
import type { ShowSettings } from "../shows/show-settings";

type ProviderChoices = Pick<ShowSettings, "text" | "image" | "video">;

/** Typical token use of one structured document (prompt + JSON answer); enough for an estimate. */
const typicalTextUsage = { inputTokens: 1_500, outputTokens: 2_500 };

/** A shot clip is estimated at the longest a shot runs (8 s); models snap to their own lengths. */
const videoSeconds: Record<string, number> = {
  character_video: 8,
  episode_clip: 8,
  shot_clip: 8,
};
const textKinds = [
  "blueprint",
  "characters",
  "dossier",
  "episodes",
  "episode_script",
  "trailer_script",
];
const imageKinds = ["portrait", "poster", "episode_still", "storyboard_frame"];

/**
 * The estimated cost in US dollars of one task of each kind under a show's settings: what the UI
 * shows on every Generate button. Offline models are free; unpriced models estimate 0.
 */
export function estimateKindCosts(
  settings: ProviderChoices,
  prices: PriceTable = defaultPrices,
): Record<string, number> {
  // Grids and cuts are composed here, not by a provider.
  const estimates: Record<string, number> = { portrait_grid: 0, episode_animatic: 0, trailer: 0 };
  for (const kind of textKinds) {
    estimates[kind] =
      settings.text.provider === "offline"
        ? 0
        : estimateTextCost(prices, settings.text.model, typicalTextUsage);
  }
  for (const kind of imageKinds) {
    estimates[kind] =
      settings.image.provider === "offline" ? 0 : estimateImageCost(prices, settings.image.model);
  }
  for (const [kind, durationSeconds] of Object.entries(videoSeconds)) {
    estimates[kind] =
      settings.video.provider === "offline"
        ? 0
        : estimateVideoCost(prices, settings.video.model, {
            durationSeconds,
            resolution: "720p",
            audio: true,
          });
  }
  return estimates;
}

/** The season plan writes this many episodes (the `episodes` prompt template). */
export const EPISODES_PER_SEASON = 6;

/**
 * A 30-second trailer's picture shots, each a frame and, on a video model, a clip (its title card
 * and end card are drawn by the cut): the most the offline writer cuts, what a model is asked for.
 */
export const TRAILER_PICTURE_SHOTS = 8;

/**
 * What autopilot will spend from premise through the first season (the same steps as
 * autopilot-rules: the trailer's script, frames and clips, season plan, stills, character videos
 * and clips): shown in the autopilot
 * confirmation, so confirming it is what lets autopilot make paid videos.
 */
export function estimateAutopilotCost(
  estimates: Record<string, number>,
  characterCount: number,
): number {
  const sum = (kinds: string[]) => kinds.reduce((total, kind) => total + (estimates[kind] ?? 0), 0);
  const perShow =
    sum(["blueprint", "characters", "poster", "trailer_script", "trailer", "episodes"]) +
    sum(["storyboard_frame", "shot_clip"]) * TRAILER_PICTURE_SHOTS;
  const perEpisode = sum(["episode_still", "episode_clip"]);
  const perCharacter = sum(["dossier", "portrait", "character_video"]);
  const usd = perShow + perEpisode * EPISODES_PER_SEASON + perCharacter * characterCount;
  return Math.round(usd * 100) / 100;
}

export interface RunEstimate {
  usd: number;
  /** False when a paid model has no price: the real cost is higher than `usd`. */
  complete: boolean;
}

/**
 * A whole autopilot run (premise through the first season) on these choices, before the show exists: what the
 * home page shows next to "Autopilot". The same figures the show's console shows once it exists.
 */
export function estimateAutopilotRun(
  choices: ProviderChoices,
  characterCount: number,
  prices: PriceTable = defaultPrices,
): RunEstimate {
  const usd = estimateAutopilotCost(estimateKindCosts(choices, prices), characterCount);
  const complete = (["text", "image", "video"] as const).every(
    (type) =>
      choices[type].provider === "offline" ||
      findPrice<unknown>(prices[type], choices[type].model) !== undefined,
  );
  return { usd, complete };
}
