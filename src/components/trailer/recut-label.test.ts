import { describe, expect, it } from "vitest";
import { cutStatusLine, recutLabel } from "./recut-label";

const none = { script: false, frames: 0, clips: 0, takes: 0, score: false, usd: 0, complete: true };

describe("recutLabel", () => {
  it("names what a re-cut makes and its price", () => {
    expect(recutLabel({ ...none, frames: 2, clips: 1, usd: 0.84 }, true)).toBe(
      "Re-cut: 2 frames, 1 clip · ~$0.84",
    );
    expect(recutLabel({ ...none, takes: 1, score: true }, false)).toBe(
      "Cut: 1 voice take, the score · free",
    );
  });

  it("says a cut from current pieces makes nothing new", () => {
    expect(recutLabel(none, true)).toBe("Re-cut from what is made · free");
  });

  it("never calls an unpriced paid model free", () => {
    expect(recutLabel({ ...none, frames: 1, complete: false }, true)).toBe(
      "Re-cut: 1 frame · price unknown",
    );
    expect(recutLabel({ ...none, frames: 1, clips: 1, usd: 0.04, complete: false }, true)).toBe(
      "Re-cut: 1 frame, 1 clip · ~$0.04+",
    );
  });

  it("starts with the script when the board is empty", () => {
    expect(recutLabel({ ...none, script: true, usd: 0.03 }, false)).toBe(
      "First: the trailer script · ~$0.03",
    );
  });
});

describe("cutStatusLine", () => {
  const board = { cut: null, cutCurrent: false, writingScript: false, trailerWanted: false };

  it("prices nothing of a board a new script is about to replace", () => {
    const recut = { ...none, frames: 6, takes: 4, usd: 0.3 };
    expect(cutStatusLine({ ...board, recut, writingScript: true })).toBe(
      "Writing a new trailer script · a cut is priced once it lands",
    );
    expect(cutStatusLine({ ...board, recut, writingScript: true, trailerWanted: true })).toBe(
      "Writing a new trailer script · the cut follows it",
    );
    expect(cutStatusLine({ ...board, recut })).toBe("Cut: 6 frames, 4 voice takes · ~$0.30");
  });
});
