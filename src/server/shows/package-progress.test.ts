import { describe, expect, it } from "vitest";
import { packageProgress } from "./package-progress";

const member = (done: boolean, video = false) => ({
  skipped: false,
  dossier: done ? {} : null,
  portraitAssetId: done ? "p" : null,
  videoAssetId: video ? "v" : null,
});
const episode = (still: boolean, clip: boolean) => ({
  stillAssetId: still ? "s" : null,
  clipAssetId: clip ? "c" : null,
  skipped: false,
});
const throughTrailer = {
  blueprint: {},
  season: null,
  gridAssetId: "g",
  posterAssetId: "p",
  trailerAssetId: "t",
};

describe("packageProgress", () => {
  it("is not complete at the trailer when the season was promised", () => {
    const progress = packageProgress(
      { ...throughTrailer, settings: {} },
      [member(true), member(true)],
      [],
    );
    // 9 parts to the trailer, then the plan, six stills, six clips and two character videos.
    expect(progress).toEqual({ made: 9, promised: 9 + 1 + 6 + 6 + 2 });
  });

  it("is complete at the trailer for a show that stops there", () => {
    const progress = packageProgress(
      { ...throughTrailer, settings: { autopilotThrough: "trailer" } },
      [member(true), member(true)],
      [],
    );
    expect(progress).toEqual({ made: 9, promised: 9 });
  });

  it("counts the planned season's episodes, and no videos on an unconfirmed paid provider", () => {
    const settings = { video: { provider: "replicate", model: "some/model" } };
    const progress = packageProgress(
      { ...throughTrailer, season: {}, settings },
      [member(true), member(true)],
      [episode(true, false), episode(false, false), episode(true, false)],
    );
    expect(progress).toEqual({ made: 9 + 1 + 2, promised: 9 + 1 + 3 });
  });

  it("counts the whole season when everything is made", () => {
    const progress = packageProgress(
      { ...throughTrailer, season: {}, settings: {} },
      [member(true, true)],
      [episode(true, true), episode(true, true)],
    );
    expect(progress.made).toBe(progress.promised);
  });
});
