import { bundledFfmpegPath, readFfmpegStderr } from "./ffmpeg";

/** What `ffmpeg -i` says about a media file. No ffprobe ships with the bundled ffmpeg. */
export interface VideoInfo {
  durationSeconds: number;
  width: number;
  height: number;
  /** e.g. "h264". */
  videoCodec: string;
  /** e.g. "aac"; null when the file has no audio stream. */
  audioCodec: string | null;
  fps: number | null;
}

export async function inspectVideo(
  filePath: string,
  options: { ffmpegPath?: string } = {},
): Promise<VideoInfo> {
  const stderr = await readFfmpegStderr(options.ffmpegPath ?? bundledFfmpegPath, ["-i", filePath]);
  return parseFfmpegInfo(stderr, filePath);
}

const durationPattern = /Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)/;
const videoStreamPattern = /Stream #\d+:\d+.*: Video: (\w+).*/;
const audioStreamPattern = /Stream #\d+:\d+.*: Audio: (\w+)/;
const sizePattern = /, (\d{2,5})x(\d{2,5})/;
const fpsPattern = /, (\d+(?:\.\d+)?) fps/;

/** Parses the stream summary ffmpeg prints to stderr for `-i file`. */
export function parseFfmpegInfo(stderr: string, filePath = "input"): VideoInfo {
  const duration = durationPattern.exec(stderr);
  const video = videoStreamPattern.exec(stderr);
  if (!duration || !video) {
    const reason =
      stderr
        .trim()
        .split("\n")
        .filter((line) => !line.startsWith("At least one output file"))
        .at(-1) ?? "no output";
    throw new Error(`Not a readable video: ${filePath} (${reason})`);
  }
  const [videoLine, videoCodec = "unknown"] = video;
  const size = sizePattern.exec(videoLine);
  if (!size) {
    throw new Error(`No frame size in the video stream of ${filePath}`);
  }
  const [, hours, minutes, seconds] = duration;
  const fps = fpsPattern.exec(videoLine);
  return {
    durationSeconds: Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds),
    width: Number(size[1]),
    height: Number(size[2]),
    videoCodec,
    audioCodec: audioStreamPattern.exec(stderr)?.[1] ?? null,
    fps: fps ? Number(fps[1]) : null,
  };
}
