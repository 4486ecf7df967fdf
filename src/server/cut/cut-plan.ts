import type { CameraMove, ShotFraming } from "../shows/episode-script";

/**
 * What a cut is made of, as plain files and timings: the input of `renderCut` (render-cut.ts).
 * Episode animatics and the trailer (issue 13) are both cuts. Paths are local files (the media
 * store's `localFile`); the renderer never reads the database.
 */

export type CutVisual =
  /** A still animated by its shot's camera move over the shot's length (Ken Burns). */
  | { type: "still"; path: string; move: CameraMove; framing: ShotFraming }
  /** A video clip, trimmed (or held on its last frame) to the shot's length. */
  | { type: "clip"; path: string; trimStartSeconds?: number }
  /** A typographic card already drawn as a still (title card, end card), held static. */
  | { type: "card"; path: string };

export interface CutShot {
  /** The shot's id: progress and errors name it. */
  id: string;
  durationSeconds: number;
  visual: CutVisual;
  /** How this shot begins: a hard cut, or a dissolve from the previous shot (0.5 s). */
  transitionIn: "cut" | "dissolve";
}

/** One spoken line placed on the cut's timeline. */
export interface CutVoice {
  path: string;
  /** From the start of the cut. */
  startSeconds: number;
  durationSeconds: number;
  /** What the subtitle cue says, and who says it ("" for the narrator). */
  text: string;
  speaker: string;
}

export interface CutPlan {
  width: number;
  height: number;
  fps: number;
  shots: CutShot[];
  voices: CutVoice[];
  /** A music bed; looped or cut to the cut's length, ducked under the voices. */
  music: { path: string } | null;
  /** Integrated loudness target (EBU R128); −16 LUFS for both animatic and trailer. */
  loudnessLufs: number;
  /** Draw the subtitles into the picture (an export option); soft captions are always made. */
  burnCaptions: boolean;
}

export interface SubtitleCue {
  startSeconds: number;
  endSeconds: number;
  text: string;
  speaker: string;
}

export interface CutResult {
  /** The MP4 (H.264 + AAC) written into the output directory. */
  videoPath: string;
  /** The real length of the file ffmpeg wrote. */
  durationSeconds: number;
  /** Start of each shot in the cut, by shot id. */
  shotStarts: Record<string, number>;
  cues: SubtitleCue[];
  vtt: string;
  srt: string;
}

export interface CutProgress {
  /** 0..1 of the planned duration, from ffmpeg's `-progress` output. */
  fraction: number;
  stage: string;
}

/**
 * A shot list's timing: each shot as long as planned or as long as its lines need (lines read
 * one after another with a small gap, after a short lead-in), and every line's start in the cut.
 */
export interface TimedShotInput {
  id: string;
  plannedSeconds: number;
  /** The voice lines of this shot in the order spoken, with their audio lengths. */
  lines: { id: string; durationSeconds: number }[];
}

export interface TimedShot {
  id: string;
  startSeconds: number;
  durationSeconds: number;
  lines: { id: string; startSeconds: number; durationSeconds: number }[];
}
