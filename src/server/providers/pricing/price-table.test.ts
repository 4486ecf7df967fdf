import { describe, expect, it } from "vitest";
import {
  createPriceTable,
  defaultPrices,
  estimateAudioCost,
  estimateImageCost,
  estimateTextCost,
  estimateVideoCost,
  findPrice,
  imageCostFromUsage,
  priceOverridesSchema,
} from "./price-table";

describe("price table", () => {
  it("finds dated and version-pinned ids under their base model", () => {
    expect(findPrice(defaultPrices.text, "gpt-4.1-2025-04-14")).toBe(defaultPrices.text["gpt-4.1"]);
    expect(findPrice(defaultPrices.text, "gpt-4.1-mini-2025-04-14")).toBe(
      defaultPrices.text["gpt-4.1-mini"],
    );
    expect(findPrice(defaultPrices.video, `google/veo-3.1:${"f".repeat(64)}`)).toBe(
      defaultPrices.video["google/veo-3.1"],
    );
    expect(findPrice(defaultPrices.text, "llama3.1")).toBeUndefined();
  });

  it("prices tokens, images and seconds of video", () => {
    expect(
      estimateTextCost(defaultPrices, "gpt-5", { inputTokens: 2_000, outputTokens: 1_000 }),
    ).toBe(0.0125);
    expect(estimateImageCost(defaultPrices, "black-forest-labs/flux-1.1-pro", 3)).toBe(0.12);
    expect(
      imageCostFromUsage(defaultPrices, "gpt-image-1", {
        textInputTokens: 100,
        imageInputTokens: 1_000,
        outputTokens: 4_160,
      }),
    ).toBe(0.1769);
    const veo = { durationSeconds: 8, resolution: "1080p" as const };
    expect(estimateVideoCost(defaultPrices, "google/veo-3.1", { ...veo, audio: false })).toBe(1.6);
    expect(estimateVideoCost(defaultPrices, "google/veo-3.1", { ...veo, audio: true })).toBe(3.2);
    expect(
      estimateVideoCost(defaultPrices, "kwaivgi/kling-v2.1", {
        ...veo,
        durationSeconds: 5,
        audio: false,
      }),
    ).toBe(0.45);
  });

  it("prices speech by the minute made and the characters read, music by the minute", () => {
    // A 20-second line of 300 characters with its instructions: $0.005 of audio, text negligible.
    expect(
      estimateAudioCost(defaultPrices, "gpt-4o-mini-tts", { durationSeconds: 20, characters: 300 }),
    ).toBe(0.005);
    expect(
      estimateAudioCost(defaultPrices, "minimax/speech-2.6-turbo", {
        durationSeconds: 4,
        characters: 1_000,
      }),
    ).toBe(0.06);
    expect(
      estimateAudioCost(defaultPrices, `meta/musicgen:${"6".repeat(64)}`, {
        durationSeconds: 30,
        characters: 40,
      }),
    ).toBe(0.07);
    expect(
      estimateAudioCost(defaultPrices, "acme/voice", { durationSeconds: 60, characters: 1e6 }),
    ).toBe(0);
  });

  it("unknown models cost 0 rather than a guess", () => {
    expect(
      estimateTextCost(defaultPrices, "mystery", { inputTokens: 1e6, outputTokens: 1e6 }),
    ).toBe(0);
    expect(
      estimateVideoCost(defaultPrices, "acme/clipper", {
        durationSeconds: 5,
        resolution: "720p",
        audio: true,
      }),
    ).toBe(0);
  });

  it("merges configured prices over the defaults, model by model", () => {
    const overrides = priceOverridesSchema.parse({
      video: { "google/veo-3.1": { perSecondUsd: 0.15, audioMultiplier: 2 } },
      image: { "acme/painter": { perImageUsd: 0.02 } },
    });
    const table = createPriceTable(overrides);
    expect(
      estimateVideoCost(table, "google/veo-3.1", {
        durationSeconds: 4,
        resolution: "720p",
        audio: true,
      }),
    ).toBe(1.2);
    expect(estimateImageCost(table, "acme/painter")).toBe(0.02);
    expect(table.text).toEqual(defaultPrices.text);
    expect(() =>
      priceOverridesSchema.parse({ text: { "gpt-5": { inputPerMillionUsd: -1 } } }),
    ).toThrow();
  });
});
