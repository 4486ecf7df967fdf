import { buildAudioBed } from "./audio-bed";
import type { KenBurnsMove, VideoPlan } from "./video-plan";

/** The files prepared for one segment: its plate (larger than the frame) and an optional overlay. */
export interface ShotFiles {
  plate: string;
  /** A transparent PNG (lower-third, caption) placed at x, y on the frame; it does not move. */
  overlay: { path: string; x: number; y: number } | null;
}

const overlayFadeIn = { startSeconds: 0.35, durationSeconds: 0.5 };
const edgeFadeSeconds = { in: 0.6, out: 0.9 };

/**
 * ffmpeg arguments that render the plan in one pass, with no intermediate video files: every
 * shot is a zoompan over its plate (one decoded frame), cut into head, body and tail; each
 * transition lays the next shot's head, fading in, over this shot's tail; then bodies and
 * transitions are concatenated. Blending only the overlaps (rather than stacking whole shots)
 * keeps the single filter thread fast; overlay + alpha fade stands in for `xfade`, which the
 * bundled ffmpeg (2018) predates.
 */
export function buildRenderArgs(plan: VideoPlan, shots: ShotFiles[], outputPath: string): string[] {
  if (shots.length !== plan.segments.length) {
    throw new Error(`Expected ${plan.segments.length} shots, got ${shots.length}`);
  }
  const { fps } = plan.frame;
  const overlap = Math.round(plan.crossfadeSeconds * fps);
  const last = plan.segments.length - 1;
  const inputs: string[] = [];
  const chains: string[] = [];
  const pieces: string[] = [];
  let inputCount = 0;

  plan.segments.forEach((segment, index) => {
    const files = shots[index]!;
    const frames = Math.round(segment.durationSeconds * fps);
    const head = index > 0 ? overlap : 0;
    const tail = index < last ? overlap : 0;
    if (frames <= head + tail) {
      throw new Error(`Shot ${index} (${frames} frames) is shorter than its cross-fades`);
    }
    const plateInput = inputCount++;
    inputs.push("-i", files.plate);
    // Converting the single decoded frame (JPEG is full-range yuvj420p) once, before zoompan,
    // spares a per-frame conversion on every filter downstream.
    let shot = `[${plateInput}:v]format=yuv420p,${zoompan(segment.move, frames, plan.frame)},setsar=1`;
    if (files.overlay) {
      const overlayInput = inputCount++;
      inputs.push("-i", files.overlay.path);
      // One decoded frame, repeated by the graph: re-reading the PNG for every frame costs more.
      chains.push(
        `[${overlayInput}:v]format=yuva420p,loop=loop=${frames - 1}:size=1:start=0` +
          `,setpts=N/(${fps}*TB),fade=t=in:st=${overlayFadeIn.startSeconds}` +
          `:d=${overlayFadeIn.durationSeconds}:alpha=1[caption${index}]`,
        `${shot}[plain${index}]`,
      );
      shot = `[plain${index}][caption${index}]overlay=x=${files.overlay.x}:y=${files.overlay.y}:eof_action=pass`;
    }

    const parts = [head > 0 && "head", "body", tail > 0 && "tail"].filter(
      (part): part is string => typeof part === "string",
    );
    chains.push(
      `${shot},format=yuv420p,split=${parts.length}${parts.map((p) => `[${p}${index}]`).join("")}`,
    );
    const cut = (part: string, from: number, to: number) =>
      `[${part}${index}]trim=start_frame=${from}:end_frame=${to},setpts=PTS-STARTPTS`;
    if (head > 0) {
      chains.push(
        `${cut("head", 0, head)},format=yuva420p,fade=t=in:st=0:d=${fixed(plan.crossfadeSeconds)}:alpha=1[in${index}]`,
        `[out${index - 1}][in${index}]overlay=eof_action=pass,format=yuv420p[mix${index}]`,
      );
      pieces.push(`[mix${index}]`);
    }
    chains.push(`${cut("body", head, frames - tail)}[whole${index}]`);
    pieces.push(`[whole${index}]`);
    if (tail > 0) {
      chains.push(`${cut("tail", frames - tail, frames)}[out${index}]`);
    }
  });

  chains.push(
    `${pieces.join("")}concat=n=${pieces.length}:v=1:a=0` +
      `,fade=t=in:st=0:d=${edgeFadeSeconds.in}` +
      `,fade=t=out:st=${fixed(plan.totalSeconds - edgeFadeSeconds.out)}:d=${edgeFadeSeconds.out}` +
      ",format=yuv420p[video]",
  );
  if (plan.audio) {
    chains.push(buildAudioBed(plan.audio, "audio"));
  }

  return [
    ...inputs,
    ...["-filter_complex", chains.join(";")],
    ...["-map", "[video]"],
    ...(plan.audio ? ["-map", "[audio]", "-c:a", "aac", "-b:a", "128k"] : []),
    // superfast: ~30% less x264 CPU than veryfast for these slow moves, at ~2× the bytes
    // (≈4.5 MB for 30 s); the full-show render budget matters more than the file size.
    ...["-c:v", "libx264", "-preset", "superfast", "-crf", "21", "-pix_fmt", "yuv420p"],
    ...["-r", String(fps), "-t", fixed(plan.totalSeconds)],
    ...["-movflags", "+faststart", "-f", "mp4", "-y", outputPath],
  ];
}

/** A linear zoom with the focus point drifting, clamped so the crop never leaves the plate. */
function zoompan(move: KenBurnsMove, frames: number, frame: VideoPlan["frame"]): string {
  const progress = `on/${Math.max(1, frames - 1)}`;
  const lerp = (from: number, to: number) =>
    from === to ? fixed(from) : `(${fixed(from)}+${fixed(to - from)}*${progress})`;
  const zoom = lerp(move.zoomFrom, move.zoomTo);
  const x = `max(0,min(iw-iw/zoom,${lerp(move.focusFrom.x, move.focusTo.x)}*iw-iw/zoom/2))`;
  const y = `max(0,min(ih-ih/zoom,${lerp(move.focusFrom.y, move.focusTo.y)}*ih-ih/zoom/2))`;
  return (
    `zoompan=z='${zoom}':x='${x}':y='${y}':d=${frames}` +
    `:s=${frame.width}x${frame.height}:fps=${frame.fps}`
  );
}

function fixed(value: number): string {
  return Number(value.toFixed(4)).toString();
}
