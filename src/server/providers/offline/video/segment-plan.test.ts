import { describe, expect, it } from "vitest";
import type { MediaRef } from "../../types";
import { planVideo } from "./plan-video";
import { maxSegmentSeconds, planSegments, shotSpans, totalFrames } from "./segment-plan";
import { fixtureBlueprint, fixtureDossier, videoRequest } from "./test-fixtures";
import type { VideoPlan } from "./video-plan";

const image: MediaRef = { path: "/nowhere/image.png", mime: "image/png" };

/** Every length a render is asked for, from below the shortest to beyond the longest it makes. */
const lengths = [1, 3, 4.5, 8, 12, 20, 60];

const plans: [string, VideoPlan][] = lengths.flatMap((seconds): [string, VideoPlan][] => [
  [
    `character video, ${seconds} s`,
    planVideo(
      videoRequest(
        {
          purpose: "character_video",
          blueprint: fixtureBlueprint,
          dossier: fixtureDossier("Maren Holt", "The eldest"),
          portrait: image,
        },
        seconds,
      ),
    ),
  ],
  [
    `episode clip, ${seconds} s`,
    planVideo(
      videoRequest(
        {
          purpose: "episode_clip",
          blueprint: fixtureBlueprint,
          episode: { number: 1, title: "Pilot", logline: "It begins." },
          still: image,
        },
        seconds,
      ),
    ),
  ],
]);

describe("planSegments", () => {
  it.each(plans)(
    "%s: short pieces that cover the timeline and never split a cross-fade",
    (_, plan) => {
      const segments = planSegments(plan);
      const { fps } = plan.frame;
      const overlap = Math.round(plan.crossfadeSeconds * fps);
      // A resumed worker loses at most 3 s of video to a kill.
      expect(maxSegmentSeconds).toBeLessThanOrEqual(3);
      for (const segment of segments) {
        expect(segment.frames).toBeGreaterThan(0);
        expect(segment.frames).toBeLessThanOrEqual(Math.round(maxSegmentSeconds * fps));
      }
      // Back to back from the first frame to the last.
      segments.forEach((segment, index) => {
        expect(segment.index).toBe(index);
        expect(segment.startFrame).toBe(
          index === 0 ? 0 : segments[index - 1]!.startFrame + segments[index - 1]!.frames,
        );
      });
      const last = segments.at(-1)!;
      expect(last.startFrame + last.frames).toBe(totalFrames(plan));
      // No cut falls inside a cross-fade: it is blended in one ffmpeg run.
      const cuts = segments.map((segment) => segment.startFrame);
      for (const span of shotSpans(plan).slice(1)) {
        for (const cut of cuts) {
          expect(cut > span.startFrame && cut < span.startFrame + overlap).toBe(false);
        }
      }
    },
  );
});
