import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { SceneHeading, ShotFraming, ShotSpec } from "../../../shows/episode-script";
import type { FrameCastMember } from "../../types";
import { anatomyFor } from "./avatar-anatomy";
import { avatarRaster } from "./avatar-raster";
import { castLookFor } from "./frame-cast-look";
import { planStoryboardFrame, renderStoryboardFrame } from "./storyboard-frame";
import type { FrameBox } from "./storyboard-layout";
import { cast, liveActionBlueprint, pngInfo, sha256 } from "./test-fixtures";

// Maren: pale, silver hair, a black coat. Ada: deep brown skin, long braids. Easy to tell apart.
const maren: FrameCastMember = {
  id: "maren",
  name: "Maren Holt",
  position: 0,
  dossier: cast[0]!,
  portrait: null,
};
const ada: FrameCastMember = {
  id: "ada",
  name: "Ada Okonkwo",
  position: 2,
  dossier: cast[2]!,
  portrait: null,
};

const harbourByDay: SceneHeading = { interior: false, location: "Harbour wall", timeOfDay: "day" };

function shot(framing: ShotFraming, scene: SceneHeading = harbourByDay): ShotSpec {
  return {
    scene,
    durationSeconds: 4,
    framing,
    cameraMove: "static",
    characterIds: ["maren", "ada"],
    action: "Maren slides the brass key across the wall to Ada.",
    dialogue: [],
    narration: "",
    soundCue: "",
  };
}

type Rgb = [number, number, number];

async function meanOf(png: Buffer, box: FrameBox): Promise<Rgb> {
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const left = Math.max(0, Math.round(box.left));
  const top = Math.max(0, Math.round(box.top));
  const region = {
    left,
    top,
    width: Math.min(width - left, Math.round(box.width)),
    height: Math.min(height - top, Math.round(box.height)),
  };
  // stats() reads the input image, not the pipeline: the crop is made first.
  const crop = await sharp(png).extract(region).removeAlpha().toBuffer();
  const { channels } = await sharp(crop).stats();
  return [channels[0]!.mean, channels[1]!.mean, channels[2]!.mean];
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const luma = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const whole = (size: { width: number; height: number }): FrameBox => ({ left: 0, top: 0, ...size });

/** The middle of a face (eyes to mouth, cheek to cheek): skin and features, no hair or sky. */
const middleOf = (face: FrameBox): FrameBox => ({
  left: face.left + face.width * 0.25,
  top: face.top + face.height * 0.4,
  width: face.width * 0.5,
  height: face.height * 0.45,
});

/** The face of a character's avatar drawn alone, as the reference their frame region should match. */
async function avatarFaceColour(member: FrameCastMember): Promise<Rgb> {
  const look = castLookFor(liveActionBlueprint, member);
  const png = await avatarRaster(look.avatar.svg, 256);
  const { face } = anatomyFor(look.style);
  return meanOf(
    png,
    middleOf({
      left: face.left * 256,
      top: face.top * 256,
      width: (face.right - face.left) * 256,
      height: (face.bottom - face.top) * 256,
    }),
  );
}

describe("renderStoryboardFrame", () => {
  it("draws a 1280×720 PNG by default, the same bytes for the same shot", async () => {
    const input = { blueprint: liveActionBlueprint, shot: shot("medium"), cast: [maren, ada] };
    const [first, second] = await Promise.all([
      renderStoryboardFrame(input),
      renderStoryboardFrame(input),
    ]);
    expect(await pngInfo(first)).toEqual({ format: "png", width: 1280, height: 720 });
    expect(sha256(first)).toBe(sha256(second));
  });

  it("draws each character where the plan puts them, as their own avatar", async () => {
    const size = { width: 1280, height: 720 };
    for (const framing of ["close-up", "medium", "wide", "over-the-shoulder"] as const) {
      const input = { blueprint: liveActionBlueprint, shot: shot(framing), cast: [maren, ada] };
      const png = await renderStoryboardFrame(input, size);
      const faces = planStoryboardFrame(input, size).placements.filter(
        (placement) => placement.view === "front",
      );
      expect(faces.length, framing).toBeGreaterThan(0);
      const references = {
        maren: await avatarFaceColour(maren),
        ada: await avatarFaceColour(ada),
      };
      for (const face of faces) {
        const seen = await meanOf(png, middleOf(face.box));
        const own = face.characterId === "maren" ? references.maren : references.ada;
        const other = face.characterId === "maren" ? references.ada : references.maren;
        expect(distance(seen, own), `${framing}: ${face.characterId}`).toBeLessThan(
          distance(seen, other),
        );
      }
    }
  });

  it("a night frame is darker than the same frame by day, outside and in", async () => {
    const size = { width: 640, height: 360 };
    for (const interior of [false, true]) {
      const at = (timeOfDay: "day" | "night") =>
        renderStoryboardFrame(
          {
            blueprint: liveActionBlueprint,
            shot: shot("wide", { interior, location: "Harbour office", timeOfDay }),
            cast: [maren, ada],
          },
          size,
        );
      const [day, night] = await Promise.all([at("day"), at("night")]);
      const dayLight = luma(await meanOf(day, whole(size)));
      const nightLight = luma(await meanOf(night, whole(size)));
      expect(nightLight, interior ? "interior" : "exterior").toBeLessThan(dayLight * 0.65);
    }
  });

  it("an exterior shows the sky where an interior shows its wall", async () => {
    const size = { width: 640, height: 360 };
    const drawn = (interior: boolean) =>
      renderStoryboardFrame(
        {
          blueprint: liveActionBlueprint,
          shot: shot("wide", { interior, location: "Harbour office", timeOfDay: "day" }),
          cast: [maren],
        },
        size,
      );
    const [outside, inside] = await Promise.all([drawn(false), drawn(true)]);
    const band = { left: 0, top: 0, width: size.width, height: size.height * 0.2 };
    const sky = await meanOf(outside, band);
    const wall = await meanOf(inside, band);
    // A day sky is bright and blue above all; the set's wall is neither, or not both.
    expect(sky[2]).toBeGreaterThan(sky[0]);
    expect(luma(sky)).toBeGreaterThan(150);
    expect(distance(sky, wall)).toBeGreaterThan(40);
  });

  it("an insert shows no one's face, and a shot with no cast is the location alone", async () => {
    const size = { width: 640, height: 360 };
    const insert = { blueprint: liveActionBlueprint, shot: shot("insert"), cast: [maren, ada] };
    expect(planStoryboardFrame(insert, size).placements).toEqual([]);
    const empty = { blueprint: liveActionBlueprint, shot: shot("wide"), cast: [] };
    expect(await pngInfo(await renderStoryboardFrame(insert, size))).toEqual({
      format: "png",
      ...size,
    });
    expect(await pngInfo(await renderStoryboardFrame(empty, size))).toEqual({
      format: "png",
      ...size,
    });
  });
});
