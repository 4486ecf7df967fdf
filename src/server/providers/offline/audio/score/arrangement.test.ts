import { describe, expect, it } from "vitest";
import { arrange } from "./arrangement";
import { planScore } from "./mood-to-music";
import { type MoodScene, moodScenes, scoreRequest } from "./test-requests";
import { modes } from "./theory";

const scenes = Object.keys(moodScenes) as MoodScene[];

/** The plans of every scene under a few show titles (the title moves the key and progression). */
function plans() {
  return scenes.flatMap((scene) =>
    ["A", "B", "C", "D"].map((title) => {
      const request = scoreRequest(scene, { durationSeconds: 40 });
      request.context.blueprint = { ...request.context.blueprint, title };
      return { scene, plan: planScore(request) };
    }),
  );
}

describe("arrange", () => {
  it("plays only notes of the key's mode (the walking bass's approach notes aside)", () => {
    for (const { scene, plan } of plans()) {
      const scale = new Set(modes[plan.mode].map((step) => (plan.tonicMidi + step) % 12));
      const arrangement = arrange(plan);
      const beat = arrangement.beatSeconds;
      const isApproach = (start: number) =>
        plan.sound.bass === "walking" && Math.round(start / beat) % 4 === 3;
      const pitched = [
        ...arrangement.pad,
        ...arrangement.bass.filter((note) => !isApproach(note.startSeconds)),
        ...arrangement.pulse.filter((note) => ["pluck", "mutedPluck", "bell"].includes(note.voice)),
      ];
      const outside = pitched.filter((note) => !scale.has(note.midi % 12));
      expect(outside, `${scene} in ${plan.key}`).toEqual([]);
    }
  });

  it("changes chord only at bar lines and comes home to the tonic in the last bar", () => {
    for (const { scene, plan } of plans()) {
      const { pad, barSeconds } = arrange(plan);
      for (const note of pad) {
        const bars = note.startSeconds / barSeconds;
        expect(Math.abs(bars - Math.round(bars)), scene).toBeLessThan(1e-9);
      }
      const lastBarStart = (plan.bars - 1) * barSeconds;
      const sounding = pad.filter(
        (note) =>
          note.startSeconds <= lastBarStart + 1e-9 &&
          note.startSeconds + note.durationSeconds > lastBarStart + 1e-9,
      );
      expect(
        sounding.map((note) => note.midi % 12),
        scene,
      ).toContain(plan.tonicMidi % 12);
      // Every pad note ends with the bed.
      expect(Math.max(...pad.map((note) => note.startSeconds + note.durationSeconds))).toBeCloseTo(
        plan.bars * barSeconds,
        9,
      );
    }
  });
});
