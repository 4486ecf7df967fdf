import type { Size } from "../../types";
import { darken, mix } from "./color";
import type { CastLook } from "./frame-cast-look";
import type { FramePlacement } from "./storyboard-layout";
import { ellipse, path, rect } from "./svg-shapes";

/**
 * The near character of an over-the-shoulder: the back of their head and a shoulder, dark and
 * out of focus in the foreground, their hair and clothes still theirs so the viewer knows whose
 * shoulder it is. One SVG of the frame's size with a single blur (drawn small: soft-image.ts).
 */
export function backOfHeadShoulder(
  placement: FramePlacement,
  look: CastLook,
  clothes: string,
  rim: string,
  size: Size,
): string {
  const head = placement.box;
  const cx = head.left + head.width / 2;
  const cy = head.top + head.height / 2;
  const rx = head.width / 2;
  const ry = head.height / 2;
  // Dark, but not black: the viewer should still tell whose shoulder it is.
  // Lit from the far side, the back of a head is in its own shadow, however fair the hair.
  const shade = (color: string) => mix(darken(color, 0.62), "#22252e", 0.3);
  const hair = look.traits.bald ? look.avatar.skin : look.hair;
  const collar = head.top + head.height * 1.02;
  const blur = size.height * 0.012;
  const outer = cx + rx * 2.6;
  const back = `M ${cx - rx * 3} ${size.height + 20} L ${cx - rx * 3} ${collar + ry * 0.3} Q ${cx - rx * 2} ${collar - ry * 0.05} ${cx - rx * 0.5} ${collar - ry * 0.05} L ${cx + rx * 0.8} ${collar - ry * 0.05} Q ${cx + rx * 2.1} ${collar} ${outer} ${collar + ry * 0.55} Q ${outer + rx * 0.3} ${collar + ry * 0.8} ${outer + rx * 0.3} ${size.height + 20} Z`;
  const shapes = [
    // Rim light along the edges turned toward the set: a sliver left by the dark shapes on top.
    ellipse(cx + rx * 0.04, cy - ry * 0.02, rx, ry, mix(rim, shade(hair), 0.45)),
    `<path d="${back}" fill="${mix(rim, clothes, 0.6)}" transform="translate(${(rx * 0.05).toFixed(1)} ${(-ry * 0.03).toFixed(1)})"/>`,
    path(back, shade(clothes)),
    rect(cx - rx * 0.45, cy + ry * 0.5, rx * 0.9, ry * 0.7, shade(darken(look.avatar.skin, 0.25)), {
      rx: rx * 0.3,
    }),
    // The ear on the side turned toward the facing character.
    ellipse(cx + rx * 0.93, cy + ry * 0.08, rx * 0.13, ry * 0.2, shade(look.avatar.skin)),
    ellipse(cx, cy, rx, ry, shade(hair)),
    ellipse(
      cx + rx * 0.25,
      cy - ry * 0.45,
      rx * 0.45,
      ry * 0.28,
      mix(shade(hair), "#ffffff", 0.07),
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"><defs><filter id="near" filterUnits="userSpaceOnUse" x="0" y="0" width="${size.width}" height="${size.height}"><feGaussianBlur stdDeviation="${blur.toFixed(1)}"/></filter></defs><g filter="url(#near)">${shapes.join("")}</g></svg>`;
}
