import sharp from "sharp";
import { type AvatarAnatomy, figureBelowShoulders as below } from "./avatar-anatomy";
import { darken, mix, toHex } from "./color";
import type { CastLook } from "./frame-cast-look";
import { type Box, img, type Style, svgDataUri } from "./render-svg";
import type { FramePlacement } from "./storyboard-layout";
import { ellipse, path, rect } from "./svg-shapes";

/**
 * A character standing in a storyboard frame: their avatar (the portrait's own) with a body
 * hung below it in their clothes, down to the feet, so the framing alone decides how much of
 * them shows. Drawn in avatar units (the avatar's side is 100), placed where the layout says.
 */
export function standingFigure(
  placement: FramePlacement,
  look: CastLook,
  anatomy: AvatarAnatomy,
  shoulders: ShoulderLine,
): Box[] {
  const { avatar } = placement;
  const tall = anatomy.shoulders + below.soles + 0.04;
  const style: Style = {
    position: "absolute",
    left: Math.round(avatar.left),
    top: Math.round(avatar.top),
    ...(placement.mirrored ? { transform: "scaleX(-1)" } : {}),
  };
  const side = Math.round(avatar.width);
  return [
    img(
      svgDataUri(bodySvg(anatomy, look, shoulders, tall)),
      { width: side, height: Math.round(side * tall) },
      style,
    ),
    img(svgDataUri(look.avatar.svg), { width: side, height: side }, style),
  ];
}

function bodySvg(anatomy: AvatarAnatomy, look: CastLook, line: ShoulderLine, tall: number): string {
  const u = (value: number) => (value * 100).toFixed(2);
  const centre = (anatomy.face.left + anatomy.face.right) / 2;
  const hips = anatomy.shoulders + below.hips;
  const feet = anatomy.shoulders + below.feet;
  const skin = look.avatar.skin;
  const trousers = mix(line.clothes, "#1c1c24", 0.6);
  const crease = darken(line.clothes, 0.3);
  // The avatar's own shoulders end at its lower edge: the body starts just under it, as wide.
  const top = anatomy.ownBody ? 0.985 : anatomy.shoulders;
  const round = anatomy.ownBody ? 0 : 0.14;
  const waist = { left: centre - 0.27, right: centre + 0.27 };
  const shapes: string[] = [
    // Where the figure meets the ground: it stands, not floats.
    ellipse(100 * centre, 100 * (anatomy.shoulders + below.soles - 0.01), 42, 6, "#000000", {
      opacity: 0.35,
    }),
  ];
  for (const side of [-1, 1]) {
    shapes.push(
      rect(
        100 * (centre + side * 0.12 - 0.1),
        100 * (hips - 0.04),
        20,
        100 * (feet - hips + 0.04),
        trousers,
        { rx: 5 },
      ),
      ellipse(100 * (centre + side * 0.15), 100 * (feet + 0.02), 14, 6, "#1b1716"),
    );
  }
  if (!anatomy.ownBody) {
    // A neck under a floating head, shaded where the chin falls on it.
    shapes.push(
      rect(
        100 * (centre - 0.08),
        100 * (anatomy.face.bottom - 0.1),
        16,
        100 * (anatomy.shoulders - anatomy.face.bottom + 0.16),
        darken(skin, 0.25),
        { rx: 4 },
      ),
    );
  }
  shapes.push(
    path(
      `M ${u(line.left)} ${u(top + round)} Q ${u(line.left)} ${u(top)} ${u(line.left + round)} ${u(top)} L ${u(line.right - round)} ${u(top)} Q ${u(line.right)} ${u(top)} ${u(line.right)} ${u(top + round)} L ${u(waist.right)} ${u(hips + 0.02)} L ${u(waist.left)} ${u(hips + 0.02)} Z`,
      line.clothes,
    ),
  );
  if (line.inner) {
    const { inner } = line;
    const mid = (inner.left + inner.right) / 2;
    const half = (inner.right - inner.left) / 2;
    shapes.push(
      path(
        `M ${u(inner.left)} ${u(top)} L ${u(inner.right)} ${u(top)} L ${u(mid + half * 0.7)} ${u(hips)} L ${u(mid - half * 0.7)} ${u(hips)} Z`,
        inner.color,
      ),
    );
  }
  // Arms: a crease down each side where the sleeve meets the body, a hand at the end of it.
  const armInset = 0.1;
  for (const [from, to] of [
    [line.left + armInset, waist.left + armInset * 0.7],
    [line.right - armInset, waist.right - armInset * 0.7],
  ] as const) {
    shapes.push(
      `<line x1="${u(from)}" y1="${u(top + 0.04)}" x2="${u(to)}" y2="${u(hips - 0.02)}" stroke="${crease}" stroke-width="1.6" stroke-linecap="round"/>`,
    );
  }
  shapes.push(
    rect(
      100 * (waist.left + 0.02),
      100 * (hips - 0.03),
      100 * (waist.right - waist.left - 0.04),
      5,
      darken(trousers, 0.3),
    ),
  );
  for (const x of [waist.left + armInset * 0.2, waist.right - armInset * 0.2]) {
    shapes.push(ellipse(100 * x, 100 * (hips + 0.06), 6.5, 7.5, darken(skin, 0.1)));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 ${u(tall)}">${shapes.join("")}</svg>`;
}

/**
 * What the avatar wears where its shoulders meet its lower edge, and how wide they are there, so
 * the body below carries on in the same colours without a step (line-art styles dress their cast
 * in black and white, not in the palette; avataaars opens a jacket over a shirt).
 */
export interface ShoulderLine {
  /** The outer garment, #rrggbb. */
  clothes: string;
  /** Where the shoulders span along the lower edge, as fractions of the avatar's side. */
  left: number;
  right: number;
  /** What shows in the middle (a shirt under a jacket), when it differs from the outer garment. */
  inner: { color: string; left: number; right: number } | null;
}

const sampleSide = 96;

export async function shoulderLine(look: CastLook, anatomy: AvatarAnatomy): Promise<ShoulderLine> {
  const centre = (anatomy.face.left + anatomy.face.right) / 2;
  if (!anatomy.ownBody) {
    return { clothes: look.clothing, left: centre - 0.34, right: centre + 0.34, inner: null };
  }
  const { data } = await sharp(Buffer.from(look.avatar.svg))
    .resize(sampleSide, sampleSide)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const row = sampleSide - 2;
  // Runs of one colour along the row, quantised so anti-aliasing does not split a colour.
  const runs: { color: string; from: number; to: number }[] = [];
  for (let x = 0; x < sampleSide; x++) {
    const offset = (row * sampleSide + x) * 4;
    if ((data[offset + 3] ?? 0) < 200) {
      continue;
    }
    const color = toHex({
      r: ((data[offset] ?? 0) >> 4) << 4,
      g: ((data[offset + 1] ?? 0) >> 4) << 4,
      b: ((data[offset + 2] ?? 0) >> 4) << 4,
    });
    const last = runs[runs.length - 1];
    if (last && last.color === color && last.to === x - 1) {
      last.to = x;
    } else {
      runs.push({ color, from: x, to: x });
    }
  }
  if (runs.length === 0) {
    return { ...anatomy.shoulderSpan, clothes: look.clothing, inner: null };
  }
  const widths = new Map<string, number>();
  for (const run of runs) {
    widths.set(run.color, (widths.get(run.color) ?? 0) + run.to - run.from + 1);
  }
  const clothes = [...widths.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const middle = Math.round(centre * sampleSide);
  const under = runs.find((run) => run.from <= middle && run.to >= middle);
  const fraction = (x: number) => x / sampleSide;
  return {
    clothes,
    left: fraction(runs[0]!.from),
    right: fraction(runs[runs.length - 1]!.to + 1),
    inner:
      under && under.color !== clothes && under.to - under.from > 2
        ? { color: under.color, left: fraction(under.from), right: fraction(under.to + 1) }
        : null,
  };
}
