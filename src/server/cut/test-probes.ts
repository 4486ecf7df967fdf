import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { bundledFfmpegPath, runFfmpeg } from "../providers/offline/video/ffmpeg";
import { type Loudness, parseMeterSummaries } from "./audio-levels";

/**
 * What a viewer would notice about a rendered cut, measured with ffmpeg: where the picture
 * changes, how loud each stretch is, a frame's pixels. Files ffmpeg writes are named relative to
 * `dir` (its working directory), so no filtergraph escaping is needed.
 */

/** Times (s) of frames whose scene-change score passes `threshold` (0..1). */
export async function sceneChanges(file: string, dir: string, threshold = 0.3): Promise<number[]> {
  const out = "scenes.txt";
  await ffmpeg(dir, [
    ...["-i", file, "-an"],
    ...["-vf", `select='gt(scene,${threshold})',metadata=mode=print:file=${out}`],
    ...["-f", "null", "-"],
  ]);
  return [...(await readFile(path.join(dir, out), "utf8")).matchAll(/pts_time:([\d.]+)/g)].map(
    (match) => Number(match[1]),
  );
}

/**
 * RMS level (dBFS) of each `windowSeconds` of the sound, after a band filter: "voice" keeps what
 * is above 600 Hz (the test lines), "music" what is below 250 Hz (the test music bed).
 */
export async function windowLevels(
  file: string,
  dir: string,
  band: "voice" | "music",
  windowSeconds: number,
): Promise<number[]> {
  const out = `levels-${band}.txt`;
  const filter = band === "voice" ? "highpass=f=600,highpass=f=600" : "lowpass=f=250,lowpass=f=250";
  await ffmpeg(dir, [
    ...["-i", file, "-vn"],
    ...[
      "-af",
      `aresample=48000,${filter},asetnsamples=n=${Math.round(48000 * windowSeconds)}` +
        `,astats=metadata=1:reset=1,ametadata=mode=print:key=lavfi.astats.Overall.RMS_level:file=${out}`,
    ],
    ...["-f", "null", "-"],
  ]);
  return [...(await readFile(path.join(dir, out), "utf8")).matchAll(/RMS_level=(\S+)/g)].map(
    (match) => (Number.isFinite(Number(match[1])) ? Number(match[1]) : -150),
  );
}

/** Integrated loudness and true peak of the file's sound (ffmpeg's EBU R128 meter). */
export async function loudnessOf(file: string, dir: string): Promise<Loudness> {
  const stderr = await runFfmpeg({
    ffmpegPath: bundledFfmpegPath,
    logLevel: "info",
    totalSeconds: 1,
    cwd: dir,
    args: ["-nostats", "-i", file, "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
  });
  const summary = [...parseMeterSummaries(stderr).values()].at(-1);
  if (!summary) {
    throw new Error(`No loudness summary for ${file}`);
  }
  return summary;
}

/**
 * The frame shown at `seconds`, as raw RGB; shrunk to `thumbnailWidth` when given, which
 * measures where things are (a move) rather than their edges (any move changes every edge).
 */
export async function frameAt(file: string, dir: string, seconds: number, thumbnailWidth?: number) {
  const png = path.join(dir, `frame-${seconds.toFixed(3)}.png`);
  await ffmpeg(dir, ["-ss", String(seconds), "-i", file, "-frames:v", "1", "-y", png]);
  const image = sharp(png).removeAlpha();
  if (thumbnailWidth) {
    image.resize({ width: thumbnailWidth, kernel: "cubic" });
  }
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, png };
}

/** Share (0..1) of pixels in rows [fromRow, toRow) that differ by more than `threshold` in a channel. */
export function changedShare(
  a: { data: Buffer; width: number },
  b: { data: Buffer; width: number },
  fromRow: number,
  toRow: number,
  threshold = 40,
): number {
  let changed = 0;
  for (let pixel = fromRow * a.width; pixel < toRow * a.width; pixel++) {
    const at = pixel * 3;
    if (
      Math.abs(a.data[at]! - b.data[at]!) > threshold ||
      Math.abs(a.data[at + 1]! - b.data[at + 1]!) > threshold ||
      Math.abs(a.data[at + 2]! - b.data[at + 2]!) > threshold
    ) {
      changed++;
    }
  }
  return changed / ((toRow - fromRow) * a.width);
}

/** Mean absolute difference (0..255) of two frames over rows [fromRow, toRow). */
export function meanDifference(
  a: { data: Buffer; width: number },
  b: { data: Buffer; width: number },
  fromRow: number,
  toRow: number,
): number {
  const start = fromRow * a.width * 3;
  const end = toRow * a.width * 3;
  let total = 0;
  for (let index = start; index < end; index++) {
    total += Math.abs(a.data[index]! - b.data[index]!);
  }
  return total / (end - start);
}

/** How many video frames the file holds (demuxed, not decoded). */
export async function frameCount(file: string, dir: string): Promise<number> {
  const stderr = await runFfmpeg({
    ffmpegPath: bundledFfmpegPath,
    logLevel: "info",
    totalSeconds: 1,
    cwd: dir,
    args: ["-i", file, "-map", "0:v:0", "-c", "copy", "-f", "null", "-"],
  });
  const counts = [...stderr.matchAll(/frame=\s*(\d+)/g)];
  return Number(counts.at(-1)?.[1] ?? Number.NaN);
}

function ffmpeg(dir: string, args: string[]): Promise<string> {
  return runFfmpeg({ ffmpegPath: bundledFfmpegPath, args, totalSeconds: 1, cwd: dir });
}
