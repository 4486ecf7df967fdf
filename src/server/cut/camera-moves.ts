import type { CameraMove, ShotFraming } from "../shows/episode-script";

/** A point on the plate, 0..1 across and down. */
interface Focus {
  x: number;
  y: number;
}

/**
 * A move as a path of the crop: its zoom (1 = the whole plate) and the point it centres on, from
 * the first frame of the shot to the last. `ease` slows the start and end (a camera operator's
 * move); `sway` adds a small wandering offset, as a fraction of the plate (handheld).
 */
export interface MovePath {
  zoomFrom: number;
  zoomTo: number;
  focusFrom: Focus;
  focusTo: Focus;
  ease: boolean;
  sway: number;
}

/**
 * Where the shot's subject sits before the move: close framings hold faces, which storyboard
 * frames draw in the upper part; an over-the-shoulder looks past a shoulder on one side; the
 * rest is centred.
 */
function subjectFor(framing: ShotFraming): Focus {
  switch (framing) {
    case "extreme close-up":
    case "close-up":
    case "medium close-up":
      return { x: 0.5, y: 0.42 };
    case "over-the-shoulder":
      return { x: 0.56, y: 0.45 };
    case "medium":
    case "medium wide":
      return { x: 0.5, y: 0.47 };
    case "wide":
    case "extreme wide":
    case "insert":
      return { x: 0.5, y: 0.5 };
  }
}

/**
 * The crop path of a camera move over a still lasting `seconds`, biased by the shot's framing.
 * Moves span the shot whatever its length (an operator paces a move to the shot), except the
 * static drift, which keeps one slow speed so a short shot does not visibly creep.
 */
export function movePath(move: CameraMove, framing: ShotFraming, seconds: number): MovePath {
  const subject = subjectFor(framing);
  const centre = { x: 0.5, y: 0.5 };
  // An insert is a detail: start a little tighter than the frame as drawn.
  const base = framing === "insert" ? 1.08 : 1;
  switch (move) {
    case "static":
      // Not frozen: a drift too slow to read as a move keeps a still from looking like a pause.
      return {
        zoomFrom: base + 0.03,
        zoomTo: base + 0.03 + Math.min(0.04, 0.005 * seconds),
        focusFrom: subject,
        focusTo: { x: subject.x + Math.min(0.015, 0.002 * seconds), y: subject.y },
        ease: false,
        sway: 0,
      };
    case "push-in":
      return {
        zoomFrom: base,
        zoomTo: base + 0.24,
        focusFrom: centre,
        focusTo: subject,
        ease: true,
        sway: 0,
      };
    case "dolly":
      // A tracking camera: closer, and the scene slides sideways a little.
      return {
        zoomFrom: base + 0.04,
        zoomTo: base + 0.18,
        focusFrom: { x: subject.x - 0.06, y: subject.y },
        focusTo: { x: subject.x + 0.06, y: subject.y },
        ease: true,
        sway: 0,
      };
    case "pan":
      // Zoomed in enough that the crop can travel a fifth of the plate.
      return {
        zoomFrom: base + 0.25,
        zoomTo: base + 0.25,
        focusFrom: { x: 0.4, y: subject.y },
        focusTo: { x: 0.6, y: subject.y },
        ease: true,
        sway: 0,
      };
    case "tilt":
      // Upward, ending on the subject's level or above.
      return {
        zoomFrom: base + 0.25,
        zoomTo: base + 0.25,
        focusFrom: { x: subject.x, y: 0.6 },
        focusTo: { x: subject.x, y: Math.min(0.4, subject.y) },
        ease: true,
        sway: 0,
      };
    case "handheld":
      return {
        zoomFrom: base + 0.1,
        zoomTo: base + 0.1,
        focusFrom: subject,
        focusTo: subject,
        ease: false,
        sway: 0.008,
      };
  }
}

/**
 * A `zoompan` over one decoded plate that renders frames [fromFrame, fromFrame + count) of a move
 * lasting `shownFrames`. Positions come from the frame number on the shot's own clock, so any
 * range renders the same frames a single pass would (segments and dissolves draw parts of a shot
 * in different runs). zoompan crops at whole plate pixels: plates are larger than the frame, so
 * that rounding is below an output pixel.
 */
export function zoompanFilter(
  path: MovePath,
  frames: { fromFrame: number; count: number; shownFrames: number },
  output: { width: number; height: number; fps: number },
): string {
  const frame = frames.fromFrame > 0 ? `(on+${frames.fromFrame})` : "on";
  const linear = `(${frame}/${Math.max(1, frames.shownFrames - 1)})`;
  // smoothstep: 3p² − 2p³.
  const progress = path.ease ? `(${linear}*${linear}*(3-2*${linear}))` : linear;
  const lerp = (from: number, to: number) =>
    from === to ? fixed(from) : `(${fixed(from)}+${fixed(to - from)}*${progress})`;
  const seconds = `(${frame}/${output.fps})`;
  // Incommensurate sines: an irregular wander with no visible period (handheld).
  const wander = (phase: number) =>
    `(sin(2*PI*0.37*${seconds}+${phase})+0.6*sin(2*PI*0.91*${seconds}+${phase * 2.3})` +
    `+0.3*sin(2*PI*2.3*${seconds}+${phase * 0.7}))`;
  const swayX = path.sway > 0 ? `+${fixed(path.sway)}*${wander(0.4)}` : "";
  const swayY = path.sway > 0 ? `+${fixed(path.sway * 0.7)}*${wander(1.9)}` : "";
  const zoom = lerp(path.zoomFrom, path.zoomTo);
  const x = `max(0,min(iw-iw/zoom,(${lerp(path.focusFrom.x, path.focusTo.x)}${swayX})*iw-iw/zoom/2))`;
  const y = `max(0,min(ih-ih/zoom,(${lerp(path.focusFrom.y, path.focusTo.y)}${swayY})*ih-ih/zoom/2))`;
  return (
    `zoompan=z='${zoom}':x='${x}':y='${y}':d=${frames.count}` +
    `:s=${output.width}x${output.height}:fps=${output.fps}`
  );
}

function fixed(value: number): string {
  return Number(value.toFixed(5)).toString();
}
