import { createHash } from "node:crypto";
import { div, img, renderPng, svgDataUri } from "./render-svg";

/**
 * Avatars drawn to pixels once, then reused by every frame that shows the character. An avatar
 * carries its medium's SVG filter (ink lines, washes, relief), and resvg pays for a filter by
 * the pixel: one face filling a 1280×720 frame took ~20 s as an SVG, a 1024 px raster of it
 * ~0.5 s. A board draws the same few characters shot after shot, so each is drawn at most once
 * per resolution tier while it stays in this small cache.
 */
const tiers = [256, 512, 1024] as const;
const kept = 32;
const cache = new Map<string, Promise<Buffer>>();

/** The avatar as a square PNG, at the smallest tier at least as large as `side` (capped). */
export function avatarRaster(svg: string, side: number, signal?: AbortSignal): Promise<Buffer> {
  const tier = tiers.find((candidate) => candidate >= side) ?? tiers[tiers.length - 1]!;
  const key = `${tier}:${createHash("sha256").update(svg).digest("hex")}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const size = { width: tier, height: tier };
  const drawn = renderPng(div(size, img(svgDataUri(svg), size)), size, signal);
  // A failed or canceled draw is not kept: the next frame tries again.
  drawn.catch(() => cache.delete(key));
  cache.set(key, drawn);
  while (cache.size > kept) {
    cache.delete(cache.keys().next().value!);
  }
  return drawn;
}
