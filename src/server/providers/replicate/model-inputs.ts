import type { Size } from "../types";

/** "16:9" → 16/9; a Size → width/height. */
function ratioOf(shape: string | Size): number {
  if (typeof shape !== "string") {
    return shape.width / shape.height;
  }
  const [width, height] = shape.split(":").map(Number);
  return width && height ? width / height : 1;
}

/**
 * The allowed aspect ratio closest in shape to the one wanted (compared on a log scale, so 2:1 and
 * 1:2 are equally far from 1:1). Ties go to the earlier entry, so list the preferred one first.
 */
export function nearestAspect(wanted: string | Size, allowed: readonly string[]): string {
  const target = Math.log(ratioOf(wanted));
  let best = allowed[0] ?? "1:1";
  for (const candidate of allowed) {
    if (
      Math.abs(Math.log(ratioOf(candidate)) - target) < Math.abs(Math.log(ratioOf(best)) - target)
    ) {
      best = candidate;
    }
  }
  return best;
}

/** The allowed value closest to the one wanted; ties go to the longer (we never cut a scene short). */
export function nearestValue(wanted: number, allowed: readonly number[]): number {
  let best = allowed[0] ?? wanted;
  for (const candidate of allowed) {
    const closer = Math.abs(candidate - wanted) < Math.abs(best - wanted);
    const tieButLonger =
      Math.abs(candidate - wanted) === Math.abs(best - wanted) && candidate > best;
    if (closer || tieButLonger) {
      best = candidate;
    }
  }
  return best;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds to a multiple (FLUX wants multiples of 32), staying within bounds. */
export function roundToMultiple(value: number, multiple: number, min: number, max: number): number {
  return clamp(Math.round(value / multiple) * multiple, min, max);
}
