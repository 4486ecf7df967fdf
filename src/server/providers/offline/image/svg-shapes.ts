/**
 * Tiny SVG string builders for the storyboard's sets. Sets are drawn as one SVG (paths and
 * gradients that satori's CSS boxes cannot express: roofs, hills, perspective floors) and laid
 * into the frame as an image. Only numbers and #rrggbb colours are interpolated: nothing to escape.
 */

const n = (value: number) => String(Math.round(value * 10) / 10);

export type Attrs = Record<string, string | number>;

/**
 * `opacity` is written as fill- and stroke-opacity: resvg gives an element with `opacity` a
 * layer of its own, and panics (geom.rs, unwrap on None) when that layer lies wholly outside the
 * viewBox, which a set drawn past the frame's edges does all the time.
 */
function attrs(values: Attrs): string {
  return Object.entries(values)
    .flatMap(([key, value]) => {
      const text = typeof value === "number" ? n(value) : value;
      return key === "opacity"
        ? [`fill-opacity="${text}"`, `stroke-opacity="${text}"`]
        : [`${key}="${text}"`];
    })
    .join(" ");
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: Attrs = {},
): string {
  return `<rect ${attrs({ x, y, width: Math.max(0, width), height: Math.max(0, height), fill, ...extra })}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string {
  return `<circle ${attrs({ cx, cy, r: Math.max(0, r), fill, ...extra })}/>`;
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra: Attrs = {},
): string {
  return `<ellipse ${attrs({ cx, cy, rx: Math.max(0, rx), ry: Math.max(0, ry), fill, ...extra })}/>`;
}

export function polygon(points: [number, number][], fill: string, extra: Attrs = {}): string {
  return `<polygon ${attrs({ points: points.map(([x, y]) => `${n(x)},${n(y)}`).join(" "), fill, ...extra })}/>`;
}

export function path(d: string, fill: string, extra: Attrs = {}): string {
  return `<path ${attrs({ d, fill, ...extra })}/>`;
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
  extra: Attrs = {},
): string {
  return `<line ${attrs({ x1, y1, x2, y2, stroke, "stroke-width": width, ...extra })}/>`;
}

/** A vertical gradient in user space from y1 to y2, through `stops` ([offset 0..1, colour, opacity?]). */
export function verticalGradient(
  id: string,
  y1: number,
  y2: number,
  stops: [number, string, number?][],
): string {
  const body = stops
    .map(
      ([offset, color, opacity]) =>
        `<stop offset="${n(offset)}" stop-color="${color}" stop-opacity="${opacity ?? 1}"/>`,
    )
    .join("");
  return `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${n(y1)}" x2="0" y2="${n(y2)}">${body}</linearGradient>`;
}

/** A round glow: `color` at the centre fading to nothing at the radius. */
export function radialGlow(id: string, color: string, opacity: number): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="0.45" stop-color="${color}" stop-opacity="${opacity * 0.35}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

export function group(content: string[], extra: Attrs = {}): string {
  return `<g ${attrs(extra)}>${content.join("")}</g>`;
}
