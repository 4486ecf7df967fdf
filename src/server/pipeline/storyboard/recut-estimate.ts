import {
  defaultPrices,
  estimateAudioCost,
  estimateVideoCost,
  findPrice,
  type PriceTable,
} from "../../providers/pricing/price-table";
import type { ProviderChoice, ShowSettings } from "../../shows/show-settings";
import { estimateKindCosts } from "../cost-estimates";
import type { StoryboardPlan } from "./storyboard-plan";

/** What a re-cut would make before cutting, and what those paid pieces are estimated to cost. */
export interface RecutEstimate {
  /** The board has no shots yet: its script is written first (its pieces are priced once it is). */
  script: boolean;
  /** Frames to draw: picture shots whose frame is missing or stale. */
  frames: number;
  /** Clips to make on a video model: those of new frames and the stale ones. */
  clips: number;
  /** Voice takes to record: lines without a take in their current words and voice. */
  takes: number;
  /** Whether the music bed is made again (its shape or model changed). */
  score: boolean;
  usd: number;
  /** False when a paid model making one of these has no price: the real cost is higher. */
  complete: boolean;
}

/** Speech runs at about 2.5 words a second (150 a minute): enough to price a take not made yet. */
const spokenSeconds = (text: string) =>
  Math.max(1, text.trim().split(/\s+/).filter(Boolean).length / 2.5);

const priced = (choice: ProviderChoice, table: Record<string, unknown>) =>
  choice.provider === "offline" || findPrice(table, choice.model) !== undefined;

/**
 * The pieces a cut of this board still needs, as the rules would request them (trailer-rules.ts,
 * storyboard-rules.ts): a picture shot's stale or missing frame (and then, on a video model, its
 * clip too), a stale clip of a current frame, each line without a take, a stale score. Everything
 * current is reused, so an unchanged board costs nothing; offline models cost nothing.
 */
export function estimateRecut(
  plan: StoryboardPlan,
  board: "episode" | "trailer",
  settings: Pick<ShowSettings, "text" | "image" | "video" | "audio" | "music">,
  prices: PriceTable = defaultPrices,
): RecutEstimate {
  const kindCosts = estimateKindCosts(settings, prices);
  if (plan.shots.length === 0) {
    const kind = board === "trailer" ? "trailer_script" : "episode_script";
    return {
      script: true,
      frames: 0,
      clips: 0,
      takes: 0,
      score: false,
      usd: kindCosts[kind] ?? 0,
      complete: priced(settings.text, prices.text),
    };
  }
  const frameUsd = kindCosts.storyboard_frame ?? 0;
  const paid = (choice: ProviderChoice) => choice.provider !== "offline";
  let usd = 0;
  let frames = 0;
  let clips = 0;
  let takes = 0;
  for (const shot of plan.shots) {
    const newFrame = !shot.frameCurrent;
    if (newFrame) {
      frames++;
      usd += frameUsd;
    }
    if (shot.clipWanted && (newFrame || !shot.clipCurrent)) {
      clips++;
      usd += paid(settings.video)
        ? estimateVideoCost(prices, settings.video.model, {
            durationSeconds: Math.ceil(shot.spec.durationSeconds),
            resolution: "720p",
            audio: false,
          })
        : 0;
    }
    for (const line of shot.lines.filter((candidate) => !candidate.take)) {
      takes++;
      usd += paid(settings.audio)
        ? estimateAudioCost(prices, settings.audio.model, {
            durationSeconds: spokenSeconds(line.text),
            characters: line.text.length + line.delivery.length,
          })
        : 0;
    }
  }
  const score = !plan.score.current;
  if (score && paid(settings.music)) {
    usd += estimateAudioCost(prices, settings.music.model, {
      durationSeconds: plan.score.durationSeconds,
      characters: 0,
    });
  }
  const complete =
    (frames === 0 || priced(settings.image, prices.image)) &&
    (clips === 0 || priced(settings.video, prices.video)) &&
    (takes === 0 || priced(settings.audio, prices.audio)) &&
    (!score || priced(settings.music, prices.audio));
  return {
    script: false,
    frames,
    clips,
    takes,
    score,
    usd: Math.round(usd * 10_000) / 10_000,
    complete,
  };
}
