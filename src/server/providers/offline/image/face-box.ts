import type { Size } from "../../types";

/**
 * Where faces are, as each layout places them, so a test can hold every layout to one rule: the
 * face is inside the frame it is drawn in (no crop through a head at the frame edge).
 */

/** A rectangle in pixels, or in fractions of a parent when said so. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The head of an avataaars figure, ear to ear and hairline to chin, as fractions of its square.
 * Read off the style's head path (viewBox 280: ears at x 74–206, crown 36, chin 194).
 */
const avataaarsHead: Rect = { left: 74 / 280, top: 36 / 280, width: 132 / 280, height: 158 / 280 };

/** The head within its avatar square, after the build transform (scaled from bottom centre). */
export function avatarHeadBox(scale: { width: number; height: number }): Rect {
  const left = 0.5 + (avataaarsHead.left - 0.5) * scale.width;
  const top = 1 + (avataaarsHead.top - 1) * scale.height;
  return {
    left,
    top,
    width: avataaarsHead.width * scale.width,
    height: avataaarsHead.height * scale.height,
  };
}

/** `inner` (fractions of `outer`) in `outer`'s units. */
export function within(inner: Rect, outer: Rect): Rect {
  return {
    left: outer.left + inner.left * outer.width,
    top: outer.top + inner.top * outer.height,
    width: inner.width * outer.width,
    height: inner.height * outer.height,
  };
}

/** `box` mirrored left to right inside `outer` (a flipped image). */
export function mirrored(box: Rect, outer: Rect): Rect {
  return { ...box, left: outer.left + outer.left + outer.width - box.left - box.width };
}

/** Whether `box` lies inside `frame` (a size at the origin, or a rect). */
export function isInside(box: Rect, frame: Size | Rect): boolean {
  const area: Rect = "left" in frame ? frame : { left: 0, top: 0, ...frame };
  const slack = 0.5;
  return (
    box.left >= area.left - slack &&
    box.top >= area.top - slack &&
    box.left + box.width <= area.left + area.width + slack &&
    box.top + box.height <= area.top + area.height + slack
  );
}
