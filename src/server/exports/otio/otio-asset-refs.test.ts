import { describe, expect, it } from "vitest";
import { readAssetRefs } from "./otio-asset-refs";
import { parseOtio } from "./test-otio";
import { type OtioCutInput, toOtioTimeline, writeOtio } from "./to-otio-timeline";

const cut: OtioCutInput = {
  name: "Refs",
  fps: 24,
  shots: [
    {
      name: "one",
      mediaPath: "trailer/shot 01.png",
      assetId: "frame-1",
      startSeconds: 0,
      durationSeconds: 3,
    },
    { name: "card", mediaPath: "trailer/end-card.png", startSeconds: 3, durationSeconds: 3 },
  ],
  voices: [
    {
      name: "Narrator",
      mediaPath: "trailer/shot-01-Narrator-narration.wav",
      assetId: "take-1",
      startSeconds: 0.5,
      durationSeconds: 2,
      text: "It begins.",
      speaker: "",
    },
  ],
  music: { mediaPath: "trailer/score.wav", assetId: "score-1", durationSeconds: 4 },
};

describe("the stored asset behind each reference of a timeline", () => {
  it("is written in the reference's metadata and read back with the path the timeline names", () => {
    const text = writeOtio(toOtioTimeline(cut));
    // Still OTIO 0.14's ExternalReference.1: metadata is a field every reader keeps.
    parseOtio(text);
    expect(readAssetRefs(text)).toEqual([
      { path: "trailer/shot 01.png", assetId: "frame-1" },
      { path: "trailer/end-card.png", assetId: null },
      { path: "trailer/shot-01-Narrator-narration.wav", assetId: "take-1" },
      // The bed loops under 6 s of picture: two clips of one file.
      { path: "trailer/score.wav", assetId: "score-1" },
      { path: "trailer/score.wav", assetId: "score-1" },
    ]);
  });

  it("leaves out targets that are absolute or climb out of the timeline's folder", () => {
    const reference = (target_url: string) => ({
      OTIO_SCHEMA: "ExternalReference.1",
      metadata: { greenlight: { asset_id: "a" } },
      target_url,
    });
    const text = JSON.stringify({
      OTIO_SCHEMA: "Timeline.1",
      tracks: {
        children: [
          { children: [{ media_reference: reference("storyboard/shot-01.png") }] },
          {
            children: [
              { media_reference: reference("../../etc/passwd") },
              { media_reference: reference("storyboard/..%2F..%2Fescape.png") },
              { media_reference: reference("/abs/file.png") },
              { media_reference: reference("file:///abs/file.png") },
              { media_reference: reference("storyboard//double.png") },
              { media_reference: reference("bad%E0%A4%A.png") },
            ],
          },
        ],
      },
    });
    expect(readAssetRefs(text)).toEqual([{ path: "storyboard/shot-01.png", assetId: "a" }]);
  });
});
