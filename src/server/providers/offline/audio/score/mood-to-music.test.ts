import { describe, expect, it } from "vitest";
import { fitTempoToBars, planScore } from "./mood-to-music";
import { scoreRequest } from "./test-requests";
import { isMajorMode } from "./theory";

describe("planScore: from mood to music", () => {
  it("gives a melancholic noir a minor key and a slower tempo than a bright comedy", () => {
    const noir = planScore(scoreRequest("noir"));
    const comedy = planScore(scoreRequest("comedy"));

    expect(noir.style).toBe("noir");
    expect(isMajorMode(noir.mode)).toBe(false);
    expect(noir.key).toMatch(/ minor /);
    expect(comedy.style).toBe("comedy");
    expect(isMajorMode(comedy.mode)).toBe(true);
    expect(comedy.key).toMatch(/ major /);
    expect(noir.tempoBpm).toBeLessThan(comedy.tempoBpm - 20);
    // Muted: the noir pad is filtered far darker than the comedy's.
    expect(noir.padCutoffHz).toBeLessThan(comedy.padCutoffHz / 2);
  });

  it("plays the same mood faster as the pace rises", () => {
    const tempo = (pace: "slow" | "medium" | "fast") =>
      planScore(scoreRequest("mystery", { durationSeconds: 60, pace })).tempoBpm;
    expect(tempo("slow")).toBeLessThan(tempo("medium") * 0.9);
    expect(tempo("fast")).toBeGreaterThan(tempo("medium") * 1.1);
  });

  it("gives each genre its own instrumentation", () => {
    const horror = planScore(scoreRequest("horror"));
    expect(horror.mode).toBe("phrygian");
    expect(horror.sound.bass).toBe("drone");
    expect(horror.sound.pulse).toBe("heartbeat");

    const thriller = planScore(scoreRequest("thriller"));
    expect(isMajorMode(thriller.mode)).toBe(false);
    expect(thriller.sound.pulse).toBe("ostinato");
    expect(thriller.tempoBpm).toBeGreaterThan(horror.tempoBpm * 1.5);

    const kids = planScore(scoreRequest("kids"));
    expect(isMajorMode(kids.mode)).toBe(true);
    expect(kids.sound.pulse).toBe("bells");
    expect(kids.padCutoffHz).toBeGreaterThan(3000);
  });

  it("ends the bed on a bar line: the tempo is nudged to fit a whole number of bars", () => {
    for (const durationSeconds of [60, 45, 37.3]) {
      const plan = planScore(scoreRequest("comedy", { durationSeconds }));
      const barSeconds = (plan.beatsPerBar * 60) / plan.tempoBpm;
      expect(plan.bars * barSeconds).toBeCloseTo(durationSeconds, 9);
    }
  });

  it("keeps the tempo when no whole number of bars is near (a bed shorter than a bar)", () => {
    expect(fitTempoToBars(60, 1, 4)).toEqual({ tempoBpm: 60, bars: 1 });
  });
});
