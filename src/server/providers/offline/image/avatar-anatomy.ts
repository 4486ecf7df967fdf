import type { AvatarStyleName } from "./avatar";

/**
 * Where each DiceBear style draws a face inside its square, as fractions of the side. DiceBear
 * places face parts at fixed coordinates, so one measurement per style holds for every seed
 * (measured over many seeds: hair changes the outline, never where the eyes and chin are).
 * A storyboard frame frames a character by these, as a camera operator frames the eyes.
 */
export interface AvatarAnatomy {
  /** The face: ear to ear, hairline to chin. */
  face: { left: number; top: number; right: number; bottom: number };
  /** The eye line. */
  eyes: number;
  /** Where the shoulders begin: the avatar's own, or the neck-and-shoulders we add under a head. */
  shoulders: number;
  /** True when the style draws shoulders down to its lower edge; false for a floating head. */
  ownBody: boolean;
  /** The shoulders' span along the lower edge, for styles with their own body. */
  shoulderSpan: { left: number; right: number };
}

export const avatarAnatomy: Record<AvatarStyleName, AvatarAnatomy> = {
  bigSmile: {
    face: { left: 0.22, top: 0.34, right: 0.83, bottom: 0.85 },
    eyes: 0.54,
    shoulders: 0.88,
    ownBody: false,
    shoulderSpan: { left: 0.18, right: 0.86 },
  },
  adventurer: {
    face: { left: 0.2, top: 0.28, right: 0.83, bottom: 0.79 },
    eyes: 0.52,
    shoulders: 0.84,
    ownBody: false,
    shoulderSpan: { left: 0.16, right: 0.84 },
  },
  micah: {
    face: { left: 0.25, top: 0.2, right: 0.72, bottom: 0.74 },
    eyes: 0.38,
    shoulders: 0.82,
    ownBody: true,
    shoulderSpan: { left: 0.12, right: 0.86 },
  },
  notionists: {
    face: { left: 0.31, top: 0.22, right: 0.64, bottom: 0.62 },
    eyes: 0.44,
    shoulders: 0.66,
    ownBody: true,
    shoulderSpan: { left: 0.1, right: 0.85 },
  },
  toonHead: {
    face: { left: 0.24, top: 0.3, right: 0.75, bottom: 0.77 },
    eyes: 0.52,
    shoulders: 0.8,
    ownBody: true,
    shoulderSpan: { left: 0.2, right: 0.82 },
  },
  avataaars: {
    face: { left: 0.26, top: 0.2, right: 0.74, bottom: 0.8 },
    eyes: 0.4,
    shoulders: 0.78,
    ownBody: true,
    shoulderSpan: { left: 0.15, right: 0.85 },
  },
};

/** Below the shoulders, in avatar sides: hips, knees, feet (a cartoon figure about 4 heads tall). */
export const figureBelowShoulders = { hips: 0.85, knees: 1.4, feet: 1.95, soles: 2.02 } as const;
