import { describe, expect, it } from "vitest";
import { defaultPacing, timeShots } from "./time-shots";

const { leadInSeconds: leadIn, gapSeconds: gap, tailSeconds: tail } = defaultPacing;

describe("timeShots", () => {
  it("keeps a shot's planned length when its lines fit", () => {
    const [shot] = timeShots([
      { id: "s1", plannedSeconds: 6, lines: [{ id: "l1", durationSeconds: 2 }] },
    ]);
    expect(shot).toEqual({
      id: "s1",
      startSeconds: 0,
      durationSeconds: 6,
      lines: [{ id: "l1", startSeconds: leadIn, durationSeconds: 2 }],
    });
  });

  it("stretches a shot to fit its lines, read one after another with a gap", () => {
    const [shot] = timeShots([
      {
        id: "s1",
        plannedSeconds: 3,
        lines: [
          { id: "a", durationSeconds: 2.5 },
          { id: "b", durationSeconds: 1.75 },
        ],
      },
    ]);
    expect(shot!.durationSeconds).toBeCloseTo(leadIn + 2.5 + gap + 1.75 + tail, 6);
    expect(shot!.lines.map((line) => line.startSeconds)).toEqual([leadIn, leadIn + 2.5 + gap]);
    // The last line ends a tail before the cut.
    const last = shot!.lines[1]!;
    expect(shot!.durationSeconds - (last.startSeconds + last.durationSeconds)).toBeCloseTo(tail, 6);
  });

  it("places lines in the cut, after the shots before them", () => {
    const shots = timeShots([
      { id: "s1", plannedSeconds: 4, lines: [] },
      { id: "s2", plannedSeconds: 2, lines: [{ id: "l1", durationSeconds: 3 }] },
      { id: "s3", plannedSeconds: 5, lines: [{ id: "l2", durationSeconds: 1 }] },
    ]);
    expect(shots.map((shot) => shot.startSeconds)).toEqual([0, 4, 4 + leadIn + 3 + tail]);
    expect(shots[1]!.lines[0]!.startSeconds).toBe(4 + leadIn);
    expect(shots[2]!.lines[0]!.startSeconds).toBeCloseTo(shots[2]!.startSeconds + leadIn, 6);
  });

  it("makes the cut exactly as long as its shots, without float drift", () => {
    const inputs = Array.from({ length: 40 }, (_, index) => ({
      id: `s${index}`,
      plannedSeconds: 2.1,
      lines: [{ id: `l${index}`, durationSeconds: 0.1 + index / 300 }],
    }));
    const shots = timeShots(inputs);
    for (let index = 1; index < shots.length; index++) {
      const before = shots[index - 1]!;
      expect(shots[index]!.startSeconds).toBe(
        Math.round((before.startSeconds + before.durationSeconds) * 1000) / 1000,
      );
    }
    expect(shots.at(-1)!.startSeconds + shots.at(-1)!.durationSeconds).toBeCloseTo(40 * 2.1, 6);
  });

  it("never makes an empty or broken shot", () => {
    const shots = timeShots([
      { id: "zero", plannedSeconds: 0, lines: [] },
      { id: "nan", plannedSeconds: Number.NaN, lines: [{ id: "l", durationSeconds: -1 }] },
    ]);
    expect(shots[0]!.durationSeconds).toBe(defaultPacing.minShotSeconds);
    expect(shots[1]!.durationSeconds).toBeGreaterThanOrEqual(defaultPacing.minShotSeconds);
    expect(shots[1]!.lines[0]!.durationSeconds).toBe(0);
  });
});
