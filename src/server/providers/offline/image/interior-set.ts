import { darken, lighten, mix } from "./color";
import type { InteriorPlace } from "./scene-setting";
import { lit, material, type SetContext, type SetDrawing } from "./set-context";
import { sky } from "./sky";
import { circle, ellipse, line, radialGlow, rect, verticalGradient } from "./svg-shapes";

/**
 * An interior: a back wall in the show's colours meeting a floor at `set.horizon`, the hour seen
 * through a window, and the furniture that says what kind of room it is. After dark the lamps
 * are lit and throw warm pools on the wall.
 */
export function interiorSet(set: SetContext, place: InteriorPlace): SetDrawing {
  const { width: w, height: h, horizon: floor, light } = set;
  const paint = lit(set, mix(material(set, 1, 0.6), "#c9c0b0", 0.35));
  const wall = light.lampsLit ? mix(paint, light.lamp, 0.12) : paint;
  const defs = [
    verticalGradient("wall", -h, floor, [
      [0, darken(wall, 0.35)],
      [0.7, wall],
      [1, darken(wall, 0.1)],
    ]),
    verticalGradient("floor", floor, h * 1.2, [
      [0, darken(floorColor(set, place), 0.2)],
      [1, floorColor(set, place)],
    ]),
    radialGlow("lamp-pool", light.lamp, light.lampsLit ? 0.75 : 0.12),
  ];
  const shapes = [rect(-w, -h, 3 * w, floor + h, "url(#wall)")];
  const furnished = furnishings[place](set, wall);
  defs.push(...furnished.defs);
  shapes.push(...furnished.shapes);
  shapes.push(...floorAndSkirting(set, wall, place));
  shapes.push(...furnished.front);
  return { defs, shapes };
}

interface Furnished extends SetDrawing {
  /** Drawn after the floor: what stands on it. */
  front: string[];
}

const furnishings: Record<InteriorPlace, (set: SetContext, wall: string) => Furnished> = {
  home: homeRoom,
  workplace: workRoom,
  shopfront: shopRoom,
  hall: hallRoom,
  vehicle: vehicleCabin,
};

function floorColor(set: SetContext, place: InteriorPlace): string {
  const natural = place === "hall" ? "#8d877d" : place === "vehicle" ? "#3c3f46" : "#7a5a3c";
  return lit(set, mix(natural, set.show.accents[2] ?? set.show.accent, 0.12));
}

/** Boards (or tiles) running to a vanishing point behind the middle of the set. */
function floorAndSkirting(set: SetContext, wall: string, place: InteriorPlace): string[] {
  const { width: w, height: h, horizon: floor } = set;
  const shapes = [rect(-w, floor, 3 * w, h * 2, "url(#floor)")];
  const seam = darken(floorColor(set, place), 0.35);
  const vanishing = { x: w * 0.5, y: floor - h * 0.35 };
  for (let x = -w; x <= 2 * w; x += w * (place === "hall" ? 0.12 : 0.07)) {
    const t = (h * 1.5 - vanishing.y) / (floor - vanishing.y);
    shapes.push(
      line(x, floor, vanishing.x + (x - vanishing.x) * t, h * 1.5, seam, 1.2, { opacity: 0.6 }),
    );
  }
  if (place === "hall") {
    for (let y = floor + h * 0.05; y < h * 1.5; y += h * 0.06 * (1 + ((y - floor) / h) * 2)) {
      shapes.push(line(-w, y, 2 * w, y, seam, 1.2, { opacity: 0.5 }));
    }
  }
  shapes.push(rect(-w, floor - h * 0.02, 3 * w, h * 0.02, darken(wall, 0.3)));
  return shapes;
}

/** A window onto the hour: its sky, a hint of the world outside, frame and glazing bars. */
function windowPane(
  set: SetContext,
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  withOrb = true,
): SetDrawing {
  const region = { x, y, width, height };
  const view = sky(set, id, region, y + height * 0.85, region, withOrb);
  const frame = darken(lit(set, "#d8d2c4"), 0.15);
  const skyline = mix(set.show.night, set.light.skyHorizon, set.light.ambient * 0.5);
  const thick = Math.max(3, width * 0.04);
  const shapes = [
    ...view.shapes,
    rect(x, y + height * 0.78, width, height * 0.22, skyline),
    rect(x + width * 0.15, y + height * 0.66, width * 0.2, height * 0.34, skyline),
    rect(x + width * 0.6, y + height * 0.7, width * 0.25, height * 0.3, skyline),
    rect(x - thick, y - thick, width + 2 * thick, thick * 2, frame),
    rect(x - thick, y + height - thick, width + 2 * thick, thick * 2.5, frame),
    rect(x - thick, y, thick * 2, height, frame),
    rect(x + width - thick, y, thick * 2, height, frame),
    rect(x + width / 2 - thick / 2, y, thick, height, frame),
    rect(x, y + height / 2 - thick / 2, width, thick, frame),
  ];
  return { defs: view.defs, shapes };
}

function lampGlow(x: number, y: number, radius: number): string {
  return ellipse(x, y, radius, radius * 0.8, "url(#lamp-pool)");
}

function homeRoom(set: SetContext, wall: string): Furnished {
  const { width: w, height: h, horizon: floor, random } = set;
  const pane = windowPane(set, "home-win", w * 0.06, h * 0.16, w * 0.2, h * 0.32);
  const sofa = material(set, 0, 0.3);
  const picture = material(set, 2, 0.2);
  return {
    defs: pane.defs,
    shapes: [
      ...pane.shapes,
      lampGlow(w * 0.84, h * 0.32, h * 0.45),
      rect(w * 0.42, h * 0.18, w * 0.16, h * 0.17, darken(wall, 0.45)),
      rect(w * 0.43, h * 0.195, w * 0.14, h * 0.14, picture),
      circle(w * (0.47 + random.range(0, 0.06)), h * 0.25, h * 0.035, lighten(picture, 0.3)),
    ],
    front: [
      ellipse(w * 0.5, floor + h * 0.16, w * 0.36, h * 0.06, material(set, 3, 0.4), {
        opacity: 0.8,
      }),
      rect(w * 0.3, floor - h * 0.17, w * 0.4, h * 0.13, darken(sofa, 0.1), { rx: h * 0.03 }),
      rect(w * 0.28, floor - h * 0.08, w * 0.44, h * 0.09, sofa, { rx: h * 0.025 }),
      rect(w * 0.838, h * 0.33, h * 0.008, floor - h * 0.33, darken(wall, 0.6)),
      rect(
        w * 0.81,
        h * 0.24,
        w * 0.06,
        h * 0.09,
        lighten(set.light.lamp, set.light.lampsLit ? 0.2 : -0.2),
        { rx: h * 0.01 },
      ),
    ],
  };
}

function workRoom(set: SetContext, wall: string): Furnished {
  const { width: w, height: h, horizon: floor, random } = set;
  const pane = windowPane(set, "work-win", w * 0.66, h * 0.14, w * 0.24, h * 0.34);
  const shelf = darken(lit(set, "#6b4a30"), 0.2);
  const shapes = [...pane.shapes];
  // Blinds: the archive's slatted light.
  for (let y = h * 0.16; y < h * 0.47; y += h * 0.028) {
    shapes.push(
      rect(w * 0.66, y, w * 0.24, h * 0.009, mix(wall, "#000000", 0.25), { opacity: 0.8 }),
    );
  }
  shapes.push(rect(-w * 0.3, h * 0.05, w * 0.78, floor - h * 0.05, shelf));
  for (let y = h * 0.08; y < floor - h * 0.05; y += h * 0.12) {
    let x = -w * 0.28;
    while (x < w * 0.45) {
      const spine = w * random.range(0.008, 0.018);
      const tall = h * random.range(0.07, 0.1);
      shapes.push(
        rect(
          x,
          y + h * 0.1 - tall,
          spine,
          tall,
          material(set, random.int(0, 5), random.range(0.2, 0.5)),
        ),
      );
      x += spine + 1;
    }
    shapes.push(rect(-w * 0.3, y + h * 0.1, w * 0.78, h * 0.015, darken(shelf, 0.3)));
  }
  const desk = darken(lit(set, "#7a5636"), 0.1);
  return {
    defs: pane.defs,
    shapes: [...shapes, lampGlow(w * 0.78, floor - h * 0.12, h * 0.3)],
    front: [
      rect(w * 0.6, floor - h * 0.06, w * 0.36, h * 0.05, desk),
      rect(w * 0.62, floor - h * 0.01, w * 0.03, h * 0.12, darken(desk, 0.3)),
      rect(w * 0.91, floor - h * 0.01, w * 0.03, h * 0.12, darken(desk, 0.3)),
      rect(w * 0.77, floor - h * 0.14, w * 0.006, h * 0.08, darken(desk, 0.5)),
      ellipse(w * 0.775, floor - h * 0.14, w * 0.03, h * 0.018, material(set, 3, 0.2)),
    ],
  };
}

function shopRoom(set: SetContext, wall: string): Furnished {
  const { width: w, height: h, horizon: floor, random } = set;
  const pane = windowPane(set, "shop-win", -w * 0.12, h * 0.12, w * 0.3, h * 0.42);
  const shapes = [...pane.shapes];
  const wood = darken(lit(set, "#7a5030"), 0.15);
  for (const y of [h * 0.2, h * 0.34]) {
    shapes.push(rect(w * 0.26, y, w * 0.9, h * 0.012, wood));
    for (let x = w * 0.27; x < w * 1.14; x += w * random.range(0.025, 0.04)) {
      const tall = h * random.range(0.05, 0.09);
      shapes.push(
        rect(x, y - tall, w * 0.016, tall, material(set, random.int(0, 5), 0.25), {
          rx: w * 0.004,
          opacity: 0.9,
        }),
      );
    }
  }
  for (const x of [w * 0.4, w * 0.64, w * 0.88]) {
    shapes.push(
      line(x, -h, x, h * 0.06, darken(wall, 0.6), 2),
      ellipse(x, h * 0.07, w * 0.03, h * 0.022, material(set, 0, 0.2)),
      lampGlow(x, h * 0.14, h * 0.18),
    );
  }
  return {
    defs: pane.defs,
    shapes,
    front: [
      rect(w * 0.24, floor - h * 0.14, w * 1, h * 0.15, wood),
      rect(w * 0.23, floor - h * 0.15, w * 1.02, h * 0.02, lighten(wood, 0.15)),
    ],
  };
}

function hallRoom(set: SetContext, wall: string): Furnished {
  const { width: w, height: h, horizon: floor } = set;
  const defs: string[] = [];
  const shapes: string[] = [];
  for (let index = 0; index < 4; index++) {
    const x = -w * 0.15 + index * w * 0.36;
    const pane = windowPane(set, `hall-win-${index}`, x, h * 0.02, w * 0.12, h * 0.42, index === 2);
    defs.push(...pane.defs);
    shapes.push(...pane.shapes);
    shapes.push(
      rect(x + w * 0.2, -h, w * 0.05, floor + h, lighten(wall, 0.08)),
      rect(x + w * 0.245, -h, w * 0.012, floor + h, darken(wall, 0.3)),
    );
  }
  return { defs, shapes, front: [] };
}

function vehicleCabin(set: SetContext, wall: string): Furnished {
  const { width: w, height: h, horizon: floor, random } = set;
  const band = windowPane(set, "cabin-win", -w * 0.5, h * 0.2, w * 2, h * 0.26);
  const shapes = [...band.shapes];
  // The world going past: streaks of the landscape, blurred by speed.
  for (let index = 0; index < 12; index++) {
    shapes.push(
      rect(
        random.range(-0.5, 1.5) * w,
        h * random.range(0.36, 0.44),
        w * random.range(0.05, 0.2),
        h * 0.01,
        mix(set.light.skyHorizon, set.show.night, 0.5),
        { opacity: 0.6 },
      ),
    );
  }
  for (let x = -w * 0.4; x < w * 1.6; x += w * 0.28) {
    shapes.push(rect(x, h * 0.18, w * 0.025, h * 0.3, darken(wall, 0.25)));
  }
  const seat = material(set, 0, 0.35);
  const front: string[] = [];
  for (let x = -w * 0.3; x < w * 1.4; x += w * 0.3) {
    front.push(
      rect(x, floor - h * 0.2, w * 0.2, h * 0.26, darken(seat, 0.1), { rx: h * 0.03 }),
      rect(x + w * 0.02, floor - h * 0.24, w * 0.16, h * 0.05, lighten(seat, 0.1), {
        rx: h * 0.02,
      }),
    );
  }
  return { defs: band.defs, shapes, front };
}
