import sharp from "sharp";
import type { Size } from "../../types";
import {
  type AvatarAnatomy,
  figureBelowShoulders as below,
  standingHeight,
} from "./avatar-anatomy";
import { darken, mix, toHex } from "./color";
import type { CastLook } from "./frame-cast-look";
import { type Box, img, pngDataUri, svgDataUri } from "./render-svg";
import { type FrameBox, type FramePlacement, intersect } from "./storyboard-layout";
import { ellipse, path, rect } from "./svg-shapes";

/**
 * A character standing in a storyboard frame: their avatar (the portrait's own) with a body
 * hung below it in their clothes, down to the feet, so the framing alone decides how much of
 * them shows. Drawn in avatar units (the avatar's side is 100), placed where the layout says.
 *
 * Only the part inside the frame is handed to the renderer: resvg cuts an image that runs far
 * past the canvas short of the canvas edge (an extreme close-up lost its lower face), and the
 * crop is less to encode besides.
 */
export async function standingFigure(
  placement: FramePlacement,
  look: CastLook,
  anatomy: AvatarAnatomy,
  shoulders: ShoulderLine,
  /** The avatar drawn to pixels (avatar-raster.ts), square. */
  avatarPng: Buffer,
  frame: Size,
): Promise<Box[]> {
  const { avatar, mirrored } = placement;
  const everything = { left: 0, top: 0, ...frame };
  const tall = standingHeight(anatomy) + 0.04;
  const body = { ...avatar, height: avatar.height * tall };
  let bodyBox: Box | null = null;
  let head: Box | null = null;
  const bodyView = pixelBox(intersect(body, everything));
  if (bodyView) {
    const unit = 100 / avatar.width;
    const window = {
      x: (bodyView.left - body.left) * unit,
      y: (bodyView.top - body.top) * unit,
      width: bodyView.width * unit,
      height: bodyView.height * unit,
    };
    const svg = bodySvg(anatomy, look, shoulders, window, mirrored);
    bodyBox = img(svgDataUri(svg), bodyView, { position: "absolute", ...bodyView });
  }
  const avatarView = pixelBox(intersect(avatar, everything));
  if (avatarView) {
    const { width: tier = 1 } = await sharp(avatarPng).metadata();
    const scale = tier / avatar.width;
    const left = Math.max(0, Math.floor((avatarView.left - avatar.left) * scale));
    const top = Math.max(0, Math.floor((avatarView.top - avatar.top) * scale));
    const crop = await sharp(avatarPng)
      .flop(mirrored)
      .extract({
        left,
        top,
        width: Math.max(1, Math.min(tier - left, Math.ceil(avatarView.width * scale))),
        height: Math.max(1, Math.min(tier - top, Math.ceil(avatarView.height * scale))),
      })
      .png({ compressionLevel: 1 })
      .toBuffer();
    head = img(pngDataUri(crop), avatarView, { position: "absolute", ...avatarView });
  }
  // A floating head sits on its neck; an avatar with shoulders has the body laid over its edge.
  const layers = anatomy.ownBody ? [head, bodyBox] : [bodyBox, head];
  return layers.filter((layer): layer is Box => layer !== null);
}

/** Whole pixels, or null when nothing of it is in frame. */
function pixelBox(
  box: FrameBox,
): { left: number; top: number; width: number; height: number } | null {
  const left = Math.round(box.left);
  const top = Math.round(box.top);
  const width = Math.round(box.left + box.width) - left;
  const height = Math.round(box.top + box.height) - top;
  return width > 0 && height > 0 ? { left, top, width, height } : null;
}

/** The body below the avatar, seen through `window` (in body units), turned round if `mirrored`. */
function bodySvg(
  anatomy: AvatarAnatomy,
  look: CastLook,
  line: ShoulderLine,
  window: { x: number; y: number; width: number; height: number },
  mirrored: boolean,
): string {
  const u = (value: number) => (value * 100).toFixed(2);
  const centre = (anatomy.face.left + anatomy.face.right) / 2;
  // A child's or a broad character's body scales as their avatar does.
  const { width: wide, height: high } = anatomy.build;
  const hips = anatomy.shoulders + below.hips * high;
  const feet = anatomy.shoulders + below.feet * high;
  const soles = anatomy.shoulders + below.soles * high;
  const skin = look.avatar.skin;
  const trousers = mix(line.clothes, "#1c1c24", 0.6);
  const crease = darken(line.clothes, 0.3);
  // The avatar's own shoulders end at its lower edge: the body takes over just above it, as wide.
  const top = anatomy.ownBody ? seamAt : anatomy.shoulders;
  const round = anatomy.ownBody ? 0 : 0.14;
  const waist = { left: centre - 0.27 * wide, right: centre + 0.27 * wide };
  const shapes: string[] = [
    // Where the figure meets the ground: it stands, not floats.
    ellipse(100 * centre, 100 * (soles - 0.01), 42 * wide, 6, "#000000", { opacity: 0.35 }),
  ];
  for (const side of [-1, 1]) {
    shapes.push(
      rect(
        100 * (centre + (side * 0.12 - 0.1) * wide),
        100 * (hips - 0.04),
        20 * wide,
        100 * (feet - hips + 0.04),
        trousers,
        { rx: 5 * wide },
      ),
      ellipse(100 * (centre + side * 0.15 * wide), 100 * (feet + 0.02), 14 * wide, 6, "#1b1716"),
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
  const view = [window.x, window.y, window.width, window.height].map((v) => v.toFixed(2)).join(" ");
  const turned = mirrored ? ' transform="translate(100 0) scale(-1 1)"' : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view}" preserveAspectRatio="none"><g${turned}>${shapes.join("")}</g></svg>`;
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

/**
 * Where the body takes over from an avatar that has its own shoulders: a little above the
 * avatar's lower edge, drawn over it, so the edge (darkened by a look's relief filter) is hidden.
 */
const seamAt = 0.955;

export async function shoulderLine(
  look: CastLook,
  anatomy: AvatarAnatomy,
  /** The avatar as drawn into the frame: its filter included, as resvg drew it. */
  avatarPng: Buffer,
): Promise<ShoulderLine> {
  const centre = (anatomy.face.left + anatomy.face.right) / 2;
  if (!anatomy.ownBody) {
    return { clothes: look.clothing, left: centre - 0.34, right: centre + 0.34, inner: null };
  }
  const { data } = await sharp(avatarPng)
    .resize(sampleSide, sampleSide)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // A little above the edge: a look's relief filter darkens the last rows of its region.
  const row = Math.round(sampleSide * seamAt) - 1;
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
  // The outer garment is what the shoulders are made of: the widest run in the outer fifth of
  // each side (a wide-open shirt can be the commonest colour, but it is not the coat).
  const first = runs[0]!.from;
  const last = runs[runs.length - 1]!.to;
  const reach = (last - first) * 0.2;
  const outer = runs.filter((run) => run.from <= first + reach || run.to >= last - reach);
  const clothes = outer.sort((a, b) => b.to - b.from - (a.to - a.from))[0]!.color;
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
