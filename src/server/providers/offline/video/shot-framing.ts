import type { Size } from "../../types";
import { stillHeads } from "../image/episode-still";
import type { Rect } from "../image/face-box";
import { portraitHeadBox } from "../image/portrait";
import { centredPlacement, fillsFrame, portraitPlacement } from "./plates";
import type { KenBurnsMove, SegmentContent } from "./video-plan";

/**
 * Where faces are in a shot, from the layouts alone: the heads of the offline art (portrait,
 * still) carried through the plate that shows them and the camera move over it.
 * Lets a test hold every shot to "no face is cut by the frame edge" without rendering.
 */

/** The part of the plate on screen at `progress` (0..1), as fractions: zoompan's crop (filter-graph.ts). */
export function cameraWindow(move: KenBurnsMove, progress: number): Rect {
  const lerp = (from: number, to: number) => from + (to - from) * progress;
  const zoom = lerp(move.zoomFrom, move.zoomTo);
  const side = 1 / zoom;
  const clamp = (focus: number) => Math.max(0, Math.min(1 - side, focus - side / 2));
  return {
    left: clamp(lerp(move.focusFrom.x, move.focusTo.x)),
    top: clamp(lerp(move.focusFrom.y, move.focusTo.y)),
    width: side,
    height: side,
  };
}

/** The offline art's usual sizes, which the heads below assume for each shot's source. */
export interface ShotSources {
  portrait: Size;
  still: Size;
  /** Characters in each episode still. */
  castCount: number;
}

export const offlineSources: ShotSources = {
  portrait: { width: 1024, height: 1024 },
  still: { width: 1280, height: 720 },
  castCount: 4,
};

/** Heads on the plate, in plate pixels, for one shot's content. */
export function headsOnPlate(
  content: SegmentContent,
  plate: Size,
  sources: ShotSources = offlineSources,
): Rect[] {
  switch (content.kind) {
    case "character": {
      const placed = portraitPlacement(sources.portrait, content.side, plate);
      const scale = placed.fitted.width / sources.portrait.width;
      return [offset(scaled(portraitHeadBox(sources.portrait), scale), placed.shown)];
    }
    case "episode": {
      const cast = Array.from({ length: Math.min(3, sources.castCount) }, () => sources.portrait);
      const heads = stillHeads(cast, sources.still);
      if (fillsFrame(sources.still, plate)) {
        // Cover: scaled to fill, centred, the overflow cut.
        const scale = Math.max(
          plate.width / sources.still.width,
          plate.height / sources.still.height,
        );
        const left = (plate.width - sources.still.width * scale) / 2;
        const top = (plate.height - sources.still.height * scale) / 2;
        return heads.map((head) => offset(scaled(head, scale), { left, top }));
      }
      return heads.map((head) =>
        placedIn(head, sources.still, centredPlacement(sources.still, plate, { heightShare: 1 })),
      );
    }
  }
}

function scaled(box: Rect, scale: number): Rect {
  return {
    left: box.left * scale,
    top: box.top * scale,
    width: box.width * scale,
    height: box.height * scale,
  };
}

function offset(box: Rect, by: { left: number; top: number }): Rect {
  return { ...box, left: box.left + by.left, top: box.top + by.top };
}

/** A box in an image of `source` size, where that image is drawn into `placed` on the plate. */
function placedIn(box: Rect, source: Size, placed: Rect): Rect {
  return offset(scaled(box, placed.width / source.width), placed);
}
