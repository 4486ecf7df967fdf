import { assetRefMetadata } from "./otio-asset-refs";
import {
  type Clip,
  clip,
  dissolve,
  externalReference,
  type Gap,
  gap,
  rationalTime,
  stack,
  type Timeline,
  type TimeRange,
  type Track,
  type Transition,
  timeRange,
  track,
} from "./otio-objects";

/** A shot of the cut: its picture and where it sits. */
export interface OtioShot {
  name: string;
  /** Relative to the .otio file, as laid out in the package ("shots/03.mp4"). */
  mediaPath: string;
  /** The stored asset the file is, recorded on its reference (otio-asset-refs.ts). */
  assetId?: string;
  startSeconds: number;
  durationSeconds: number;
  /** Where in its source the shot begins (a trimmed clip); 0 for a still. */
  sourceStartSeconds?: number;
  /** The source's whole length when it has one (a video); a still leaves it out. */
  sourceDurationSeconds?: number;
  /** A dissolve from the previous shot over this shot's first seconds (the cut's 0.5 s). */
  dissolveInSeconds?: number;
}

/** A spoken line, placed whole where the cut puts it. */
export interface OtioVoice {
  name: string;
  mediaPath: string;
  assetId?: string;
  startSeconds: number;
  durationSeconds: number;
  text: string;
  /** "" for the narrator. */
  speaker: string;
}

export interface OtioCutInput {
  name: string;
  fps: number;
  shots: OtioShot[];
  voices: OtioVoice[];
  /** The music bed: looped or cut to the cut's length, as the renderer plays it. */
  music: { mediaPath: string; assetId?: string; durationSeconds: number } | null;
}

/**
 * A cut as an OpenTimelineIO timeline: a picture track of the shots (dissolves as transitions),
 * the voice lines on audio tracks with gaps between them (a second track only where two lines
 * overlap), and the music looped under the whole. Times are whole frames at the cut's rate;
 * boundaries are rounded from cumulative seconds, as the renderer does, so each clip starts on
 * the frame the rendered cut shows it and every track is exactly as long as the picture.
 */
export function toOtioTimeline(input: OtioCutInput): Timeline {
  const { fps } = input;
  const frameOf = (seconds: number) => Math.round(seconds * fps);
  const picture = pictureTrack(input.shots, fps, frameOf);
  const total = trackFrames(picture.children);
  const tracks = [
    picture,
    ...voiceTracks(input.voices, total, fps, frameOf),
    ...(input.music ? [musicTrack(input.music, total, fps, frameOf)] : []),
  ];
  return {
    OTIO_SCHEMA: "Timeline.1",
    name: input.name,
    metadata: {},
    global_start_time: rationalTime(0, fps),
    tracks: stack(tracks.filter((candidate) => candidate.children.length > 0)),
  };
}

/** The timeline as an .otio file: JSON, indented as OTIO writes it. */
export function writeOtio(timeline: Timeline): string {
  return `${JSON.stringify(timeline, null, 4)}\n`;
}

type FrameOf = (seconds: number) => number;

function pictureTrack(shots: readonly OtioShot[], fps: number, frameOf: FrameOf): Track {
  const children: Track["children"] = [];
  let cursor = 0;
  shots.forEach((shot, index) => {
    const start = Math.max(cursor, frameOf(shot.startSeconds));
    const frames = frameOf(shot.startSeconds + shot.durationSeconds) - start;
    if (frames < 1) {
      throw new Error(`Shot ${shot.name} is shorter than one frame`);
    }
    if (start > cursor) {
      children.push(gap(start - cursor, fps));
    }
    const fade = Math.min(frames, frameOf(shot.dissolveInSeconds ?? 0));
    if (index > 0 && fade > 0 && children.at(-1)?.OTIO_SCHEMA === "Clip.1") {
      // The outgoing shot runs on under the incoming one: the dissolve starts on the cut.
      children.push(dissolve(0, fade, fps));
    }
    const available =
      shot.sourceDurationSeconds === undefined
        ? null
        : timeRange(0, frameOf(shot.sourceDurationSeconds), fps);
    children.push(
      clip(
        shot.name,
        reference(shot.mediaPath, shot.assetId, available),
        timeRange(frameOf(shot.sourceStartSeconds ?? 0), frames, fps),
      ),
    );
    cursor = start + frames;
  });
  return track("Picture", "Video", children);
}

/** Lines in time order, each on the first voice track free at its start. */
function voiceTracks(
  voices: readonly OtioVoice[],
  total: number,
  fps: number,
  frameOf: FrameOf,
): Track[] {
  const lanes: { end: number; children: (Clip | Gap)[] }[] = [];
  const ordered = [...voices].sort((a, b) => a.startSeconds - b.startSeconds);
  for (const voice of ordered) {
    const start = frameOf(voice.startSeconds);
    const frames = Math.max(1, frameOf(voice.startSeconds + voice.durationSeconds) - start);
    let lane = lanes.find((candidate) => candidate.end <= start);
    if (!lane) {
      lane = { end: 0, children: [] };
      lanes.push(lane);
    }
    if (start > lane.end) {
      lane.children.push(gap(start - lane.end, fps));
    }
    lane.children.push(
      clip(
        voice.name,
        reference(voice.mediaPath, voice.assetId, timeRange(0, frames, fps)),
        timeRange(0, frames, fps),
        { greenlight: { text: voice.text, speaker: voice.speaker } },
      ),
    );
    lane.end = start + frames;
  }
  return lanes.map((lane, index) => {
    if (lane.end < total) {
      lane.children.push(gap(total - lane.end, fps));
    }
    return track(index === 0 ? "Voice" : `Voice ${index + 1}`, "Audio", lane.children);
  });
}

/** The bed from its start, again from its start each time it runs out, cut at the end. */
function musicTrack(
  music: NonNullable<OtioCutInput["music"]>,
  total: number,
  fps: number,
  frameOf: FrameOf,
): Track {
  const length = frameOf(music.durationSeconds);
  const children: Clip[] = [];
  for (let cursor = 0; length > 0 && cursor < total; cursor += length) {
    const frames = Math.min(length, total - cursor);
    children.push(
      clip(
        children.length === 0 ? "Score" : `Score (loop ${children.length + 1})`,
        reference(music.mediaPath, music.assetId, timeRange(0, length, fps)),
        timeRange(0, frames, fps),
      ),
    );
  }
  return track("Music", "Audio", children);
}

/** Frames a track's items take; transitions overlap their neighbours and take none. */
function trackFrames(children: readonly (Clip | Gap | Transition)[]): number {
  return children.reduce(
    (sum, child) =>
      child.OTIO_SCHEMA === "Transition.1" ? sum : sum + (child.source_range?.duration.value ?? 0),
    0,
  );
}

/** A file of the package, naming the stored asset it is when the cut knows it. */
function reference(mediaPath: string, assetId: string | undefined, available: TimeRange | null) {
  return externalReference(
    relativeUrl(mediaPath),
    available,
    assetId ? assetRefMetadata(assetId) : {},
  );
}

/** A package path as a relative URL: each segment percent-encoded, the slashes kept. */
function relativeUrl(mediaPath: string): string {
  return mediaPath.split("/").map(encodeURIComponent).join("/");
}
