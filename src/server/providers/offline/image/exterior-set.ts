import { lighten, mix } from "./color";
import { countrysideSet, desertSet, forestSet, mountainSet, spaceSet } from "./exterior-nature";
import type { ExteriorPlace } from "./scene-setting";
import { hazed, lit, material, type SetContext, type SetDrawing } from "./set-context";
import { sky } from "./sky";
import { circle, ellipse, polygon, radialGlow, rect, verticalGradient } from "./svg-shapes";

/**
 * An exterior: the hour's sky over the place the heading names. Drawn a world wide on either
 * side of the frame, so a wide lens that sees past the frame's edges still finds set there.
 */
export function exteriorSet(set: SetContext, place: ExteriorPlace): SetDrawing {
  const { width: w, height: h } = set;
  const heavens =
    place === "space"
      ? { defs: [], shapes: [] }
      : sky(set, "ext", { x: -w, y: -h, width: 3 * w, height: set.horizon + h + 2 }, set.horizon, {
          x: 0,
          width: w,
        });
  const ground = painters[place](set);
  return { defs: [...heavens.defs, ...ground.defs], shapes: [...heavens.shapes, ...ground.shapes] };
}

const painters: Record<ExteriorPlace, (set: SetContext) => SetDrawing> = {
  waterfront: waterfrontSet,
  street: streetSet,
  countryside: countrysideSet,
  forest: forestSet,
  mountains: mountainSet,
  desert: desertSet,
  space: spaceSet,
};

/** Water to the horizon, the sun or moon laid on it, a stone quay to stand on. */
function waterfrontSet(set: SetContext): SetDrawing {
  const { width: w, height: h, horizon, light, random } = set;
  const quay = h * 0.8;
  const water = lit(set, mix("#2f5d7c", set.show.accent, 0.2));
  const defs = [
    verticalGradient("sea", horizon, quay, [
      [0, hazed(set, water, 0.55)],
      [1, mix(water, "#05070c", 0.35)],
    ]),
  ];
  const headland: [number, number][] = [[-w, horizon]];
  for (let x = -w; x <= 2 * w; x += w * 0.08) {
    headland.push([x, horizon - h * random.range(0, 0.05) * (Math.sin((x / w) * 4) + 1.2)]);
  }
  headland.push([2 * w, horizon]);
  const shapes = [
    polygon(headland, hazed(set, material(set, 1, 0.55), 0.55)),
    rect(-w, horizon, 3 * w, quay - horizon, "url(#sea)"),
  ];
  if (light.orb) {
    // The sun or moon's path on the water: dashes that thin out toward the shore.
    const x = light.orb.x * w;
    for (let y = horizon + 2; y < quay; y += h * 0.007) {
      const spread = (y - horizon) / (quay - horizon);
      const half = w * (0.008 + spread * 0.04) * random.range(0.2, 1);
      const drift = random.range(-1, 1) * w * (0.006 + spread * 0.02);
      shapes.push(
        ellipse(x + drift, y, half, h * 0.0018, light.orb.color, {
          opacity: 0.4 * (1 - spread * 0.7),
        }),
      );
    }
  }
  if (light.lampsLit) {
    for (let index = 0; index < 9; index++) {
      const x = random.range(-0.3, 1.3) * w;
      shapes.push(circle(x, horizon - h * 0.006, h * 0.004, light.lamp));
      shapes.push(
        rect(x - w * 0.002, horizon + h * 0.004, w * 0.004, h * 0.05, light.lamp, {
          opacity: 0.35,
        }),
      );
    }
  }
  const stone = lit(set, mix("#8c8880", set.show.accents[2] ?? set.show.accent, 0.15));
  shapes.push(
    rect(-w, quay, 3 * w, h * 2, stone),
    rect(-w, quay, 3 * w, h * 0.014, lighten(stone, 0.18)),
  );
  for (let index = 0; index < 5; index++) {
    const x = (index / 4) * 1.6 * w - 0.3 * w + random.range(-0.05, 0.05) * w;
    shapes.push(
      rect(x, quay - h * 0.035, w * 0.016, h * 0.05, mix(stone, "#0a0a0a", 0.6), { rx: w * 0.005 }),
    );
  }
  // Away from the sun or moon's path, so the lamp does not stand in its reflection.
  shapes.push(...lampPost(set, (light.orb && light.orb.x > 0.5 ? 0.2 : 0.86) * w, quay + h * 0.02));
  return { defs, shapes };
}

/** A row of buildings with windows (lit after dark), a pavement and a kerb. */
function streetSet(set: SetContext): SetDrawing {
  const { width: w, height: h, light, random } = set;
  const street = h * 0.74;
  const shapes: string[] = [];
  // A far row, hazed, then the near row.
  for (const [row, scale] of [
    [0, 0.7],
    [1, 1],
  ] as const) {
    let x = -w * 0.9;
    while (x < w * 1.9) {
      const bw = w * random.range(0.1, 0.2) * scale;
      const bh = h * random.range(0.22, 0.52) * scale;
      const top = street - bh - (row === 0 ? h * 0.05 : 0);
      const wall =
        row === 0
          ? hazed(set, material(set, random.int(0, 5), 0.5), 0.5)
          : material(set, random.int(0, 5), 0.4);
      shapes.push(rect(x, top, bw + 1, street - top, wall));
      if (random.next() < 0.35) {
        shapes.push(
          polygon(
            [
              [x - bw * 0.04, top],
              [x + bw / 2, top - bh * 0.18],
              [x + bw * 1.04, top],
            ],
            mix(wall, "#000000", 0.25),
          ),
        );
      }
      if (row === 1) {
        shapes.push(...windows(set, x, top, bw, street - top));
      }
      x += bw + (row === 1 ? w * random.range(0, 0.02) : 0);
    }
  }
  const pavement = lit(set, mix("#75726d", set.show.accent, 0.08));
  shapes.push(rect(-w, street, 3 * w, h * 2, pavement));
  shapes.push(rect(-w, h * 0.8, 3 * w, h * 0.012, lighten(pavement, 0.15)));
  shapes.push(rect(-w, h * 0.812, 3 * w, h * 2, mix(pavement, "#101014", 0.3)));
  if (light.lampsLit) {
    shapes.push(...lampPost(set, w * 0.12, h * 0.8), ...lampPost(set, w * 1.02, h * 0.8));
  }
  return { defs: [], shapes };
}

function windows(set: SetContext, x: number, top: number, width: number, height: number): string[] {
  const { width: w, height: h, light, random } = set;
  const cols = Math.max(1, Math.floor(width / (w * 0.04)));
  const rows = Math.max(1, Math.floor((height - h * 0.08) / (h * 0.075)));
  const pane = { width: w * 0.018, height: h * 0.04 };
  const gapX = (width - cols * pane.width) / (cols + 1);
  const shapes: string[] = [];
  const dark = mix(set.show.night, light.skyTop, 0.35);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const litUp = light.lampsLit && random.next() < 0.42;
      const fill = litUp
        ? light.lamp
        : light.ambient > 0.5
          ? mix(light.skyHorizon, dark, 0.45)
          : dark;
      shapes.push(
        rect(
          x + gapX + col * (pane.width + gapX),
          top + h * 0.04 + row * h * 0.075,
          pane.width,
          pane.height,
          fill,
          { opacity: litUp ? 0.9 : 0.8 },
        ),
      );
    }
  }
  return shapes;
}

/** A street lamp; after dark it throws a pool of light around its foot. */
export function lampPost(set: SetContext, x: number, foot: number): string[] {
  const { height: h, light } = set;
  const post = mix(set.show.night, "#3a3a40", 0.5);
  const head = foot - h * 0.5;
  const shapes = [
    rect(x - h * 0.005, head, h * 0.01, foot - head, post),
    rect(x - h * 0.02, head - h * 0.012, h * 0.04, h * 0.016, post, { rx: h * 0.006 }),
  ];
  if (light.lampsLit) {
    const id = `lamp-${Math.round(x)}-${Math.round(foot)}`;
    return [
      `<defs>${radialGlow(id, light.lamp, 0.55)}</defs>`,
      ellipse(x, foot, h * 0.28, h * 0.06, `url(#${id})`),
      circle(x, head, h * 0.12, `url(#${id})`),
      ...shapes,
      circle(x, head + h * 0.006, h * 0.009, lighten(light.lamp, 0.5)),
    ];
  }
  return shapes;
}
