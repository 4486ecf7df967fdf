import { describe, expect, it } from "vitest";
import { timeTrailer } from "./time-trailer";

describe("timeTrailer", () => {
  it("keeps every shot at its planned length, so the cut is as long as the script", () => {
    const timed = timeTrailer(
      [
        { id: "a", plannedSeconds: 4, lines: [{ id: "narration", durationSeconds: 6 }] },
        { id: "b", plannedSeconds: 3, lines: [] },
        { id: "c", plannedSeconds: 2.5, lines: [{ id: "l1", durationSeconds: 1 }] },
      ],
      3,
    );
    expect(timed.map((shot) => [shot.startSeconds, shot.durationSeconds])).toEqual([
      [0, 4],
      [4, 3],
      [7, 2.5],
    ]);
  });

  it("runs a long voice-over on over the next cut and never overlaps two lines", () => {
    const timed = timeTrailer([
      { id: "a", plannedSeconds: 3, lines: [{ id: "narration", durationSeconds: 4 }] },
      { id: "b", plannedSeconds: 3, lines: [{ id: "l1", durationSeconds: 1 }] },
    ]);
    expect(timed[0]!.lines[0]).toEqual({ id: "narration", startSeconds: 0.25, durationSeconds: 4 });
    // The reply waits for the voice-over to end (4.25 s) and a breath.
    expect(timed[1]!.lines[0]!.startSeconds).toBeCloseTo(4.45, 3);
  });

  it("shortens the last line at the end of the cut and drops one with no room left", () => {
    const timed = timeTrailer(
      [
        { id: "a", plannedSeconds: 2, lines: [{ id: "narration", durationSeconds: 3.5 }] },
        { id: "b", plannedSeconds: 2, lines: [{ id: "l1", durationSeconds: 2 }] },
      ],
      0,
    );
    expect(timed[0]!.lines[0]!.durationSeconds).toBeCloseTo(3.5, 3);
    expect(timed[1]!.lines).toEqual([]);
    const end = timeTrailer([
      { id: "a", plannedSeconds: 3, lines: [{ id: "narration", durationSeconds: 5 }] },
    ]);
    expect(end[0]!.lines[0]!.durationSeconds).toBeCloseTo(2.75, 3);
  });
});
