import type { ShotFraming, ShotSpec } from "../../../shows/episode-script";
import type { Size } from "../../types";
import {
  type AvatarAnatomy,
  adultEyes,
  adultFaceHeight,
  adultStandingHeight,
  standingHeight,
} from "./avatar-anatomy";

/** A rectangle in frame pixels; it may run past the frame where the framing crops it. */
export interface FrameBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * One character as a storyboard frame draws it. `box` is the face ("front") or the back of the
 * head ("back", the near character of an over-the-shoulder). A face is inside the frame for
 * every framing but an extreme close-up, which is bigger than the frame by design (its eyes
 * stay in); the back of a head is cut by the frame's edge, as an over-the-shoulder is shot.
 * `avatar` is the square the character's avatar is drawn in, the body hanging below it.
 */
export interface FramePlacement {
  characterId: string;
  box: FrameBox;
  avatar: FrameBox;
  view: "front" | "back";
  /** Paint order, back to front. */
  layer: number;
  /** Turned to face the middle of the frame. */
  mirrored: boolean;
}

/** How many characters each framing shows; the rest of `characterIds` are out of shot. */
export const framingCapacity: Record<ShotFraming, number> = {
  "extreme close-up": 1,
  "close-up": 1,
  "medium close-up": 2,
  medium: 3,
  "medium wide": 4,
  wide: 6,
  "extreme wide": 6,
  "over-the-shoulder": 2,
  insert: 0,
};

/** A shot framed on the face: face height and eye line as fractions of the frame height. */
interface FaceFraming {
  kind: "face";
  faceHeight: number;
  eyeLine: number;
}

/** A shot framed on whole figures standing on a ground line, as fractions of the frame height. */
interface FigureFraming {
  kind: "figure";
  figureHeight: number;
  ground: number;
  /** How far up the ground a step back lifts the feet, per unit of shrink. */
  recede: number;
}

const framings: Record<
  Exclude<ShotFraming, "over-the-shoulder" | "insert">,
  FaceFraming | FigureFraming
> = {
  // The eyes band: brow to mouth, the face wider than the frame.
  "extreme close-up": { kind: "face", faceHeight: 2.2, eyeLine: 0.45 },
  // Head and shoulders, eyes on the upper third.
  "close-up": { kind: "face", faceHeight: 0.52, eyeLine: 0.37 },
  // Chest up.
  "medium close-up": { kind: "face", faceHeight: 0.38, eyeLine: 0.34 },
  // Waist up.
  medium: { kind: "face", faceHeight: 0.3, eyeLine: 0.31 },
  // Knees up.
  "medium wide": { kind: "face", faceHeight: 0.2, eyeLine: 0.28 },
  wide: { kind: "figure", figureHeight: 0.5, ground: 0.9, recede: 0.25 },
  // Small figures in a big place.
  "extreme wide": { kind: "figure", figureHeight: 0.16, ground: 0.86, recede: 0.1 },
};

/** Horizontal centres for n characters, lead first: the lead near the middle, others around. */
function slots(count: number, spread: number, centre = 0.5): number[] {
  if (count <= 1) {
    return [centre];
  }
  if (count === 2) {
    return [centre - spread / 2, centre + spread / 2];
  }
  const step = spread / (count - 1);
  const positions = Array.from({ length: count }, (_, index) => centre - spread / 2 + index * step);
  // Lead in the middle, then alternating outwards: left of it, right of it, …
  const middle = Math.floor((count - 1) / 2);
  const order = [middle];
  for (let offset = 1; order.length < count; offset++) {
    for (const index of [middle - offset, middle + offset]) {
      if (index >= 0 && index < count && order.length < count) {
        order.push(index);
      }
    }
  }
  return order.map((index) => positions[index]!);
}

const spreadFor: Partial<Record<ShotFraming, number>> = {
  "medium close-up": 0.4,
  medium: 0.52,
  "medium wide": 0.6,
  wide: 0.56,
  "extreme wide": 0.2,
};

/**
 * Where each character of a shot is drawn in a frame of `size`, each framed by where its own
 * avatar has its face (`anatomyOf`). Pure, so tests read which characters a frame shows and
 * where, and the renderer draws exactly this. `characterIds` are most prominent first (the
 * shot-list contract); an over-the-shoulder looks at the first over the second's shoulder.
 */
export function layoutStoryboardFrame(
  shot: Pick<ShotSpec, "framing" | "characterIds">,
  size: Size,
  anatomyOf: (characterId: string) => AvatarAnatomy,
): FramePlacement[] {
  const ids = [...new Set(shot.characterIds)].slice(0, framingCapacity[shot.framing]);
  if (ids.length === 0) {
    return [];
  }
  if (shot.framing === "over-the-shoulder") {
    return overTheShoulder(ids, size, anatomyOf);
  }
  if (shot.framing === "insert") {
    return [];
  }
  const framing = framings[shot.framing];
  const centres = slots(
    ids.length,
    spreadFor[shot.framing] ?? 0,
    shot.framing === "extreme wide" ? 0.62 : 0.5,
  );
  return ids.map((characterId, index) => {
    const anatomy = anatomyOf(characterId);
    // With three or more, everyone but the lead stands a step back: a little smaller.
    const depth = ids.length >= 3 && index > 0 ? 0.9 : index > 0 ? 0.96 : 1;
    const centre = centres[index]!;
    const avatar =
      framing.kind === "face"
        ? faceFramed(anatomy, framing, depth, centre, size)
        : figureFramed(anatomy, framing, depth, centre, size, index);
    const placement: FramePlacement = {
      characterId,
      box: faceBox(anatomy, avatar),
      avatar,
      view: "front",
      layer: ids.length - index,
      mirrored: centre > 0.5,
    };
    return shot.framing === "extreme close-up" ? placement : keptInside(placement, size);
  });
}

/** Sized and placed as a grown figure of the style would be, so a child stands shorter. */
function faceFramed(
  anatomy: AvatarAnatomy,
  framing: FaceFraming,
  depth: number,
  centre: number,
  size: Size,
): FrameBox {
  const side = (framing.faceHeight * depth * size.height) / adultFaceHeight(anatomy);
  // A character a step back stands a little higher in frame, as the floor recedes.
  const eyes = size.height * framing.eyeLine * (depth < 1 ? 0.97 : 1);
  return {
    left: centre * size.width - faceCentreOf(anatomy) * side,
    top: eyes - adultEyes(anatomy) * side,
    width: side,
    height: side,
  };
}

function figureFramed(
  anatomy: AvatarAnatomy,
  framing: FigureFraming,
  depth: number,
  centre: number,
  size: Size,
  index: number,
): FrameBox {
  const side = (framing.figureHeight * depth * size.height) / adultStandingHeight(anatomy);
  // Those further back stand higher up the ground plane.
  const feet = size.height * (framing.ground - (index > 0 ? (1 - depth) * framing.recede : 0));
  return {
    left: centre * size.width - faceCentreOf(anatomy) * side,
    top: feet - standingHeight(anatomy) * side,
    width: side,
    height: side,
  };
}

/** The facing character right of centre, the other's head and shoulder dark in the left foreground. */
function overTheShoulder(
  ids: string[],
  size: Size,
  anatomyOf: (characterId: string) => AvatarAnatomy,
): FramePlacement[] {
  const anatomy = anatomyOf(ids[0]!);
  const facing = faceFramed(
    anatomy,
    { kind: "face", faceHeight: 0.36, eyeLine: 0.36 },
    1,
    0.64,
    size,
  );
  const placements: FramePlacement[] = [
    keptInside(
      {
        characterId: ids[0]!,
        box: faceBox(anatomy, facing),
        avatar: facing,
        view: "front",
        layer: 1,
        mirrored: true,
      },
      size,
    ),
  ];
  const shoulderId = ids[1];
  if (shoulderId) {
    // Big, low and cut by the frame's left edge, the shoulders filling the corner below.
    const head = { width: size.height * 0.44, height: size.height * 0.5 };
    const box = {
      left: size.width * 0.12 - head.width / 2,
      top: size.height * 0.27,
      ...head,
    };
    placements.push({
      characterId: shoulderId,
      box,
      avatar: avatarForHead(anatomyOf(shoulderId), box),
      view: "back",
      layer: 2,
      mirrored: false,
    });
  }
  return placements;
}

/** The avatar square whose face would fill `head`: where the near character's body hangs from. */
function avatarForHead(anatomy: AvatarAnatomy, head: FrameBox): FrameBox {
  const side = head.height / faceHeightOf(anatomy);
  return {
    left: head.left + head.width / 2 - faceCentreOf(anatomy) * side,
    top: head.top - anatomy.face.top * side,
    width: side,
    height: side,
  };
}

export function faceBox(anatomy: AvatarAnatomy, avatar: FrameBox): FrameBox {
  const { face } = anatomy;
  return {
    left: avatar.left + face.left * avatar.width,
    top: avatar.top + face.top * avatar.height,
    width: (face.right - face.left) * avatar.width,
    height: (face.bottom - face.top) * avatar.height,
  };
}

function faceHeightOf(anatomy: AvatarAnatomy): number {
  return anatomy.face.bottom - anatomy.face.top;
}

function faceCentreOf(anatomy: AvatarAnatomy): number {
  return (anatomy.face.left + anatomy.face.right) / 2;
}

/** Slides a figure sideways so its face is wholly in frame (the edges of a wide group). */
function keptInside(placement: FramePlacement, size: Size): FramePlacement {
  const { box } = placement;
  const margin = size.width * 0.02;
  const shift =
    box.left < margin
      ? margin - box.left
      : box.left + box.width > size.width - margin
        ? size.width - margin - (box.left + box.width)
        : 0;
  if (shift === 0) {
    return placement;
  }
  return {
    ...placement,
    box: { ...box, left: box.left + shift },
    avatar: { ...placement.avatar, left: placement.avatar.left + shift },
  };
}

export function intersect(a: FrameBox, b: FrameBox): FrameBox {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
