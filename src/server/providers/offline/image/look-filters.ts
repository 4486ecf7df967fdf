import type { MediumLook } from "./medium-look";
import { seedFrom } from "./seeded-random";

/**
 * Each medium's look painted onto an avatar as an SVG filter, so every frame that draws the
 * character (portrait, storyboard) draws it in the show's medium. The filters shape the figure
 * itself — ink lines, wobbling washes, clay relief, cel shadows; texture across the whole
 * frame (hatching, halftone, paper, grain) is finish-frame.ts's job, done on pixels.
 *
 * Lengths are in the avatar's own 280-unit viewBox, so a look reads the same at any size.
 * Filters work in sRGB (`color-interpolation-filters`): colours blend as they look.
 */

/**
 * An alpha-only map of where colours meet: morphological gradients (dilate minus erode) of the
 * figure's luminance, of its red–blue balance (so a red coat on brown skin has an edge even at
 * equal brightness) and of its silhouette. Each channel is moved into alpha before the gradient:
 * inside an opaque figure a gradient's own alpha is zero, and its colour would be lost with it.
 */
function edgeAlpha(radius: number, gain: number, hueEdges = true): string {
  const toAlpha = (name: string, weights: string, offset = 0) =>
    `<feColorMatrix in="SourceGraphic" type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  ${weights} 0 ${offset}" result="${name}"/>` +
    `<feMorphology in="${name}" operator="dilate" radius="${radius}" result="${name}Up"/>` +
    `<feMorphology in="${name}" operator="erode" radius="${radius}" result="${name}Down"/>` +
    `<feComposite in="${name}Up" in2="${name}Down" operator="arithmetic" k2="1" k3="-1" result="${name}Edge"/>`;
  return `
    ${toAlpha("tone", "0.3 0.59 0.11")}
    ${hueEdges ? toAlpha("hue", "0.5 0 -0.5", 0.5) : '<feFlood flood-opacity="0" result="hueEdge"/>'}
    <feMorphology in="SourceAlpha" operator="dilate" radius="${radius}" result="shapeUp"/>
    <feMorphology in="SourceAlpha" operator="erode" radius="${radius}" result="shapeDown"/>
    <feComposite in="shapeUp" in2="shapeDown" operator="arithmetic" k2="1" k3="-1" result="shapeEdge"/>
    <feComposite in="toneEdge" in2="hueEdge" operator="arithmetic" k2="${gain}" k3="${gain}" result="colourEdge"/>
    <feComposite in="colourEdge" in2="shapeEdge" operator="arithmetic" k2="1" k3="1" result="edges"/>`;
}

/** Ink lines where colours meet: the edge map thresholded hard and filled with `color`. */
function inkLines(radius: number, threshold: number, color: string): string {
  const steps = Math.round(1 / threshold);
  const table = Array.from({ length: steps }, (_, i) => (i === 0 ? 0 : 1)).join(" ");
  return `
    ${edgeAlpha(radius, 2)}
    <feComponentTransfer in="edges" result="edgeMask"><feFuncA type="discrete" tableValues="${table}"/></feComponentTransfer>
    <feFlood flood-color="${color}" result="inkColor"/>
    <feComposite in="inkColor" in2="edgeMask" operator="in" result="lines"/>`;
}

/** A rounded relief from the silhouette and the colour areas: light falls across its forms. */
function relief(blur: number, luminanceShare: number): string {
  return `
    <feColorMatrix in="SourceGraphic" type="luminanceToAlpha" result="luminance"/>
    <feComposite in="luminance" in2="SourceAlpha" operator="arithmetic" k2="${luminanceShare}" k3="${1 - luminanceShare}" result="heightRaw"/>
    <feGaussianBlur in="heightRaw" stdDeviation="${blur}" result="height"/>`;
}

function multiply(a: string, b: string, result: string): string {
  return `<feComposite in="${a}" in2="${b}" operator="arithmetic" k1="1" result="${result}"/>`;
}

function clip(input: string, result = "clipped"): string {
  return `<feComposite in="${input}" in2="SourceAlpha" operator="in" result="${result}"/>`;
}

const light = (azimuth: number, elevation: number) =>
  `<feDistantLight azimuth="${azimuth}" elevation="${elevation}"/>`;

function discreteRgb(table: string): string {
  return `<feFuncR type="discrete" tableValues="${table}"/><feFuncG type="discrete" tableValues="${table}"/><feFuncB type="discrete" tableValues="${table}"/>`;
}

const primitives: Record<MediumLook, (seed: number) => string> = {
  // Black-and-white ink: a steep tone curve, heavy contour lines and a white rim where the key
  // light catches the figure's top-left edge, so even a dark figure stands off a black ground.
  // The finish hatches the mid tones.
  "ink-noir": () => `
    ${relief(7, 0.3)}
    <feDiffuseLighting in="height" surfaceScale="14" diffuseConstant="1.3" lighting-color="#fff" result="litRaw">${light(210, 30)}</feDiffuseLighting>
    <feGaussianBlur in="litRaw" stdDeviation="1.2" result="lit"/>
    ${multiply("SourceGraphic", "lit", "shaded")}
    <feColorMatrix in="shaded" type="saturate" values="0" result="grey"/>
    <feComponentTransfer in="grey" result="toned">
      <feFuncR type="table" tableValues="0.04 0.3 0.55 0.82 1 1"/><feFuncG type="table" tableValues="0.04 0.3 0.55 0.82 1 1"/><feFuncB type="table" tableValues="0.04 0.3 0.55 0.82 1 1"/>
    </feComponentTransfer>
    ${inkLines(1.1, 0.25, "#0a0a0a")}
    <feOffset in="SourceAlpha" dx="3.5" dy="2.5" result="shifted"/>
    <feComposite in="SourceAlpha" in2="shifted" operator="out" result="rimEdge"/>
    <feFlood flood-color="#f4f1ea" result="rimColor"/>
    <feComposite in="rimColor" in2="rimEdge" operator="in" result="rim"/>
    <feMerge result="inked"><feMergeNode in="toned"/><feMergeNode in="rim"/><feMergeNode in="lines"/></feMerge>
    ${clip("inked")}`,

  // A wet wash: edges wander, colours pale and pool darker where they meet. The paper's grain
  // is the finish's.
  watercolour: (seed) => `
    <feTurbulence type="fractalNoise" baseFrequency="0.03" numOctaves="2" seed="${seed}" result="warp"/>
    <feDisplacementMap in="SourceGraphic" in2="warp" scale="7" xChannelSelector="R" yChannelSelector="G" result="wandered"/>
    <feGaussianBlur in="wandered" stdDeviation="0.9" result="bled"/>
    <feComponentTransfer in="bled" result="pale">
      <feFuncR type="linear" slope="0.9" intercept="0.08"/><feFuncG type="linear" slope="0.9" intercept="0.08"/><feFuncB type="linear" slope="0.9" intercept="0.08"/>
    </feComponentTransfer>
    ${edgeAlpha(1.6, 1, false)}
    <feDisplacementMap in="edges" in2="warp" scale="7" xChannelSelector="R" yChannelSelector="G" result="pooling"/>
    <feGaussianBlur in="pooling" stdDeviation="1.2" result="pooled"/>
    <feFlood flood-color="#3a2a40" flood-opacity="0.55" result="pigment"/>
    <feComposite in="pigment" in2="pooled" operator="in" result="rims"/>
    <feComposite in="rims" in2="bled" operator="in" result="rimsInside"/>
    <feMerge><feMergeNode in="pale"/><feMergeNode in="rimsInside"/></feMerge>`,

  // Plasticine: every colour area swells into a soft lump, lit from above left, with a waxy
  // sheen and the faint dents of thumbs.
  claymation: (seed) => `
    ${relief(4.5, 0.45)}
    <feTurbulence type="fractalNoise" baseFrequency="0.09" numOctaves="2" seed="${seed}" result="dents"/>
    <feComposite in="height" in2="dents" operator="arithmetic" k2="1" k3="0.05" result="dented"/>
    <feDiffuseLighting in="dented" surfaceScale="12" diffuseConstant="1.2" lighting-color="#fff6ea" result="litRaw">${light(225, 50)}</feDiffuseLighting>
    <feGaussianBlur in="litRaw" stdDeviation="1.2" result="lit"/>
    <feSpecularLighting in="dented" surfaceScale="12" specularConstant="0.55" specularExponent="16" lighting-color="#ffffff" result="sheen">${light(225, 50)}</feSpecularLighting>
    <feComposite in="SourceGraphic" in2="lit" operator="arithmetic" k1="1.08" result="shaded"/>
    <feComposite in="sheen" in2="SourceAlpha" operator="in" result="sheenInside"/>
    <feComposite in="shaded" in2="sheenInside" operator="arithmetic" k2="1" k3="0.32" result="glossy"/>
    ${clip("glossy")}`,

  // Cel animation: flat colour, one hard-edged shadow tone, clean dark contour lines.
  "anime-cel": () => `
    <feColorMatrix in="SourceGraphic" type="saturate" values="1.25" result="vivid"/>
    ${inkLines(0.8, 0.3, "#1d1526")}
    <feMorphology in="edgeMask" operator="dilate" radius="2.6" result="wide"/>
    <feOffset in="wide" dx="3.2" dy="2.4" result="fallen"/>
    <feComposite in="fallen" in2="wide" operator="out" result="shadowBand"/>
    <feFlood flood-color="#2a1840" flood-opacity="0.3" result="shadowColor"/>
    <feComposite in="shadowColor" in2="shadowBand" operator="in" result="shadow"/>
    <feMerge result="inked"><feMergeNode in="vivid"/><feMergeNode in="shadow"/><feMergeNode in="lines"/></feMerge>
    ${clip("inked")}`,

  // Old comic print: loud flat colour and thick black outlines; the finish adds the dots.
  "retro-comic": () => `
    <feColorMatrix in="SourceGraphic" type="saturate" values="1.35" result="flat"/>
    ${relief(9, 0.1)}
    <feDiffuseLighting in="height" surfaceScale="9" diffuseConstant="1.1" lighting-color="#fff" result="litRaw">${light(235, 42)}</feDiffuseLighting>
    <feGaussianBlur in="litRaw" stdDeviation="1.2" result="lit"/>
    <feComponentTransfer in="lit" result="cel">${discreteRgb("0.62 1 1")}</feComponentTransfer>
    ${multiply("flat", "cel", "shaded")}
    ${inkLines(1.6, 0.25, "#111111")}
    <feMerge result="inked"><feMergeNode in="shaded"/><feMergeNode in="lines"/></feMerge>
    ${clip("inked")}`,

  // A photograph: soft light modelling the forms, no lines, slightly soft focus.
  "photo-duotone": () => `
    ${relief(10, 0.25)}
    <feDiffuseLighting in="height" surfaceScale="7" diffuseConstant="1.05" lighting-color="#fff" result="litRaw">${light(220, 48)}</feDiffuseLighting>
    <feGaussianBlur in="litRaw" stdDeviation="1.2" result="lit"/>
    <feComposite in="SourceGraphic" in2="lit" operator="arithmetic" k1="1.1" result="shaded"/>
    <feGaussianBlur in="shaded" stdDeviation="0.5" result="soft"/>
    ${clip("soft")}`,
};

/** The avatar SVG wrapped in its medium's filter; deterministic for one seed. */
export function lookFilter(look: MediumLook, svg: string, seed: string): string {
  const turbulenceSeed = seedFrom("look", seed) % 997;
  // The region is the whole viewBox, in its own units, so edges and lights reach every corner.
  const [x = 0, y = 0, width = 280, height = 280] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "")
    .split(/[ ,]+/)
    .map(Number);
  const filter = `<filter id="gl-look" x="${x}" y="${y}" width="${width}" height="${height}" filterUnits="userSpaceOnUse" color-interpolation-filters="sRGB">${primitives[look](turbulenceSeed)}</filter>`;
  const open = svg.indexOf(">", svg.indexOf("<svg")) + 1;
  const close = svg.lastIndexOf("</svg>");
  return `${svg.slice(0, open)}<defs>${filter}</defs><g filter="url(#gl-look)" data-look="${look}">${svg.slice(open, close)}</g></svg>`;
}
