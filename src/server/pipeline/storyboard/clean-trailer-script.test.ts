import { describe, expect, it } from "vitest";
import type { TrailerShotSpec } from "../../shows/trailer-script";
import { cleanTrailerScript, fitLength } from "./clean-trailer-script";

const shot = (overrides: Partial<TrailerShotSpec>): TrailerShotSpec => ({
  scene: { interior: false, location: "Harbour", timeOfDay: "night" },
  durationSeconds: 3,
  framing: "wide",
  cameraMove: "static",
  characterIds: [],
  action: "Fog rolls in.",
  dialogue: [],
  narration: "",
  soundCue: "",
  beat: "world",
  card: "",
  transitionIn: "cut",
  ...overrides,
});

describe("a written trailer as the board keeps it", () => {
  it("fills exactly the length less the end card, each shot within 2–8 s", () => {
    const sums = [
      fitLength([shot({ durationSeconds: 2 }), shot({ durationSeconds: 2 })], 12),
      fitLength(
        Array.from({ length: 6 }, () => shot({ durationSeconds: 2 })),
        27,
      ),
      fitLength(
        Array.from({ length: 12 }, () => shot({ durationSeconds: 8 })),
        57,
      ),
    ];
    expect(sums.map((shots) => shots.reduce((sum, one) => sum + one.durationSeconds, 0))).toEqual([
      12, 27, 57,
    ]);
    for (const one of sums.flat()) {
      expect(one.durationSeconds).toBeGreaterThanOrEqual(2);
      expect(one.durationSeconds).toBeLessThanOrEqual(8);
    }
  });

  it("keeps the world and its people as pictures, and a title card shows no one", () => {
    const cast = new Set(["ana"]);
    const cleaned = cleanTrailerScript(
      {
        shots: [
          shot({ beat: "hook", card: "x", characterIds: ["ana"] }),
          shot({ beat: "characters", card: "string", characterIds: ["ana", "ghost"] }),
          ...Array.from({ length: 3 }, () => shot({})),
          shot({
            beat: "title",
            card: "The Fog",
            characterIds: ["ana"],
            dialogue: [{ id: "l1", characterId: "ana", line: "Run.", delivery: "" }],
          }),
        ],
      },
      cast,
      30,
    );
    expect(cleaned.map((one) => one.card)).toEqual(["", "", "", "", "", "The Fog"]);
    expect(cleaned[1]!.characterIds).toEqual(["ana"]);
    expect(cleaned[5]).toMatchObject({ characterIds: [], dialogue: [] });
    expect(cleaned.reduce((sum, one) => sum + one.durationSeconds, 0)).toBe(27);
  });
});
