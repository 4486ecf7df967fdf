import type { Size } from "../../types";
import { stillHeads } from "../image/episode-still";
import type { Rect } from "../image/face-box";
import { portraitHeadBox } from "../image/portrait";
import { gridHeads, layoutGrid } from "../image/portrait-grid";
import { billedFaces } from "../image/poster-key-art";
import { centredPlacement, fillsFrame, portraitPlacement } from "./plates";
import type { KenBurnsMove, SegmentContent } from "./video-plan";

/**
 * Where faces are in a shot, from the layouts alone: the heads of the offline art (portrait,
 * grid, poster, still) carried through the plate that shows them and the camera move over it.
 * Lets a test hold every shot to "no face is cut by the frame edge" without rendering.
 */

/** How much of its plate the cast grid fills in the ensemble shot. */
export const ensembleHeightShare = 0.86;
/** How much of its plate the poster fills on the end card: beside the title, or alone on a tall frame. */
export const endCardPoster = { wide: 0.84, tall: 0.8, left: 0.12 } as const;

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
  poster: Size;
  /** Characters in the grid and in each episode still. */
  castCount: number;
}

export const offlineSources: ShotSources = {
  portrait: { width: 1024, height: 1024 },
  still: { width: 1280, height: 720 },
  poster: { width: 1024, height: 1536 },
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
    case "ensemble": {
      const layout = layoutGrid(sources.castCount, 3, 1536, true);
      const placed = centredPlacement(layout.size, plate, { heightShare: ensembleHeightShare });
      return gridHeads(layout, sources.portrait).map((head) => placedIn(head, layout.size, placed));
    }
    case "end_card": {
      const tall = plate.height >= plate.width;
      const placed = centredPlacement(
        sources.poster,
        plate,
        tall
          ? { heightShare: endCardPoster.tall }
          : { heightShare: endCardPoster.wide, left: Math.round(plate.width * endCardPoster.left) },
      );
      const portraits = Array.from({ length: sources.castCount }, () => sources.portrait);
      return billedFaces(portraits, sources.poster).map(({ head }) =>
        placedIn(head, sources.poster, placed),
      );
    }
    default:
      return [];
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
