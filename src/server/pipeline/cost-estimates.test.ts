import { describe, expect, it } from "vitest";
import { createPriceTable } from "../providers/pricing/price-table";
import { showSettingsSchema } from "../shows/show-settings";
import {
  estimateAutopilotCost,
  estimateAutopilotRun,
  estimateKindCosts,
  TRAILER_PICTURE_SHOTS,
} from "./cost-estimates";

describe("cost estimates", () => {
  it("are free on the offline provider", () => {
    const estimates = estimateKindCosts(showSettingsSchema.parse({}));
    expect(Object.values(estimates).every((usd) => usd === 0)).toBe(true);
  });

  it("price paid models per task and add up for the autopilot run", () => {
    const settings = showSettingsSchema.parse({
      text: { provider: "openai", model: "gpt-5-mini" },
      image: { provider: "openai", model: "gpt-image-1" },
      video: { provider: "replicate", model: "google/veo-3.1" },
    });
    const estimates = estimateKindCosts(settings);
    expect(estimates.portrait).toBeGreaterThan(0);
    // The trailer is cut here for free; its shots' frames and clips are what it costs.
    expect(estimates.trailer).toBe(0);
    expect(estimates.shot_clip).toBeGreaterThan(0);
    const trailerShots =
      TRAILER_PICTURE_SHOTS * (estimates.storyboard_frame! + estimates.shot_clip!);
    const total = estimateAutopilotCost(estimates, 6);
    expect(total).toBeGreaterThan(trailerShots + 6 * estimates.portrait! - 0.01);
    // Autopilot goes on through the season: its videos are part of what the user confirms.
    const season = 6 * (estimates.episode_clip! + estimates.character_video!);
    expect(total).toBeGreaterThan(trailerShots + season - 0.01);
  });

  it("follow the deployment's price overrides", () => {
    const settings = showSettingsSchema.parse({
      image: { provider: "openai", model: "gpt-image-1" },
    });
    const prices = createPriceTable({ image: { "gpt-image-1": { perImageUsd: 1.5 } } });
    expect(estimateKindCosts(settings, prices).portrait).toBe(1.5);
  });

  it("estimate a run before the show exists, and say when a paid model has no price", () => {
    const offline = showSettingsSchema.parse({});
    expect(estimateAutopilotRun(offline, 6)).toEqual({ usd: 0, complete: true });

    const paid = showSettingsSchema.parse({
      text: { provider: "openai", model: "gpt-5-mini" },
      image: { provider: "openai", model: "gpt-image-1" },
      video: { provider: "replicate", model: "google/veo-3.1" },
    });
    const run = estimateAutopilotRun(paid, 4);
    expect(run.complete).toBe(true);
    expect(run.usd).toBe(estimateAutopilotCost(estimateKindCosts(paid), 4));
    expect(estimateAutopilotRun(paid, 8).usd).toBeGreaterThan(run.usd);

    const unpriced = {
      ...paid,
      video: { provider: "replicate" as const, model: "someone/new-model" },
    };
    expect(estimateAutopilotRun(unpriced, 4)).toMatchObject({ complete: false });
    expect(estimateAutopilotRun(unpriced, 4).usd).toBeLessThan(run.usd);
  });
});
