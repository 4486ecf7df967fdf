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
 * ffmpeg arguments that render the plan in one pass: every shot is a zoompan over its plate
 * (one decoded frame, no intermediate video files), shots are layered on a black base at their
 * start times and each fades in over the previous one. That is a cross-fade built from
 * overlay + alpha fade, because the bundled ffmpeg (2018) predates `xfade`.
 */
export function buildRenderArgs(plan: VideoPlan, shots: ShotFiles[], outputPath: string): string[] {
  if (shots.length !== plan.segments.length) {
    throw new Error(`Expected ${plan.segments.length} shots, got ${shots.length}`);
  }
  const { width, height, fps } = plan.frame;
  const total = fixed(plan.totalSeconds);
  const inputs: string[] = [];
  const chains: string[] = [];
  let inputIndex = 0;

  plan.segments.forEach((segment, index) => {
    const files = shots[index]!;
    const frames = Math.round(segment.durationSeconds * fps);
    const plateInput = inputIndex++;
    inputs.push("-i", files.plate);
    let shot = `[${plateInput}:v]${zoompan(segment.move, frames, plan.frame)},setsar=1`;

    if (files.overlay) {
      const overlayInput = inputIndex++;
      inputs.push(
        ...["-loop", "1", "-framerate", String(fps), "-t", fixed(segment.durationSeconds)],
        ...["-i", files.overlay.path],
      );
      chains.push(
        `[${overlayInput}:v]format=rgba,fade=t=in:st=${overlayFadeIn.startSeconds}` +
          `:d=${overlayFadeIn.durationSeconds}:alpha=1[overlay${index}]`,
      );
      chains.push(`${shot}[plain${index}]`);
      shot =
        `[plain${index}][overlay${index}]overlay=x=${files.overlay.x}:y=${files.overlay.y}` +
        ":eof_action=pass";
    }
    const crossfade =
      index > 0 && plan.crossfadeSeconds > 0
        ? `,format=yuva420p,fade=t=in:st=0:d=${fixed(plan.crossfadeSeconds)}:alpha=1`
        : "";
    chains.push(
      `${shot}${crossfade},setpts=PTS-STARTPTS+${fixed(segment.startSeconds)}/TB[shot${index}]`,
    );
  });

  chains.push(`color=c=black:s=${width}x${height}:r=${fps}:d=${total},format=yuv420p[base]`);
  let stacked = "[base]";
  plan.segments.forEach((_, index) => {
    chains.push(`${stacked}[shot${index}]overlay=eof_action=pass[stack${index}]`);
    stacked = `[stack${index}]`;
  });
  chains.push(
    `${stacked}fade=t=in:st=0:d=${edgeFadeSeconds.in}` +
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
    ...["-c:v", "libx264", "-preset", "veryfast", "-crf", "21", "-pix_fmt", "yuv420p"],
    ...["-r", String(fps), "-t", total, "-movflags", "+faststart", "-f", "mp4", "-y", outputPath],
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
