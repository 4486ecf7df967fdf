import type { ShotFraming } from "../../../shows/episode-script";
import type { Size } from "../../types";
import type { Daylight } from "./daylight";
import { exteriorSet } from "./exterior-set";
import { interiorSet } from "./interior-set";
import type { SceneSetting } from "./scene-setting";
import type { SeededRandom } from "./seeded-random";
import type { SetContext } from "./set-context";
import type { ShowGrade } from "./show-palette";

/**
 * How a framing sees its set: where the horizon falls in frame, how far the lens is pushed in
 * and how soft the set goes behind the subject. Close framings see a small, blurred piece of the
 * set behind a head; wide ones see the whole place, sharp.
 */
export interface Lens {
  /** The set's horizon (or the foot of its back wall) as a fraction of frame height. */
  horizon: number;
  /** 1 sees the set at its drawn size; 2 sees half of it, twice as big. */
  zoom: number;
  /** Depth-of-field blur, in frame pixels per 720 of frame height. */
  blur: number;
}

export const lenses: Record<ShotFraming, Lens> = {
  "extreme close-up": { horizon: 0.75, zoom: 3, blur: 14 },
  "close-up": { horizon: 0.7, zoom: 2.3, blur: 9 },
  "medium close-up": { horizon: 0.66, zoom: 1.9, blur: 6 },
  medium: { horizon: 0.64, zoom: 1.6, blur: 4 },
  "medium wide": { horizon: 0.6, zoom: 1.3, blur: 2 },
  wide: { horizon: 0.6, zoom: 1, blur: 0 },
  "extreme wide": { horizon: 0.62, zoom: 0.8, blur: 0 },
  "over-the-shoulder": { horizon: 0.66, zoom: 1.9, blur: 6 },
  insert: { horizon: 0.3, zoom: 2.6, blur: 12 },
};

/** The world horizon of an exterior and the foot of an interior's back wall, in frame heights. */
const worldHorizon = { exterior: 0.58, interior: 0.66 } as const;

/** The location of a scene as one SVG of the frame's size, seen through the framing's lens. */
export function locationBackdrop(
  setting: SceneSetting,
  show: ShowGrade,
  light: Daylight,
  lens: Lens,
  size: Size,
  random: SeededRandom,
): string {
  const horizon = size.height * (setting.interior ? worldHorizon.interior : worldHorizon.exterior);
  // Indoors after dark the lamps light the room, if not as the day does.
  const lamplit =
    setting.interior && light.lampsLit
      ? { ...light, ambient: Math.max(light.ambient, 0.55) }
      : light;
  const set: SetContext = {
    width: size.width,
    height: size.height,
    horizon,
    show,
    light: lamplit,
    random,
  };
  const drawing = setting.interior
    ? interiorSet(set, setting.place)
    : exteriorSet(set, setting.place);
  const view = {
    width: size.width / lens.zoom,
    height: size.height / lens.zoom,
  };
  const x = size.width / 2 - view.width / 2;
  const y = horizon - lens.horizon * view.height;
  const blur = (lens.blur * size.height) / 720 / lens.zoom;
  // The filter region is the view itself: the set is drawn far past the frame, and a blur
  // sized to the whole set costs many times the one the frame needs.
  const filter =
    blur > 0
      ? `<filter id="dof" filterUnits="userSpaceOnUse" x="${x - blur * 3}" y="${y - blur * 3}" width="${view.width + blur * 6}" height="${view.height + blur * 6}"><feGaussianBlur stdDeviation="${blur.toFixed(2)}"/></filter>`
      : "";
  const body = drawing.shapes.join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${view.width.toFixed(1)} ${view.height.toFixed(1)}" preserveAspectRatio="none">`,
    `<defs>${drawing.defs.join("")}${filter}</defs>`,
    blur > 0 ? `<g filter="url(#dof)">${body}</g>` : body,
    "</svg>",
  ].join("");
}
