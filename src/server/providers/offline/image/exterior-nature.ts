import { darken, lighten, mix } from "./color";
import { hazed, lit, type SetContext, type SetDrawing } from "./set-context";
import { circle, ellipse, polygon, radialGlow, rect, verticalGradient } from "./svg-shapes";

/** The open-country exteriors: land under the sky `exteriorSet` has already drawn. */

/** A natural colour nudged toward the show's palette, then lit by the hour. */
function earth(set: SetContext, natural: string, paletteIndex = 0): string {
  const accent = set.show.accents[paletteIndex % set.show.accents.length] ?? set.show.accent;
  return lit(set, mix(natural, accent, 0.18));
}

function groundFrom(set: SetContext, id: string, color: string): SetDrawing {
  const { width: w, height: h, horizon } = set;
  return {
    defs: [
      verticalGradient(id, horizon, h, [
        [0, hazed(set, color, 0.45)],
        [1, darken(color, 0.25)],
      ]),
    ],
    shapes: [rect(-w, horizon, 3 * w, h * 2, `url(#${id})`)],
  };
}

/** Rolling hills, round trees and a fence line. */
export function countrysideSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, random } = set;
  const grass = earth(set, "#5f7f45", 3);
  const ground = groundFrom(set, "field", grass);
  const shapes = [
    ...[0.7, 0.45].flatMap((haze, layer) =>
      Array.from({ length: 5 }, (_, index) =>
        ellipse(
          (index / 4) * 2.4 * w - 0.7 * w + random.range(-0.1, 0.1) * w,
          horizon + h * 0.02,
          w * random.range(0.25, 0.4),
          h * (0.07 + layer * 0.03),
          hazed(set, darken(grass, 0.1 * layer), haze),
        ),
      ),
    ),
    ...ground.shapes,
  ];
  for (let index = 0; index < 7; index++) {
    const x = random.range(-0.4, 1.4) * w;
    const y = horizon + h * random.range(0.01, 0.08);
    const size = h * random.range(0.04, 0.08) * (1 + ((y - horizon) / h) * 3);
    const leaf = hazed(set, darken(grass, random.range(0.15, 0.35)), 0.3 - (y - horizon) / h);
    shapes.push(
      rect(x - size * 0.08, y - size * 0.8, size * 0.16, size * 0.85, darken(leaf, 0.4)),
      circle(x, y - size, size * 0.65, leaf),
    );
  }
  const wood = earth(set, "#6b5238", 1);
  const fence = h * 0.8;
  shapes.push(
    rect(-w, fence - h * 0.06, 3 * w, h * 0.01, wood),
    rect(-w, fence - h * 0.03, 3 * w, h * 0.01, wood),
  );
  for (let x = -w; x < 2 * w; x += w * 0.09) {
    shapes.push(rect(x, fence - h * 0.08, w * 0.008, h * 0.085, darken(wood, 0.2)));
  }
  return { defs: ground.defs, shapes };
}

/** A far line of pines and trunks close on either side. */
export function forestSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, random } = set;
  const needles = earth(set, "#2f5a3a", 3);
  const ground = groundFrom(set, "floor", earth(set, "#4b4a30", 1));
  const shapes: string[] = [];
  for (const [haze, scale] of [
    [0.6, 0.7],
    [0.35, 1],
  ] as const) {
    for (let x = -w; x < 2 * w; x += w * 0.025 * scale) {
      const tall = h * random.range(0.12, 0.24) * scale;
      const half = tall * 0.22;
      shapes.push(
        polygon(
          [
            [x - half, horizon + 2],
            [x, horizon - tall],
            [x + half, horizon + 2],
          ],
          hazed(set, darken(needles, random.range(0, 0.2)), haze),
        ),
      );
    }
  }
  shapes.push(...ground.shapes);
  const bark = darken(earth(set, "#4a3a2a", 1), 0.2);
  // Trunks close to the camera at both edges of the frame, running out of its top.
  for (const [from, to] of [
    [-0.08, 0.14],
    [0.86, 1.08],
  ] as const) {
    for (let index = 0; index < 2; index++) {
      const x = random.range(from, to) * w;
      const thick = w * random.range(0.025, 0.05);
      shapes.push(rect(x, -h, thick, h * 1.92 + random.range(0, 0.06) * h, bark));
    }
  }
  return { defs: ground.defs, shapes };
}

/** Two ranges of peaks, snow on the far one while there is light to see it. */
export function mountainSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, random, light } = set;
  const rock = earth(set, "#77706a", 1);
  const ground = groundFrom(set, "valley", earth(set, "#6a6a4a", 3));
  const shapes: string[] = [];
  for (const [haze, height] of [
    [0.55, 0.42],
    [0.25, 0.26],
  ] as const) {
    let x = -w;
    while (x < 2 * w) {
      const span = w * random.range(0.18, 0.32);
      const peak = horizon - h * height * random.range(0.6, 1);
      const color = hazed(set, darken(rock, 0.2 - haze * 0.2), haze);
      shapes.push(
        polygon(
          [
            [x, horizon + 2],
            [x + span / 2, peak],
            [x + span, horizon + 2],
          ],
          color,
        ),
      );
      if (haze > 0.5 && light.ambient > 0.4) {
        const cap = (horizon - peak) * 0.25;
        shapes.push(
          polygon(
            [
              [x + span / 2 - (span / 2) * 0.25, peak + cap],
              [x + span / 2, peak],
              [x + span / 2 + (span / 2) * 0.25, peak + cap],
            ],
            lighten(color, 0.6),
          ),
        );
      }
      x += span * 0.7;
    }
  }
  shapes.push(...ground.shapes);
  return { defs: ground.defs, shapes };
}

/** Dunes under a wide sky. */
export function desertSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, random } = set;
  const sand = earth(set, "#d3a86c", 2);
  const ground = groundFrom(set, "sand", sand);
  const shapes = [...ground.shapes];
  for (let layer = 0; layer < 3; layer++) {
    for (let index = 0; index < 4; index++) {
      const y = horizon + h * (0.02 + layer * 0.1);
      shapes.push(
        ellipse(
          random.range(-0.5, 1.5) * w,
          y,
          w * random.range(0.3, 0.6),
          h * (0.05 + layer * 0.03),
          hazed(set, layer % 2 ? darken(sand, 0.12) : lighten(sand, 0.06), 0.4 - layer * 0.15),
        ),
      );
    }
  }
  return { defs: ground.defs, shapes };
}

/** The void: stars, a planet in the palette's colour, and a metal deck to stand on. */
export function spaceSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, random } = set;
  const planet = set.show.accents[1] ?? set.show.accent;
  const defs = [
    radialGlow("nebula", set.show.accent, 0.35),
    radialGlow("planet-glow", planet, 0.5),
  ];
  const shapes = [
    rect(-w, -h, 3 * w, 3 * h, mix(set.show.night, "#000000", 0.5)),
    ellipse(w * 0.3, h * 0.25, w * 0.6, h * 0.35, "url(#nebula)"),
  ];
  for (let index = 0; index < 120; index++) {
    shapes.push(
      circle(
        random.range(-0.5, 1.5) * w,
        random.range(-0.5, 0.7) * h,
        random.range(0.5, 1.6) * (h / 720),
        "#f4f1ff",
        { opacity: random.range(0.3, 1) },
      ),
    );
  }
  const radius = h * 0.45;
  const cx = w * 0.78;
  const cy = horizon - h * 0.12;
  shapes.push(
    circle(cx, cy, radius * 1.25, "url(#planet-glow)"),
    circle(cx, cy, radius, darken(planet, 0.2)),
    circle(cx - radius * 0.25, cy - radius * 0.2, radius * 0.85, lighten(planet, 0.12), {
      opacity: 0.45,
    }),
  );
  const deck = lit(set, "#5b6472");
  shapes.push(rect(-w, horizon + h * 0.12, 3 * w, h * 2, deck));
  for (let x = -w; x < 2 * w; x += w * 0.08) {
    shapes.push(rect(x, horizon + h * 0.12, 1.5, h * 2, darken(deck, 0.35)));
  }
  shapes.push(rect(-w, horizon + h * 0.12, 3 * w, h * 0.01, lighten(deck, 0.3)));
  return { defs, shapes };
}
