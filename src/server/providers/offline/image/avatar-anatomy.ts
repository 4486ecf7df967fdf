import type { AvatarStyleName } from "./avatar";
import { avatarHeadBox } from "./face-box";

/**
 * Where each DiceBear style draws a face inside its square, as fractions of the side. DiceBear
 * places face parts at fixed coordinates, so one measurement per style holds for every seed
 * (measured over many seeds: hair changes the outline, never where the eyes and chin are).
 * A storyboard frame frames a character by these, as a camera operator frames the eyes.
 */
export interface AvatarAnatomy {
  /** The face: ear to ear, crown to chin. */
  face: { left: number; top: number; right: number; bottom: number };
  /** The eye line. */
  eyes: number;
  /** Where the shoulders begin: the avatar's own, or the neck-and-shoulders we add under a head. */
  shoulders: number;
  /** True when the style draws shoulders down to its lower edge; false for a floating head. */
  ownBody: boolean;
  /** The shoulders' span along the lower edge, for styles with their own body. */
  shoulderSpan: { left: number; right: number };
  /**
   * The character's build and age as a scale of the whole figure (a child 0.84 high), applied
   * from the bottom centre of the square as avatar.ts draws it; the legs scale with it.
   */
  build: { width: number; height: number };
}

const adult = { width: 1, height: 1 };

/** avataaars, the style every cast is drawn in now: its head as face-box.ts reads it. */
const avataaarsHead = avatarHeadBox(adult);

export const avatarAnatomy: Record<AvatarStyleName, AvatarAnatomy> = {
  avataaars: {
    face: {
      left: avataaarsHead.left,
      top: avataaarsHead.top,
      right: avataaarsHead.left + avataaarsHead.width,
      bottom: avataaarsHead.top + avataaarsHead.height,
    },
    eyes: 0.4,
    shoulders: 0.76,
    ownBody: true,
    shoulderSpan: { left: 0.15, right: 0.85 },
    build: adult,
  },
  bigSmile: {
    face: { left: 0.22, top: 0.34, right: 0.83, bottom: 0.85 },
    eyes: 0.54,
    shoulders: 0.88,
    ownBody: false,
    shoulderSpan: { left: 0.18, right: 0.86 },
    build: adult,
  },
  adventurer: {
    face: { left: 0.2, top: 0.28, right: 0.83, bottom: 0.79 },
    eyes: 0.52,
    shoulders: 0.84,
    ownBody: false,
    shoulderSpan: { left: 0.16, right: 0.84 },
    build: adult,
  },
  micah: {
    face: { left: 0.25, top: 0.2, right: 0.72, bottom: 0.74 },
    eyes: 0.38,
    shoulders: 0.82,
    ownBody: true,
    shoulderSpan: { left: 0.12, right: 0.86 },
    build: adult,
  },
  notionists: {
    face: { left: 0.31, top: 0.22, right: 0.64, bottom: 0.62 },
    eyes: 0.44,
    shoulders: 0.66,
    ownBody: true,
    shoulderSpan: { left: 0.1, right: 0.85 },
    build: adult,
  },
  toonHead: {
    face: { left: 0.24, top: 0.3, right: 0.75, bottom: 0.77 },
    eyes: 0.52,
    shoulders: 0.8,
    ownBody: true,
    shoulderSpan: { left: 0.2, right: 0.82 },
    build: adult,
  },
};

/** Below the shoulders, in avatar sides: hips, knees, feet (a cartoon figure about 4 heads tall). */
export const figureBelowShoulders = { hips: 0.85, knees: 1.4, feet: 1.95, soles: 2.02 } as const;

/**
 * A style's anatomy for a character of `build` (avatar.ts `buildScale`): the avatar is scaled
 * from its bottom centre, so a child's face is smaller and lower in the same square.
 */
export function anatomyFor(style: AvatarStyleName, build = adult): AvatarAnatomy {
  const base = avatarAnatomy[style];
  const x = (value: number) => 0.5 + (value - 0.5) * build.width;
  const y = (value: number) => 1 + (value - 1) * build.height;
  return {
    ...base,
    face: {
      left: x(base.face.left),
      top: y(base.face.top),
      right: x(base.face.right),
      bottom: y(base.face.bottom),
    },
    eyes: y(base.eyes),
    shoulders: y(base.shoulders),
    shoulderSpan: { left: x(base.shoulderSpan.left), right: x(base.shoulderSpan.right) },
    build,
  };
}

/** Where a grown figure's eyes would be: characters are framed as if adults, so a child is shorter. */
export function adultEyes(anatomy: AvatarAnatomy): number {
  return 1 + (anatomy.eyes - 1) / anatomy.build.height;
}

/** Crown to chin, undone for build: the face height every character is framed by. */
export function adultFaceHeight(anatomy: AvatarAnatomy): number {
  return (anatomy.face.bottom - anatomy.face.top) / anatomy.build.height;
}

/** Crown-of-the-square to soles, for this character: shorter for a child. */
export function standingHeight(anatomy: AvatarAnatomy): number {
  return anatomy.shoulders + figureBelowShoulders.soles * anatomy.build.height;
}

/** The same for a grown figure of the style: what a wide shot sizes its cast by. */
export function adultStandingHeight(anatomy: AvatarAnatomy): number {
  return 1 + (anatomy.shoulders - 1) / anatomy.build.height + figureBelowShoulders.soles;
}
