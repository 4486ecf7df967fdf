import { createHash } from "node:crypto";
import { div, img, renderPng, svgDataUri } from "./render-svg";

/**
 * Avatars drawn to pixels once, then reused by every frame that shows the character. An avatar
 * carries its medium's SVG filter (ink lines, washes, relief), and resvg pays for a filter by
 * the pixel: one face filling a 1280×720 frame took ~20 s as an SVG, a 1024 px raster of it
 * ~0.5 s. A board draws the same few characters shot after shot, so each is drawn at most once
 * per size tier while it stays in this small cache.
 */
/**
 * [largest side served, raster size]. A look's filter costs more than its pixels (its strokes
 * and reliefs are sized in the avatar's own units, so they grow with it): 1024 px takes six
 * times as long as 512, so only a face bigger than the frame (an extreme close-up) gets it, and
 * a close-up's ~660 px head is the 512 drawing scaled up a little.
 */
const tiers = [
  [256, 256],
  [720, 512],
  [Number.POSITIVE_INFINITY, 1024],
] as const;
const kept = 32;
const cache = new Map<string, Promise<Buffer>>();

/** The avatar as a square PNG, at the tier for a display `side` in pixels. */
export function avatarRaster(svg: string, side: number, signal?: AbortSignal): Promise<Buffer> {
  const tier = tiers.find(([largest]) => side <= largest)![1];
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
