import { captionsFileName } from "./burned-captions";
import { movePath, zoompanFilter } from "./camera-moves";
import type { CutPlan } from "./cut-plan";
import type { CutSegment, CutTimeline } from "./cut-timeline";
import type { PreparedVisual } from "./prepare-visuals";

/**
 * x264 settings every segment shares, so segments join without re-encoding. superfast: on these
 * slow moves it costs less CPU than ultrafast (whose bigger CAVLC stream takes longer to write)
 * and half of veryfast, measured on the 2-core machine (bench/cut.ts).
 */
export const videoEncoder = ["-c:v", "libx264", "-preset", "superfast", "-crf", "22"];

/** The shots whose pictures a segment draws: its own, and the one before a dissolve into it. */
export function shotsDrawnBy(segment: CutSegment): number[] {
  const shots = new Set<number>();
  for (const piece of segment.pieces) {
    if (piece.kind === "dissolve") {
      shots.add(piece.shot - 1);
    }
    shots.add(piece.shot);
  }
  return [...shots];
}

/**
 * ffmpeg arguments that render one segment: each piece of it (a shot's frames, or a dissolve:
 * the incoming shot's head fading in over the outgoing shot's run-on) from its own input, then
 * the pieces concatenated, captions drawn on the cut's clock, encoded to `outputPath`.
 * Every input is opened by one piece only: a plate is one decoded JPEG, a clip is seeked to the
 * piece's first frame, so pieces never wait on each other inside ffmpeg's single filter thread.
 */
export function buildSegmentArgs(
  plan: CutPlan,
  timeline: CutTimeline,
  segment: CutSegment,
  visuals: ReadonlyMap<number, PreparedVisual>,
  outputPath: string,
): string[] {
  const { fps } = timeline;
  const inputs: string[][] = [];
  const chains: string[] = [];
  const pieceLabels: string[] = [];

  const source = (shot: number, fromFrame: number, count: number, label: string) => {
    const visual = visuals.get(shot);
    if (!visual) {
      throw new Error(`Shot ${shot} was not prepared for segment ${segment.index}`);
    }
    const input = inputs.length;
    const frame = { width: plan.width, height: plan.height, fps };
    switch (visual.type) {
      case "plate": {
        inputs.push(["-i", visual.path]);
        const cutShot = plan.shots[shot]!;
        const seconds = timeline.spans[shot]!.shownFrames / fps;
        const path =
          cutShot.visual.type === "still"
            ? movePath(cutShot.visual.move, cutShot.visual.framing, seconds)
            : movePath("static", "medium", seconds);
        const move = zoompanFilter(
          path,
          { fromFrame, count, shownFrames: timeline.spans[shot]!.shownFrames },
          frame,
        );
        // yuv420p once, before zoompan: every filter after it then works on the cheap format.
        chains.push(`[${input}:v]format=yuv420p,${move},setsar=1${label}`);
        return;
      }
      case "card":
        inputs.push(["-i", visual.path]);
        chains.push(
          `[${input}:v]format=yuv420p,loop=loop=${count - 1}:size=1:start=0` +
            `,setpts=N/(${fps}*TB),setsar=1${label}`,
        );
        return;
      case "clip": {
        // Past the clip's end (a long shot, or the run-on under a dissolve) it holds its last frame.
        const wanted = visual.trimStartSeconds + fromFrame / fps;
        const seek = Math.max(0, Math.min(wanted, visual.durationSeconds - 2 / fps));
        const seconds = count / fps;
        inputs.push(["-ss", fixed(seek), "-t", fixed(seconds + 0.5), "-i", visual.path]);
        chains.push(
          `[${input}:v]fps=${fps},tpad=stop_mode=clone:stop_duration=${fixed(seconds)}` +
            `,trim=end_frame=${count},setpts=PTS-STARTPTS` +
            `,scale=${plan.width}:${plan.height}:force_original_aspect_ratio=increase` +
            `,crop=${plan.width}:${plan.height},setsar=1,format=yuv420p${label}`,
        );
        return;
      }
    }
  };

  segment.pieces.forEach((piece, index) => {
    const label = `[p${index}]`;
    if (piece.kind === "shot") {
      source(piece.shot, piece.fromFrame, piece.frames, label);
    } else {
      const outgoing = piece.shot - 1;
      source(outgoing, timeline.spans[outgoing]!.frames, piece.frames, `[under${index}]`);
      source(piece.shot, 0, piece.frames, `[head${index}]`);
      // Counted in frames, so the blend is exact whatever the timestamps: 0 → (n−1)/n opaque.
      chains.push(
        `[head${index}]format=yuva420p,fade=t=in:s=0:n=${piece.frames}:alpha=1[over${index}]`,
        `[under${index}][over${index}]overlay=eof_action=pass,format=yuv420p${label}`,
      );
    }
    pieceLabels.push(label);
  });

  let joined = pieceLabels[0]!;
  if (pieceLabels.length > 1) {
    chains.push(`${pieceLabels.join("")}concat=n=${pieceLabels.length}:v=1:a=0[joined]`);
    joined = "[joined]";
  }
  const captions = plan.burnCaptions
    ? // Cues are on the cut's clock: shift to the segment's place in the cut and back.
      `setpts=PTS+${segment.startFrame}/(${fps}*TB),ass=${captionsFileName},setpts=PTS-STARTPTS,`
    : "";
  chains.push(`${joined}${captions}format=yuv420p[video]`);

  return [
    ...inputs.flat(),
    ...["-filter_complex", chains.join(";")],
    ...["-map", "[video]"],
    ...videoEncoder,
    ...["-pix_fmt", "yuv420p", "-r", String(fps), "-frames:v", String(segment.frames)],
    ...["-an", "-f", "mp4", "-y", outputPath],
  ];
}

function fixed(value: number): string {
  return Number(value.toFixed(4)).toString();
}
