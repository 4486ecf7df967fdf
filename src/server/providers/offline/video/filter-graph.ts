import { buildAudioBed } from "./audio-bed";
import { type RenderSegment, shotSpans } from "./segment-plan";
import type { AudioBedPlan, VideoPlan } from "./video-plan";

/** The files prepared for one segment: its plate (larger than the frame) and an optional overlay. */
export interface ShotFiles {
  plate: string;
  /** A transparent PNG (lower-third, caption) placed at x, y on the frame; it does not move. */
  overlay: { path: string; x: number; y: number } | null;
}

const overlayFadeIn = { startSeconds: 0.35, durationSeconds: 0.5 };
const edgeFadeSeconds = { in: 0.6, out: 0.9 };

/** One segment's ffmpeg run: the files it reads, in `-i` order, and everything else it needs. */
export interface SegmentRun {
  inputs: string[];
  /** The filter graph and encoder settings: with the inputs' bytes, all that decides the output. */
  filter: string;
  args: string[];
}

/** x264 settings every segment shares, so their streams can be joined without re-encoding. */
const videoEncoder = [
  "-c:v",
  "libx264",
  "-preset",
  "superfast",
  "-crf",
  "21",
  "-pix_fmt",
  "yuv420p",
];

/**
 * ffmpeg arguments that render one segment of the timeline (see `planSegments`): every shot the
 * segment shows is a zoompan over its plate (one decoded frame), started at the segment's frame
 * of the shot, cut into head, body and tail; each transition lays the next shot's head, fading
 * in, over this shot's tail; then bodies and transitions are concatenated. The frames are exactly
 * those of a single pass over the whole plan: the moves, caption fades and the video's fade in
 * and out are all computed from the shot's (or the video's) own clock, not the segment's.
 * Overlay + alpha fade stands in for `xfade`, which the bundled ffmpeg (2018) predates.
 */
export function buildSegmentRun(
  plan: VideoPlan,
  shots: ShotFiles[],
  segment: RenderSegment,
  outputPath: string,
): SegmentRun {
  if (shots.length !== plan.segments.length) {
    throw new Error(`Expected ${plan.segments.length} shots, got ${shots.length}`);
  }
  const { fps } = plan.frame;
  const overlap = Math.round(plan.crossfadeSeconds * fps);
  const last = plan.segments.length - 1;
  const from = segment.startFrame;
  const to = segment.startFrame + segment.frames;
  const inputs: string[] = [];
  const chains: string[] = [];
  const pieces: string[] = [];

  shotSpans(plan).forEach((span, index) => {
    const shown = {
      from: Math.max(from, span.startFrame),
      to: Math.min(to, span.startFrame + span.frames),
    };
    if (shown.from >= shown.to) {
      return;
    }
    const files = shots[index]!;
    const frames = span.frames;
    const head = index > 0 ? overlap : 0;
    const tail = index < last ? overlap : 0;
    if (frames <= head + tail) {
      throw new Error(`Shot ${index} (${frames} frames) is shorter than its cross-fades`);
    }
    // Frames of this shot that the segment shows, on the shot's own clock.
    const first = shown.from - span.startFrame;
    const count = shown.to - shown.from;
    const plateInput = inputs.push(files.plate) - 1;
    // Converting the single decoded frame (JPEG is full-range yuvj420p) once, before zoompan,
    // spares a per-frame conversion on every filter downstream.
    let shot = `[${plateInput}:v]format=yuv420p,${zoompan(plan, index, first, count)},setsar=1`;
    if (files.overlay) {
      const overlayInput = inputs.push(files.overlay.path) - 1;
      // One decoded frame, repeated by the graph: re-reading the PNG for every frame costs more.
      chains.push(
        `[${overlayInput}:v]format=yuva420p,loop=loop=${count - 1}:size=1:start=0` +
          `,setpts=(N+${first})/(${fps}*TB),fade=t=in:st=${overlayFadeIn.startSeconds}` +
          `:d=${overlayFadeIn.durationSeconds}:alpha=1,setpts=PTS-STARTPTS[caption${index}]`,
        `${shot}[plain${index}]`,
      );
      shot = `[plain${index}][caption${index}]overlay=x=${files.overlay.x}:y=${files.overlay.y}:eof_action=pass`;
    }

    // Segments are cut where cross-fades begin, so a head or tail is shown whole or not at all.
    const parts = [
      { name: "head", from: 0, to: head },
      { name: "body", from: head, to: frames - tail },
      { name: "tail", from: frames - tail, to: frames },
    ]
      .map((part) => ({
        ...part,
        from: Math.max(part.from, first),
        to: Math.min(part.to, first + count),
      }))
      .filter((part) => part.to > part.from);
    chains.push(
      `${shot},format=yuv420p,split=${parts.length}${parts.map((p) => `[${p.name}${index}]`).join("")}`,
    );
    for (const part of parts) {
      const cut = `[${part.name}${index}]trim=start_frame=${part.from - first}:end_frame=${part.to - first},setpts=PTS-STARTPTS`;
      if (part.name === "head") {
        chains.push(
          `${cut},format=yuva420p,fade=t=in:st=0:d=${fixed(plan.crossfadeSeconds)}:alpha=1[in${index}]`,
          `[out${index - 1}][in${index}]overlay=eof_action=pass,format=yuv420p[mix${index}]`,
        );
        pieces.push(`[mix${index}]`);
      } else if (part.name === "body") {
        chains.push(`${cut}[whole${index}]`);
        pieces.push(`[whole${index}]`);
      } else {
        chains.push(`${cut}[out${index}]`);
      }
    }
  });

  chains.push(
    `${pieces.join("")}concat=n=${pieces.length}:v=1:a=0` +
      `,setpts=PTS+${from}/(${fps}*TB)` +
      `,fade=t=in:st=0:d=${edgeFadeSeconds.in}` +
      `,fade=t=out:st=${fixed(plan.totalSeconds - edgeFadeSeconds.out)}:d=${edgeFadeSeconds.out}` +
      ",setpts=PTS-STARTPTS,format=yuv420p[video]",
  );
  const filter = chains.join(";");
  const args = [
    ...inputs.flatMap((input) => ["-i", input]),
    ...["-filter_complex", filter],
    ...["-map", "[video]"],
    // superfast: ~30% less x264 CPU than veryfast for these slow moves, at ~2× the bytes
    // (≈4.5 MB for 30 s); the full-show render budget matters more than the file size.
    ...videoEncoder,
    ...["-r", String(fps), "-frames:v", String(segment.frames)],
    ...["-f", "mp4", "-y", outputPath],
  ];
  return { inputs, filter: [filter, ...videoEncoder, fps, segment.frames].join(" "), args };
}

/** The audio bed for the whole plan, rendered once: it runs across every cut. */
export function buildAudioRun(
  audio: AudioBedPlan,
  outputPath: string,
): { filter: string; args: string[] } {
  const filter = buildAudioBed(audio, "audio");
  const encoder = ["-c:a", "aac", "-b:a", "128k", "-t", fixed(audio.totalSeconds)];
  return {
    filter: [filter, ...encoder].join(" "),
    args: [
      ...["-filter_complex", filter],
      ...["-map", "[audio]", ...encoder],
      ...["-f", "mp4", "-y", outputPath],
    ],
  };
}

/** Joins the segments without re-encoding (`listPath` is a concat-demuxer list) and adds the audio. */
export function buildAssembleArgs(
  listPath: string,
  audioPath: string | null,
  outputPath: string,
): string[] {
  return [
    ...["-f", "concat", "-safe", "0", "-i", listPath],
    ...(audioPath ? ["-i", audioPath] : []),
    ...["-map", "0:v:0", ...(audioPath ? ["-map", "1:a:0"] : []), "-c", "copy"],
    ...["-movflags", "+faststart", "-f", "mp4", "-y", outputPath],
  ];
}

/** A linear zoom with the focus point drifting, clamped so the crop never leaves the plate. */
function zoompan(plan: VideoPlan, shot: number, first: number, count: number): string {
  const { move, durationSeconds } = plan.segments[shot]!;
  const { frame } = plan;
  const frames = Math.round(durationSeconds * frame.fps);
  const onShot = first > 0 ? `(on+${first})` : "on";
  const progress = `${onShot}/${Math.max(1, frames - 1)}`;
  const lerp = (from: number, to: number) =>
    from === to ? fixed(from) : `(${fixed(from)}+${fixed(to - from)}*${progress})`;
  const zoom = lerp(move.zoomFrom, move.zoomTo);
  const x = `max(0,min(iw-iw/zoom,${lerp(move.focusFrom.x, move.focusTo.x)}*iw-iw/zoom/2))`;
  const y = `max(0,min(ih-ih/zoom,${lerp(move.focusFrom.y, move.focusTo.y)}*ih-ih/zoom/2))`;
  return (
    `zoompan=z='${zoom}':x='${x}':y='${y}':d=${count}` +
    `:s=${frame.width}x${frame.height}:fps=${frame.fps}`
  );
}

function fixed(value: number): string {
  return Number(value.toFixed(4)).toString();
}
