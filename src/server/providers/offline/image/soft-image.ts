import type { Size } from "../../types";
import { div, img, pngDataUri, renderPng, svgDataUri } from "./render-svg";

/**
 * An out-of-focus layer (a set behind the subject, a shoulder in the foreground) as an image
 * source. It is drawn at a quarter of the frame's size and scaled up: resvg's blur costs ~0.4 s
 * over a whole 1280×720 frame and a twentieth of that at a quarter of the size, and scaling up
 * only softens it further, which is what being out of focus looks like anyway.
 *
 * `svg` is drawn for the full frame (its own viewBox); only its pixel size changes here.
 */
export async function softLayer(svg: string, size: Size, signal?: AbortSignal): Promise<string> {
  const small = { width: Math.ceil(size.width / 4), height: Math.ceil(size.height / 4) };
  const resized = svg.replace(
    /^<svg([^>]*?) width="[^"]*" height="[^"]*"/,
    `<svg$1 width="${small.width}" height="${small.height}"`,
  );
  const png = await renderPng(div(small, img(svgDataUri(resized), small)), small, signal);
  return pngDataUri(png);
}
