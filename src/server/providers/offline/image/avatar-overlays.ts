import type { AvatarColors } from "./avatar-looks";
import type { CharacterTraits } from "./character-traits";
import { darken, lighten, mix } from "./color";

/**
 * What avataaars cannot draw, drawn into its SVG by hand: a mohawk, twin buns, a scarf,
 * earrings, freckles, a scar, a flower, wrinkles, lashes and a child's blush. Coordinates are
 * the style's own 280×280 viewBox, where the face is centred at x 140 with the eyes at y 112.
 *
 * Each overlay goes in at one of the style's layer boundaries, found by the group transforms
 * DiceBear writes; `layerMarkers` are checked by a test so a library update that moves them
 * fails loudly instead of silently dropping the overlays.
 */

export type OverlayName =
  | "mohawk"
  | "twinBuns"
  | "ponytail"
  | "scarf"
  | "earrings"
  | "freckles"
  | "scar"
  | "flower"
  | "wrinkles"
  | "lashes"
  | "blush"
  | "animalEars"
  | "muzzle"
  | "beak"
  | "eyeBulges";

/** Where in the avatar's paint order each layer goes in. */
export const layerMarkers = {
  /** First of all, behind the head and body: a ponytail, an animal's ears. */
  back: '<g transform="translate(8)">',
  /** After the clothes, before the mouth: under the chin and any beard. */
  neck: '<g transform="translate(78 134)">',
  /** After the eyebrows, before the hair: the fringe falls over forehead lines. */
  face: '<g transform="translate(-1)">',
  /** After the hair, before the beard. */
  hair: '<g transform="translate(49 72)">',
} as const;

type Layer = keyof typeof layerMarkers;

interface Overlay {
  name: OverlayName;
  layer: Layer;
  svg: string;
}

/** The overlays these traits call for, in the avatar's colours. */
export function overlaysFor(
  traits: CharacterTraits,
  colors: AvatarColors,
  skin: string,
): Overlay[] {
  const overlays: Overlay[] = [];
  const add = (name: OverlayName, layer: Layer, svg: string) => overlays.push({ name, layer, svg });
  const line = darken(skin, 0.45);
  if (traits.hairStyle === "mohawk" && !traits.headwear) {
    add("mohawk", "hair", mohawk(colors.hair));
  }
  if (traits.hairStyle === "twinBuns" && !traits.headwear) {
    add("twinBuns", "hair", twinBuns(colors.hair));
  }
  if (traits.hairStyle === "ponytail" && traits.presentation !== "feminine" && !traits.headwear) {
    add("ponytail", "back", ponytail(colors.hair));
  }
  if (traits.accessories.includes("scarf")) {
    add("scarf", "neck", scarf(colors.accent ?? lighten(colors.clothing, 0.35)));
  }
  if (traits.accessories.includes("earrings")) {
    add("earrings", "hair", earrings());
  }
  if (traits.accessories.includes("freckles")) {
    // Faint enough that ink looks do not outline every freckle.
    add("freckles", "face", freckles(mix(skin, "#6b3a1f", 0.22)));
  }
  if (traits.accessories.includes("scar")) {
    add(
      "scar",
      "face",
      `<path d="M100 80 L118 108" stroke="${mix(skin, "#7a2a2a", 0.5)}" stroke-width="3" stroke-linecap="round"/>`,
    );
  }
  if (traits.accessories.includes("flower")) {
    add("flower", "hair", flower(colors.accent ?? "#e0719b"));
  }
  if (traits.creature) {
    const { ears, face } = traits.creature;
    if (ears !== "none" && !traits.headwear) {
      add("animalEars", "back", animalEars(ears, skin));
    }
    if (face === "muzzle") {
      add(
        "muzzle",
        "neck",
        `<ellipse cx="140" cy="146" rx="30" ry="21" fill="${lighten(skin, 0.4)}"/><ellipse cx="140" cy="131" rx="9" ry="6" fill="${darken(skin, 0.55)}"/>`,
      );
    }
    if (face === "beak") {
      add(
        "beak",
        "face",
        `<path d="M124 128 Q140 120 156 128 L140 150 Z" fill="#f0a020" stroke="${darken("#f0a020", 0.3)}" stroke-width="2" stroke-linejoin="round"/>`,
      );
    }
    if (face === "bulges") {
      add(
        "eyeBulges",
        "neck",
        `<circle cx="112" cy="76" r="20" fill="${skin}"/><circle cx="168" cy="76" r="20" fill="${skin}"/><circle cx="112" cy="76" r="9" fill="${lighten(skin, 0.5)}"/><circle cx="168" cy="76" r="9" fill="${lighten(skin, 0.5)}"/>`,
      );
    }
  }
  if (traits.age === "elder" && !traits.creature) {
    add("wrinkles", "face", wrinkles(line));
  }
  if (traits.presentation === "feminine") {
    add("lashes", "face", lashes());
  }
  if (traits.age === "child") {
    add("blush", "face", blush());
  }
  return overlays;
}

/** The avatar SVG with its overlays painted in at their layers. */
export function paintOverlays(svg: string, overlays: Overlay[]): string {
  let painted = svg;
  for (const layer of Object.keys(layerMarkers) as Layer[]) {
    const here = overlays.filter((overlay) => overlay.layer === layer);
    if (here.length === 0) {
      continue;
    }
    const marker = layerMarkers[layer];
    const group = `<g data-overlay="${here.map((overlay) => overlay.name).join(" ")}" transform="translate(-8)">${here.map((overlay) => overlay.svg).join("")}</g>`;
    // The back layer opens the figure's group; every other goes in before its marker.
    painted = painted.replace(marker, layer === "back" ? `${marker}${group}` : `${group}${marker}`);
  }
  return painted;
}

/** The overlay names painted into an avatar SVG, read back from its groups. */
export function paintedOverlays(svg: string): OverlayName[] {
  return [...svg.matchAll(/data-overlay="([^"]+)"/g)].flatMap(
    (match) => match[1]!.split(" ") as OverlayName[],
  );
}

function mohawk(hair: string): string {
  const shade = darken(hair, 0.25);
  return `<path d="M122 70 C120 50 124 30 130 16 L134 28 L140 2 L146 28 L150 16 C156 30 160 50 158 70 C150 62 130 62 122 70 Z" fill="${hair}" stroke="${shade}" stroke-width="2" stroke-linejoin="round"/><path d="M131 58 L136 22 M149 58 L144 22" stroke="${shade}" stroke-width="2" stroke-linecap="round" fill="none"/>`;
}

function twinBuns(hair: string): string {
  const shade = darken(hair, 0.25);
  const cap = `<path d="M84 96 C82 54 108 34 140 34 C172 34 198 54 196 96 C188 72 170 58 140 58 C110 58 92 72 84 96 Z" fill="${hair}"/>`;
  const bun = (x: number) =>
    `<circle cx="${x}" cy="40" r="24" fill="${hair}" stroke="${shade}" stroke-width="2"/><path d="M${x - 12} 34 q12 -10 24 0" stroke="${shade}" stroke-width="2" fill="none"/>`;
  return `${bun(92)}${bun(188)}${cap}`;
}

/** A tail of hair tied at the back of the head, showing past the neck on one side. */
function ponytail(hair: string): string {
  const shade = darken(hair, 0.3);
  return `<path d="M176 70 C214 80 222 140 208 190 C202 206 190 212 182 206 C196 180 200 130 170 96 Z" fill="${hair}" stroke="${shade}" stroke-width="2"/>`;
}

/** Ears on top of the head, in the coat's colour with a paler inside. */
function animalEars(shape: "round" | "pointy" | "long" | "floppy", coat: string): string {
  const inner = mix(coat, "#f3b3b3", 0.5);
  const pair = (left: string, right: string) => `${left}${right}`;
  switch (shape) {
    case "round":
      return pair(
        `<circle cx="92" cy="58" r="22" fill="${coat}"/><circle cx="92" cy="58" r="12" fill="${inner}"/>`,
        `<circle cx="188" cy="58" r="22" fill="${coat}"/><circle cx="188" cy="58" r="12" fill="${inner}"/>`,
      );
    case "pointy":
      return pair(
        `<path d="M88 78 L92 22 L128 48 Z" fill="${coat}"/><path d="M96 66 L98 36 L118 50 Z" fill="${inner}"/>`,
        `<path d="M192 78 L188 22 L152 48 Z" fill="${coat}"/><path d="M184 66 L182 36 L162 50 Z" fill="${inner}"/>`,
      );
    case "long":
      return pair(
        `<ellipse cx="116" cy="26" rx="13" ry="32" fill="${coat}"/><ellipse cx="116" cy="28" rx="6" ry="24" fill="${inner}"/>`,
        `<ellipse cx="164" cy="26" rx="13" ry="32" fill="${coat}"/><ellipse cx="164" cy="28" rx="6" ry="24" fill="${inner}"/>`,
      );
    case "floppy":
      return pair(
        `<path d="M90 60 C66 62 62 110 76 128 C88 120 98 90 100 66 Z" fill="${darken(coat, 0.2)}"/>`,
        `<path d="M190 60 C214 62 218 110 204 128 C192 120 182 90 180 66 Z" fill="${darken(coat, 0.2)}"/>`,
      );
  }
}

function scarf(color: string): string {
  const shade = darken(color, 0.3);
  return `<path d="M104 184 C118 200 162 200 176 184 L182 200 C164 218 116 218 98 200 Z" fill="${color}" stroke="${shade}" stroke-width="2"/><path d="M150 206 L146 262 L166 262 L166 204 Z" fill="${color}" stroke="${shade}" stroke-width="2"/><path d="M148 246 L166 246" stroke="${shade}" stroke-width="2"/>`;
}

function earrings(): string {
  const gold = "#e3b341";
  return `<circle cx="78" cy="140" r="5" fill="none" stroke="${gold}" stroke-width="2.5"/><circle cx="202" cy="140" r="5" fill="none" stroke="${gold}" stroke-width="2.5"/>`;
}

function freckles(color: string): string {
  const dots = [
    [104, 126],
    [112, 130],
    [100, 133],
    [110, 137],
    [176, 126],
    [168, 130],
    [180, 133],
    [170, 137],
    [132, 128],
    [148, 128],
  ];
  return dots.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="1.4" fill="${color}"/>`).join("");
}

function flower(color: string): string {
  const petals = [0, 72, 144, 216, 288]
    .map((angle) => {
      const rad = (angle * Math.PI) / 180;
      return `<circle cx="${(196 + Math.cos(rad) * 7).toFixed(1)}" cy="${(66 + Math.sin(rad) * 7).toFixed(1)}" r="6" fill="${color}"/>`;
    })
    .join("");
  return `${petals}<circle cx="196" cy="66" r="4" fill="#f2c12e"/>`;
}

function wrinkles(color: string): string {
  const stroke = `stroke="${color}" stroke-width="1.6" stroke-linecap="round" fill="none" opacity="0.45"`;
  return [
    `<path d="M118 70 Q140 64 162 70" ${stroke}/>`,
    `<path d="M122 77 Q140 72 158 77" ${stroke}/>`,
    // Crow's feet at the outer corners of the eyes.
    `<path d="M96 110 L90 107 M96 116 L90 119" ${stroke}/>`,
    `<path d="M184 110 L190 107 M184 116 L190 119" ${stroke}/>`,
    // Lines from nose to mouth.
    `<path d="M126 134 Q118 144 122 156" ${stroke}/>`,
    `<path d="M154 134 Q162 144 158 156" ${stroke}/>`,
  ].join("");
}

function lashes(): string {
  const stroke = `stroke="#1b1412" stroke-width="2.4" stroke-linecap="round" fill="none"`;
  return `<path d="M107 108 L101 103 M109 106 L105 100" ${stroke}/><path d="M173 108 L179 103 M171 106 L175 100" ${stroke}/>`;
}

function blush(): string {
  return `<ellipse cx="106" cy="134" rx="11" ry="7" fill="#f0708a" opacity="0.25"/><ellipse cx="174" cy="134" rx="11" ry="7" fill="#f0708a" opacity="0.25"/>`;
}
