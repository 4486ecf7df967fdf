import { describe, expect, it } from "vitest";
import type { CutShot } from "./cut-plan";
import { planSegments, planTimeline } from "./cut-timeline";

function shot(id: string, durationSeconds: number, transitionIn: "cut" | "dissolve" = "cut") {
  return {
    id,
    durationSeconds,
    transitionIn,
    visual: { type: "card", path: `/${id}.png` },
  } satisfies CutShot;
}

describe("planTimeline", () => {
  it("has exactly the frames of the summed durations, whatever each shot rounds to", () => {
    // Each 1.02 s shot alone rounds down to 24 frames; five of them are 122.4 frames.
    const timeline = planTimeline(
      durations.map((seconds, index) => shot(`s${index}`, seconds)),
      24,
    );
    expect(timeline.totalFrames).toBe(Math.round(sumTo(durations.length) * 24));
    const frames = timeline.spans.reduce((total, span) => total + span.frames, 0);
    expect(frames).toBe(timeline.totalFrames);
    timeline.spans.forEach((span, index) => {
      expect(span.startFrame).toBe(index === 0 ? 0 : Math.round(sumTo(index) * 24));
    });
  });

  it("dissolves inside the incoming shot's slot, the outgoing shot running on beneath", () => {
    const timeline = planTimeline([shot("a", 4), shot("b", 3, "dissolve"), shot("c", 2)], 24);
    const [a, b, c] = timeline.spans;
    expect(timeline.totalFrames).toBe(9 * 24);
    expect(b).toMatchObject({ startFrame: 96, frames: 72, dissolveFrames: 12, shownFrames: 72 });
    expect(a).toMatchObject({ frames: 96, dissolveFrames: 0, shownFrames: 96 + 12 });
    expect(c).toMatchObject({ dissolveFrames: 0, shownFrames: 48 });
  });

  it("cannot dissolve into the first shot, and shortens a dissolve to a short shot", () => {
    const timeline = planTimeline([shot("a", 2, "dissolve"), shot("b", 0.25, "dissolve")], 24);
    expect(timeline.spans.map((span) => span.dissolveFrames)).toEqual([0, 6]);
  });

  it("refuses a shot shorter than a frame", () => {
    expect(() => planTimeline([shot("a", 2), shot("flash", 0.01)], 24)).toThrow(/flash/);
  });
});

describe("planSegments", () => {
  it("cuts at shot boundaries into runs of at most the given length", () => {
    const timeline = planTimeline(
      Array.from({ length: 12 }, (_, index) => shot(`s${index}`, 5)),
      24,
    );
    const segments = planSegments(timeline, 10);
    expect(segments.map((segment) => segment.frames)).toEqual(Array(6).fill(240));
    expect(segments.map((segment) => segment.startFrame)).toEqual([0, 240, 480, 720, 960, 1200]);
  });

  it("keeps a long shot whole, and every frame of the cut in exactly one piece", () => {
    const timeline = planTimeline(
      [shot("a", 3), shot("b", 14, "dissolve"), shot("c", 2, "dissolve"), shot("d", 1)],
      25,
    );
    const segments = planSegments(timeline, 5);
    expect(segments).toHaveLength(3);
    const covered = segments.flatMap((segment) =>
      segment.pieces.map((piece) => piece.frames).reduce((total, frames) => total + frames, 0),
    );
    expect(covered).toEqual(segments.map((segment) => segment.frames));
    expect(segments[1]!.pieces).toEqual([
      { kind: "dissolve", shot: 1, frames: 13 },
      { kind: "shot", shot: 1, fromFrame: 13, frames: 350 - 13 },
    ]);
  });
});

const durations = [1.02, 1.02, 1.02, 1.02, 1.02, 3.333];

function sumTo(index: number): number {
  return durations.slice(0, index).reduce((total, value) => total + value, 0);
}
