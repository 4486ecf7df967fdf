import { describe, expect, it } from "vitest";
import { assetMetaParts, lowerFirst, sourceLabel } from "./asset-meta-text";

const offlineImage = { provider: "offline", model: "offline-art-1", mime: "image/png", costUsd: 0 };

describe("asset meta", () => {
  it("reads as a person would say it", () => {
    expect(assetMetaParts(offlineImage, 2).join(" · ")).toBe("Offline art · v2 · free");
  });

  it("names models without their internal ids", () => {
    const video = {
      provider: "offline",
      model: "offline-animatic-1",
      mime: "video/mp4",
      costUsd: 0,
    };
    expect(sourceLabel(video)).toBe("Offline animatic");
    const replicate = {
      provider: "replicate",
      model: "black-forest-labs/flux-schnell",
      mime: "image/webp",
      costUsd: 0.003,
    };
    expect(assetMetaParts(replicate, 1)).toEqual(["Replicate flux-schnell", "v1", "$0.0030"]);
  });
});

describe("lowerFirst", () => {
  it("keeps names in their own case", () => {
    expect(lowerFirst("Showcase video of Noor Murphy")).toBe("showcase video of Noor Murphy");
    expect(lowerFirst("Trailer for Dead Heist")).toBe("trailer for Dead Heist");
  });

  it("keeps an acronym at the start", () => {
    expect(lowerFirst("OG image")).toBe("OG image");
  });
});
