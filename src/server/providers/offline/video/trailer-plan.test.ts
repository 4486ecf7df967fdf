import { describe, expect, it } from "vitest";
import type { MediaRef } from "../../types";
import { planVideo } from "./plan-video";
import { fixtureBlueprint, fixtureCast, fixtureDossier, videoRequest } from "./test-fixtures";
import type { VideoPlan } from "./video-plan";

const portrait: MediaRef = { path: "/nowhere/portrait.png", mime: "image/png" };

function trailerPlan(
  castSize: number,
  extras: { poster?: boolean; grid?: boolean } = {},
): VideoPlan {
  const cast = Array.from({ length: castSize }, (_, index) => ({
    ...fixtureCast[index % fixtureCast.length]!,
    portrait: index === 1 ? null : portrait,
  }));
  return planVideo(
    videoRequest(
      {
        purpose: "trailer",
        blueprint: fixtureBlueprint,
        cast,
        poster: extras.poster === false ? null : portrait,
        grid: extras.grid ? portrait : null,
      },
      30,
    ),
  );
}

/** Where the last shot ends: the video's real length. */
function timelineEnd(plan: VideoPlan): number {
  const last = plan.segments.at(-1)!;
  return last.startSeconds + last.durationSeconds;
}

describe("planTrailer", () => {
  it.each([1, 2, 3, 6, 10])("keeps %i characters within a 30 s trailer", (castSize) => {
    const plan = trailerPlan(castSize, { grid: true });
    expect(plan.totalSeconds).toBeCloseTo(30, 1);
    expect(timelineEnd(plan)).toBeCloseTo(plan.totalSeconds, 3);

    const characters = plan.segments.filter((segment) => segment.kind === "character");
    expect(characters).toHaveLength(castSize);
    for (const shot of characters) {
      expect(shot.durationSeconds).toBeGreaterThanOrEqual(2.2);
      expect(shot.durationSeconds).toBeLessThanOrEqual(6.5);
    }
    for (const shot of plan.segments) {
      expect(shot.durationSeconds).toBeGreaterThan(plan.crossfadeSeconds * 2);
    }
  });

  it("opens on the title, closes on the poster, and alternates portrait sides", () => {
    const plan = trailerPlan(4, { grid: true });
    expect(plan.segments.map((segment) => segment.kind)).toEqual([
      "title",
      "logline",
      "character",
      "character",
      "character",
      "character",
      "ensemble",
      "end_card",
    ]);
    const sides = plan.segments.flatMap((segment) =>
      segment.kind === "character" ? [segment.side] : [],
    );
    expect(sides).toEqual(["right", "left", "right", "left"]);
  });

  it("keeps a character without a portrait and an end card without a poster", () => {
    const plan = trailerPlan(3, { poster: false });
    const second = plan.segments.filter((segment) => segment.kind === "character")[1];
    expect(second).toMatchObject({ kind: "character", portrait: null });
    expect(plan.segments.at(-1)).toMatchObject({ kind: "end_card", poster: null });
    expect(plan.segments.some((segment) => segment.kind === "ensemble")).toBe(false);
  });

  it("puts audio hits on the cuts", () => {
    const plan = trailerPlan(3);
    expect(plan.audio?.hits.map((hit) => hit.atSeconds)).toEqual(
      plan.segments.map((segment) => segment.startSeconds),
    );
  });
});

describe("clip plans", () => {
  it("plans a character video as one 8 s portrait shot", () => {
    const plan = planVideo(
      videoRequest(
        {
          purpose: "character_video",
          blueprint: fixtureBlueprint,
          dossier: fixtureDossier("Maren Holt", "The eldest"),
          portrait,
        },
        8,
      ),
    );
    expect(plan.totalSeconds).toBe(8);
    expect(plan.segments).toHaveLength(1);
    expect(plan.segments[0]).toMatchObject({
      kind: "character",
      name: "Maren Holt",
      durationSeconds: 8,
    });
    expect(plan.audio?.mood).toBe("soft");
  });

  it("honours the requested aspect and clamps absurd durations", () => {
    const request = videoRequest(
      {
        purpose: "episode_clip",
        blueprint: fixtureBlueprint,
        episode: { number: 2, title: "Fog", logline: "It rolls in." },
        still: portrait,
      },
      600,
    );
    const plan = planVideo({ ...request, aspect: "9:16", audio: false });
    expect(plan.frame).toMatchObject({ width: 720, height: 1280, fps: 30 });
    expect(plan.totalSeconds).toBe(20);
    expect(plan.audio).toBeNull();
  });
});
