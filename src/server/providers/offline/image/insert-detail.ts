import type { Size } from "../../types";
import { darken, lighten, mix } from "./color";
import type { Daylight } from "./daylight";
import { type Box, img, svgDataUri } from "./render-svg";
import type { ShowGrade } from "./show-palette";
import {
  circle,
  ellipse,
  group,
  line,
  path,
  radialGlow,
  rect,
  verticalGradient,
} from "./svg-shapes";

/**
 * An insert: the object the action turns on, close on a surface, and a hand reaching for it. No
 * faces: an insert is the one framing that shows none. The object is read from the action's
 * words ("she slides the KEY across the desk"); anything else is a page of writing.
 */
export type InsertProp =
  | "paper"
  | "book"
  | "key"
  | "phone"
  | "cup"
  | "bottle"
  | "candle"
  | "coin"
  | "blade"
  | "clock";

const propWords: [InsertProp, RegExp][] = [
  ["key", /\bkeys?\b|keyring|padlock|lock\b/],
  ["phone", /phone|mobile|text message|screen|radio|pager|tablet/],
  ["cup", /\bcup\b|mug|coffee|\btea\b|saucer|kettle/],
  ["bottle", /bottle|glass\b|wine|whisk(e)?y|beer|drink|flask|vial|potion|jar/],
  ["candle", /candle|lamp|lantern|torch|match(es)?\b|lighter|flame|lightbulb/],
  ["coin", /coin|money|cash|ring\b|medal|badge|button|token|locket/],
  ["blade", /knife|blade|dagger|scissors|scalpel|sword|razor/],
  ["clock", /clock|watch|timer|hourglass|stopwatch/],
  ["book", /\bbook|ledger|diary|journal|notebook|album|bible|register|logbook/],
  [
    "paper",
    /letter|note|page|paper|file|map|photo|envelope|document|record|card|ticket|list|telegram|newspaper|receipt|contract|will\b|drawing/,
  ],
];

export function insertPropFor(action: string): InsertProp {
  const text = action.toLowerCase();
  return propWords.find(([, pattern]) => pattern.test(text))?.[0] ?? "paper";
}

interface InsertPaint {
  show: ShowGrade;
  light: Daylight;
  /** The hand's skin and sleeve: the shot's lead when there is one. */
  skin: string;
  sleeve: string;
}

/** The surface, the prop and the hand, over the top of a blurred set, as one frame-sized image. */
export function insertDetail(action: string, paint: InsertPaint, size: Size): Box {
  const { width: w, height: h } = size;
  const u = h / 720;
  const edge = h * 0.34;
  const wood = mix(
    mix("#6e4a2e", paint.show.accents[2] ?? paint.show.accent, 0.15),
    darken(paint.show.night, 0.2),
    0.55 - paint.light.ambient * 0.55,
  );
  const defs =
    verticalGradient("top", edge, h, [
      [0, darken(wood, 0.25)],
      [1, lighten(wood, 0.08)],
    ]) +
    radialGlow("pool", paint.light.lamp, 0.45) +
    radialGlow("flame", "#ffd27a", 0.6);
  const shapes = [
    path(
      `M ${-w * 0.1} ${edge} L ${w * 1.1} ${edge} L ${w * 1.1} ${h} L ${-w * 0.1} ${h} Z`,
      "url(#top)",
    ),
  ];
  for (let index = 0; index < 9; index++) {
    const y = edge + (h - edge) * (index / 9) ** 1.4;
    shapes.push(
      line(-w * 0.1, y + 4 * u, w * 1.1, y - 6 * u, darken(wood, 0.3), 1.5 * u, { opacity: 0.35 }),
    );
  }
  const centre = { x: w * 0.46, y: h * 0.64 };
  if (paint.light.lampsLit) {
    // After dark the object sits in a lamp's pool on the surface.
    shapes.push(ellipse(centre.x, centre.y, w * 0.42, h * 0.34, "url(#pool)"));
  }
  shapes.push(
    ellipse(centre.x + 12 * u, centre.y + 70 * u, 230 * u, 40 * u, "#000000", { opacity: 0.3 }),
  );
  shapes.push(propShape(insertPropFor(action), centre, u, paint));
  shapes.push(hand({ x: centre.x + 150 * u, y: centre.y + 40 * u }, u, paint, size));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs}</defs>${shapes.join("")}</svg>`;
  return img(svgDataUri(svg), size, { position: "absolute", left: 0, top: 0 });
}

function propShape(
  prop: InsertProp,
  c: { x: number; y: number },
  u: number,
  paint: InsertPaint,
): string {
  const metal = "#c9b37a";
  const ink = "#2a2a33";
  const paper = mix("#efe6d2", paint.light.skyHorizon, 0.1);
  const accent = paint.show.accents[1] ?? paint.show.accent;
  switch (prop) {
    case "paper":
      return group(
        [
          rect(c.x - 150 * u, c.y - 100 * u, 300 * u, 200 * u, paper),
          ...Array.from({ length: 7 }, (_, index) =>
            rect(
              c.x - 120 * u,
              c.y - 70 * u + index * 24 * u,
              (index === 6 ? 140 : 240) * u,
              5 * u,
              ink,
              { opacity: 0.55 },
            ),
          ),
        ],
        { transform: `rotate(-8 ${c.x} ${c.y})` },
      );
    case "book":
      return group(
        [
          rect(c.x - 190 * u, c.y - 110 * u, 380 * u, 220 * u, darken(accent, 0.4), { rx: 8 * u }),
          rect(c.x - 178 * u, c.y - 100 * u, 172 * u, 200 * u, paper),
          rect(c.x + 6 * u, c.y - 100 * u, 172 * u, 200 * u, darken(paper, 0.05)),
          ...Array.from({ length: 14 }, (_, index) =>
            rect(
              c.x + (index < 7 ? -160 : 24) * u,
              c.y - 75 * u + (index % 7) * 24 * u,
              135 * u,
              4 * u,
              ink,
              { opacity: 0.5 },
            ),
          ),
        ],
        { transform: `rotate(-5 ${c.x} ${c.y})` },
      );
    case "key":
      return group(
        [
          circle(c.x - 90 * u, c.y, 45 * u, "none", { stroke: metal, "stroke-width": 16 * u }),
          rect(c.x - 48 * u, c.y - 9 * u, 190 * u, 18 * u, metal, { rx: 6 * u }),
          rect(c.x + 100 * u, c.y + 5 * u, 14 * u, 36 * u, metal),
          rect(c.x + 125 * u, c.y + 5 * u, 14 * u, 26 * u, metal),
        ],
        { transform: `rotate(-14 ${c.x} ${c.y})` },
      );
    case "phone":
      return group(
        [
          rect(c.x - 80 * u, c.y - 150 * u, 160 * u, 300 * u, "#15161a", { rx: 22 * u }),
          rect(c.x - 68 * u, c.y - 132 * u, 136 * u, 264 * u, lighten(accent, 0.35), {
            rx: 10 * u,
          }),
          rect(c.x - 50 * u, c.y - 90 * u, 100 * u, 34 * u, "#ffffff", {
            rx: 10 * u,
            opacity: 0.85,
          }),
        ],
        { transform: `rotate(12 ${c.x} ${c.y})` },
      );
    case "cup":
      return group([
        circle(c.x + 85 * u, c.y + 10 * u, 42 * u, "none", {
          stroke: lighten(accent, 0.2),
          "stroke-width": 18 * u,
        }),
        path(
          `M ${c.x - 90 * u} ${c.y - 90 * u} L ${c.x + 90 * u} ${c.y - 90 * u} L ${c.x + 75 * u} ${c.y + 90 * u} Q ${c.x} ${c.y + 110 * u} ${c.x - 75 * u} ${c.y + 90 * u} Z`,
          lighten(accent, 0.2),
        ),
        ellipse(c.x, c.y - 90 * u, 90 * u, 22 * u, darken(accent, 0.2)),
        ellipse(c.x, c.y - 88 * u, 78 * u, 16 * u, "#3b2418"),
      ]);
    case "bottle":
      return group([
        rect(c.x - 55 * u, c.y - 110 * u, 110 * u, 220 * u, mix("#3e6b4a", accent, 0.3), {
          rx: 30 * u,
          opacity: 0.9,
        }),
        rect(c.x - 20 * u, c.y - 200 * u, 40 * u, 100 * u, mix("#3e6b4a", accent, 0.3), {
          rx: 10 * u,
          opacity: 0.9,
        }),
        rect(c.x - 45 * u, c.y - 40 * u, 90 * u, 80 * u, paper),
        rect(c.x - 36 * u, c.y - 100 * u, 14 * u, 180 * u, "#ffffff", { opacity: 0.25, rx: 7 * u }),
      ]);
    case "candle":
      return group([
        circle(c.x, c.y - 150 * u, 170 * u, "url(#flame)"),
        rect(c.x - 40 * u, c.y - 110 * u, 80 * u, 200 * u, paper, { rx: 8 * u }),
        ellipse(c.x, c.y - 150 * u, 16 * u, 36 * u, "#ffd27a"),
        ellipse(c.x, c.y - 140 * u, 7 * u, 16 * u, "#fff6dc"),
        ellipse(c.x, c.y + 92 * u, 90 * u, 18 * u, metal),
      ]);
    case "coin":
      return group([
        circle(c.x - 60 * u, c.y, 50 * u, metal),
        circle(c.x - 60 * u, c.y, 38 * u, darken(metal, 0.15)),
        circle(c.x + 50 * u, c.y + 20 * u, 50 * u, metal),
        circle(c.x + 50 * u, c.y + 20 * u, 38 * u, darken(metal, 0.15)),
        circle(c.x + 10 * u, c.y - 50 * u, 42 * u, darken(metal, 0.05)),
      ]);
    case "blade":
      return group(
        [
          rect(c.x - 180 * u, c.y - 16 * u, 130 * u, 32 * u, "#2b1d14", { rx: 10 * u }),
          path(
            `M ${c.x - 50 * u} ${c.y - 18 * u} L ${c.x + 200 * u} ${c.y - 10 * u} L ${c.x + 230 * u} ${c.y + 16 * u} L ${c.x - 50 * u} ${c.y + 18 * u} Z`,
            "#c8ccd2",
          ),
        ],
        { transform: `rotate(-10 ${c.x} ${c.y})` },
      );
    case "clock":
      return group([
        circle(c.x, c.y, 120 * u, metal),
        circle(c.x, c.y, 104 * u, paper),
        line(c.x, c.y, c.x, c.y - 80 * u, ink, 8 * u),
        line(c.x, c.y, c.x + 55 * u, c.y + 20 * u, ink, 10 * u),
        circle(c.x, c.y, 10 * u, ink),
      ]);
  }
}

/** A hand reaching in from the lower right, its sleeve running off the frame. */
function hand(at: { x: number; y: number }, u: number, paint: InsertPaint, size: Size): string {
  const skin = paint.skin;
  const shade = darken(skin, 0.2);
  return group(
    [
      path(
        `M ${at.x + 60 * u} ${at.y - 40 * u} L ${size.width + 200 * u} ${at.y + 40 * u} L ${size.width + 200 * u} ${at.y + 260 * u} L ${at.x + 80 * u} ${at.y + 70 * u} Z`,
        paint.sleeve,
      ),
      ellipse(at.x, at.y + 10 * u, 80 * u, 58 * u, skin),
      ...[-36, -12, 12, 36].map((offset, index) =>
        rect(
          at.x - 150 * u + Math.abs(offset) * 0.6 * u,
          at.y + offset * u - 11 * u,
          (110 - index * 4) * u,
          22 * u,
          index % 2 ? skin : shade,
          { rx: 11 * u },
        ),
      ),
      rect(at.x - 60 * u, at.y + 40 * u, 80 * u, 26 * u, shade, {
        rx: 13 * u,
        transform: `rotate(-25 ${at.x} ${at.y + 50 * u})`,
      }),
    ],
    { transform: `rotate(-12 ${at.x} ${at.y})` },
  );
}
