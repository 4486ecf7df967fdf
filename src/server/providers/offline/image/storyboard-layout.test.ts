import { describe, expect, it } from "vitest";
import { type ShotFraming, shotFramings } from "../../../shows/episode-script";
import type { Size } from "../../types";
import { anatomyFor, avatarAnatomy } from "./avatar-anatomy";
import {
  type FrameBox,
  type FramePlacement,
  framingCapacity,
  layoutStoryboardFrame,
} from "./storyboard-layout";

const frame: Size = { width: 1280, height: 720 };
const ids = ["lead", "second", "third", "fourth", "fifth", "sixth"];
const anatomy = () => avatarAnatomy.avataaars;

function layout(framing: ShotFraming, characterIds = ids, size = frame): FramePlacement[] {
  return layoutStoryboardFrame({ framing, characterIds }, size, anatomy);
}

function inside(box: FrameBox, size: Size): boolean {
  return (
    box.left >= 0 &&
    box.top >= 0 &&
    box.left + box.width <= size.width &&
    box.top + box.height <= size.height
  );
}

const leadFace = (framing: ShotFraming) => layout(framing, ["lead"])[0]!.box.height;

describe("layoutStoryboardFrame", () => {
  it.each(shotFramings)(
    "%s places the shot's characters, lead first, up to what it shows",
    (framing) => {
      for (const count of [1, 2, 3, 6]) {
        const placed = layout(framing, ids.slice(0, count)).map(
          (placement) => placement.characterId,
        );
        expect(placed).toEqual(ids.slice(0, Math.min(count, framingCapacity[framing])));
      }
    },
  );

  it("an insert shows hands and things, no one's face", () => {
    expect(layout("insert")).toEqual([]);
  });

  it("a character named twice is drawn once", () => {
    expect(layout("medium", ["lead", "lead", "second"]).map((p) => p.characterId)).toEqual([
      "lead",
      "second",
    ]);
  });

  it.each(shotFramings.filter((framing) => framing !== "extreme close-up"))(
    "%s keeps every face inside the frame, at 16:9 and smaller",
    (framing) => {
      for (const size of [frame, { width: 640, height: 360 }]) {
        for (const count of [1, 2, 3, 6]) {
          const faces = layout(framing, ids.slice(0, count), size).filter(
            (placement) => placement.view === "front",
          );
          for (const face of faces) {
            expect(
              inside(face.box, size),
              `${framing} ×${count}: ${JSON.stringify(face.box)}`,
            ).toBe(true);
          }
        }
      }
    },
  );

  it("an extreme close-up fills the frame with one face, its eyes in the band across the middle", () => {
    const [face] = layout("extreme close-up");
    const eyes = face!.avatar.top + anatomy().eyes * face!.avatar.height;
    expect(face!.box.width).toBeGreaterThanOrEqual(frame.width * 0.9);
    expect(eyes).toBeGreaterThan(frame.height * 0.3);
    expect(eyes).toBeLessThan(frame.height * 0.6);
  });

  it("faces get smaller as the framing widens", () => {
    const order: ShotFraming[] = [
      "extreme close-up",
      "close-up",
      "medium close-up",
      "medium",
      "medium wide",
      "wide",
      "extreme wide",
    ];
    const heights = order.map(leadFace);
    for (let index = 1; index < heights.length; index++) {
      expect(heights[index], `${order[index]} after ${order[index - 1]}`).toBeLessThan(
        heights[index - 1]! * 0.85,
      );
    }
  });

  it("a medium two-shot stands them side by side at one height", () => {
    const [lead, second] = layout("medium", ["lead", "second"]);
    expect(lead!.box.left + lead!.box.width).toBeLessThan(second!.box.left);
    expect(Math.abs(lead!.box.top - second!.box.top)).toBeLessThan(frame.height * 0.05);
    expect(second!.mirrored).toBe(true);
  });

  it("wide shots stand everyone on the ground, feet in frame", () => {
    for (const framing of ["wide", "extreme wide"] as const) {
      for (const placement of layout(framing)) {
        // Soles are 2.8 avatar sides below the avatar's top for avataaars.
        const soles = placement.avatar.top + placement.avatar.height * (anatomy().shoulders + 2.02);
        expect(soles).toBeGreaterThan(frame.height * 0.75);
        expect(soles).toBeLessThan(frame.height);
      }
    }
  });

  it("an over-the-shoulder faces the lead to camera over the second's dark shoulder", () => {
    const [facing, near] = layout("over-the-shoulder", ["lead", "second"]);
    expect(facing).toMatchObject({ characterId: "lead", view: "front" });
    expect(near).toMatchObject({ characterId: "second", view: "back" });
    expect(facing!.box.left).toBeGreaterThan(frame.width / 2);
    // The near head is bigger than the face it looks at, and the frame's left edge cuts it.
    expect(near!.box.height).toBeGreaterThan(facing!.box.height);
    expect(near!.box.left).toBeLessThan(0);
    expect(near!.box.left + near!.box.width).toBeGreaterThan(0);
  });

  it("a child stands shorter than the grown-ups beside them, face still in frame", () => {
    const child = anatomyFor("avataaars", { width: 0.84, height: 0.84 });
    const anatomyOf = (id: string) => (id === "second" ? child : anatomy());
    for (const framing of shotFramings.filter((f) => f !== "extreme close-up" && f !== "insert")) {
      const placed = layoutStoryboardFrame(
        { framing, characterIds: ["lead", "second"] },
        frame,
        anatomyOf,
      );
      for (const face of placed.filter((placement) => placement.view === "front")) {
        expect(inside(face.box, frame), `${framing}: ${face.characterId}`).toBe(true);
      }
    }
    const [grownUp, kid] = layoutStoryboardFrame(
      { framing: "medium", characterIds: ["lead", "second"] },
      frame,
      anatomyOf,
    );
    expect(kid!.box.top).toBeGreaterThan(grownUp!.box.top + frame.height * 0.05);
    expect(kid!.box.height).toBeLessThan(grownUp!.box.height);
  });

  it("an over-the-shoulder with one character still shows that character's face", () => {
    expect(layout("over-the-shoulder", ["lead"])).toMatchObject([
      { characterId: "lead", view: "front" },
    ]);
  });
});
