import { mix } from "./color";
import type { SetContext, SetDrawing } from "./set-context";
import { circle, radialGlow, rect, verticalGradient } from "./svg-shapes";

/**
 * The sky of the hour over a region (an exterior's whole sky, or what a window shows): gradient,
 * stars at night, the sun or moon with its glow. `id` keeps gradient ids apart per region.
 */
export function sky(
  set: SetContext,
  id: string,
  region: { x: number; y: number; width: number; height: number },
  horizon: number,
  /** The span the sun, moon and stars are placed across: the frame, for an exterior's sky. */
  across: { x: number; width: number } = region,
  /** False for all but one of a row of windows: there is one sun. */
  withOrb = true,
): SetDrawing {
  const { light } = set;
  const defs = [
    verticalGradient(`${id}-sky`, region.y, horizon, [
      [0, light.skyTop],
      [0.55, mix(light.skyTop, light.skyHorizon, 0.45)],
      [1, light.skyHorizon],
    ]),
  ];
  const shapes = [rect(region.x, region.y, region.width, region.height, `url(#${id}-sky)`)];
  if (light.stars) {
    for (let index = 0; index < 70; index++) {
      const x = across.x + set.random.range(-0.2, 1.2) * across.width;
      const top = Math.max(region.y, -set.height * 0.3);
      const y = top + set.random.next() * Math.max(0, horizon - top) * 0.9;
      const r = set.random.range(0.6, 1.8) * (set.height / 720);
      shapes.push(circle(x, y, r, "#f4f1e6", { opacity: set.random.range(0.35, 0.95) }));
    }
  }
  if (light.orb && withOrb) {
    const { orb } = light;
    const cx = across.x + orb.x * across.width;
    // Measured from the top of the visible world (not of a region drawn past it for wide lenses).
    const top = Math.max(region.y, 0);
    const cy = top + orb.y * Math.max(1, horizon - top);
    const r = orb.radius * set.height;
    defs.push(radialGlow(`${id}-orb`, orb.glow, 0.75));
    shapes.push(circle(cx, cy, r * 5, `url(#${id}-orb)`), circle(cx, cy, r, orb.color));
  }
  return { defs, shapes };
}
