import { describe, expect, it } from "vitest";
import { arrange } from "./arrangement";
import { peak, rms, sampleRate } from "./dsp";
import { mixScore } from "./mix";
import { planScore } from "./mood-to-music";
import { scoreRequest } from "./test-requests";

describe("mixScore", () => {
  it("holds a sparse bed (one pluck in silence) under the −1 dBFS ceiling instead of at the target loudness", async () => {
    const plan = planScore(scoreRequest("mystery", { durationSeconds: 6 }));
    const sparse = {
      ...arrange(plan),
      pad: [],
      bass: [],
      pulse: [
        {
          voice: "pluck" as const,
          startSeconds: 2,
          durationSeconds: 0.5,
          midi: 64,
          velocity: 1,
          pan: 0,
        },
      ],
    };
    const mix = await mixScore(plan, sparse, { frames: 6 * sampleRate });

    expect(20 * Math.log10(peak(mix))).toBeCloseTo(-1, 3);
    // Quieter than the −20 dBFS a full bed is brought to: the ceiling, not the target, set it.
    expect(20 * Math.log10(rms(mix))).toBeLessThan(-21);
  });
});
