import { describe, expect, it } from "vitest";
import type { Size } from "../../types";
import type { Rect } from "../image/face-box";
import { overlayBox } from "./prepare-shots";
import { cameraWindow, headsOnPlate } from "./shot-framing";
import {
  frameSizeFor,
  type KenBurnsMove,
  moveFor,
  plateSizeFor,
  type Segment,
  type SegmentContent,
  type VideoPlan,
} from "./video-plan";

/**
 * Faces stay inside every frame of the offline video: for every shot that shows faces, at every
 * moment of its camera move, each head is inside the picture (with a margin), and no name card
 * is laid over a character's face.
 */

const portrait = { path: "/portrait.png", mime: "image/png" };
const contents: SegmentContent[] = [
  { kind: "character", name: "Vex", role: "Lead", portrait, side: "left" },
  { kind: "character", name: "Vex", role: "Lead", portrait, side: "right" },
  { kind: "episode", number: 1, title: "Pilot", still: portrait },
];

const frames: Size[] = [
  frameSizeFor("16:9", "720p"),
  frameSizeFor("9:16", "1080p"),
  frameSizeFor("1:1", "720p"),
];

/** A head on the plate, as it lands on the frame at one moment of the move (frame pixels). */
function onFrame(head: Rect, plate: Size, frame: Size, move: KenBurnsMove, progress: number): Rect {
  const window = cameraWindow(move, progress);
  const scaleX = frame.width / (window.width * plate.width);
  const scaleY = frame.height / (window.height * plate.height);
  return {
    left: (head.left - window.left * plate.width) * scaleX,
    top: (head.top - window.top * plate.height) * scaleY,
    width: head.width * scaleX,
    height: head.height * scaleY,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

const rounded = (box: Rect) =>
  [box.left, box.top, box.left + box.width, box.top + box.height].map(Math.round);

describe("faces in the offline video's shots", () => {
  for (const frame of frames) {
    for (const content of contents) {
      for (const index of [0, 1]) {
        const label = `${content.kind}${content.kind === "character" ? ` ${content.side}` : ""} #${index} at ${frame.width}×${frame.height}`;
        it(`stay in frame: ${label}`, () => {
          const plate = plateSizeFor(frame);
          const move = moveFor(content, index);
          const heads = headsOnPlate(content, plate);
          expect(heads.length).toBeGreaterThan(0);
          const margin = Math.min(frame.width, frame.height) * 0.02;
          const plan = { frame: { ...frame, fps: 24 } } as VideoPlan;
          const box = overlayBox(plan, {
            ...content,
            startSeconds: 0,
            durationSeconds: 1,
            move,
          } as Segment);
          const card = box && { left: box.x, top: box.y, width: box.width, height: box.height };
          for (const progress of [0, 0.25, 0.5, 0.75, 1]) {
            for (const head of heads) {
              const seen = onFrame(head, plate, frame, move, progress);
              const inside =
                seen.left >= margin &&
                seen.top >= margin &&
                seen.left + seen.width <= frame.width - margin &&
                seen.top + seen.height <= frame.height - margin;
              expect({ progress, head: rounded(seen), inside }).toEqual({
                progress,
                head: rounded(seen),
                inside: true,
              });
              if (content.kind === "character" && card) {
                expect({ progress, underNameCard: overlaps(seen, card) }).toEqual({
                  progress,
                  underNameCard: false,
                });
              }
            }
          }
        });
      }
    }
  }
});
