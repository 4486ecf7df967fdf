import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { spawnTied } from "../../child-processes";
import { readWavInfo } from "./wav";

export interface MeasureAudioOptions {
  /** Configuration may point at another ffmpeg; the bundled one otherwise. */
  ffmpegPath?: string;
  signal?: AbortSignal;
}

/** The last `out_time_us` ffmpeg's `-progress` reported: how much audio it decoded. */
function lastOutTimeSeconds(progress: string): number | undefined {
  const matches = [...progress.matchAll(/^out_time_us=(\d+)$/gm)];
  const last = matches.at(-1)?.[1];
  return last === undefined ? undefined : Number(last) / 1_000_000;
}

/**
 * How long an audio file plays. A WAV's header (with its bytes) says so exactly; anything else
 * (the MP3 or FLAC a model answered with) is decoded to nothing by ffmpeg, which reports how much
 * it decoded: an MP3's own "Duration" is only an estimate from its bitrate.
 */
export async function measureAudioDuration(
  data: Buffer,
  options: MeasureAudioOptions = {},
): Promise<number> {
  const wav = readWavInfo(data);
  if (wav) {
    return wav.durationSeconds;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "greenlight-audio-"));
  const file = path.join(dir, "input");
  try {
    await writeFile(file, data);
    const progress = await new Promise<string>((resolve, reject) => {
      const child = spawnTied(
        options.ffmpegPath ?? ffmpegInstaller.path,
        [
          ...["-hide_banner", "-nostdin", "-loglevel", "error", "-progress", "pipe:1"],
          ...["-i", file, "-vn", "-f", "null", "-"],
        ],
        { stdio: ["ignore", "pipe", "pipe"], signal: options.signal },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8");
      child.stderr.setEncoding("utf8");
      child.stdout.on("data", (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.on("data", (chunk: string) => {
        stderr += chunk;
      });
      child.once("error", reject);
      child.once("close", (code) =>
        code === 0
          ? resolve(stdout)
          : reject(new Error(`Not a readable audio file: ${stderr.trim().slice(-300)}`)),
      );
    });
    const seconds = lastOutTimeSeconds(progress);
    if (seconds === undefined || seconds <= 0) {
      throw new Error("Not a readable audio file: ffmpeg decoded no audio");
    }
    return seconds;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
