import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import sharp from "sharp";

/** A valid PNG of the given size, one flat colour: what an image API would send, only smaller. */
export function pngOfSize(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 58, g: 110, b: 165 } },
  })
    .png()
    .toBuffer();
}

let mp4: Promise<Buffer> | undefined;

/** A one-second 160x90 H.264 MP4, made once per test process with the bundled ffmpeg. */
export function tinyMp4(): Promise<Buffer> {
  mp4 ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "greenlight-fake-"));
    const file = path.join(dir, "output.mp4");
    await promisify(execFile)(ffmpegInstaller.path, [
      ...["-hide_banner", "-loglevel", "error", "-y"],
      ...["-f", "lavfi", "-i", "testsrc=size=160x90:rate=12", "-t", "1"],
      ...["-pix_fmt", "yuv420p", "-c:v", "libx264", "-movflags", "+faststart", file],
    ]);
    return readFile(file);
  })();
  return mp4;
}

export interface WavFixtureOptions {
  sampleRate?: number;
  /**
   * Write the RIFF and data sizes as 0xFFFFFFFF, as OpenAI's speech endpoint does: it streams the
   * WAV and does not know the length when the header goes out.
   */
  streamedHeader?: boolean;
}

/**
 * A mono 16-bit WAV of `seconds` of a voice-like tone (a 140 Hz buzz with a syllable-rate swell),
 * so level and length checks see sound, not silence.
 */
export function toneWav(seconds: number, options: WavFixtureOptions = {}): Buffer {
  const sampleRate = options.sampleRate ?? 24_000;
  const count = Math.round(seconds * sampleRate);
  const file = Buffer.alloc(44 + count * 2);
  const unknown = 0xffff_ffff;
  file.write("RIFF", 0, "ascii");
  file.writeUInt32LE(options.streamedHeader ? unknown : 36 + count * 2, 4);
  file.write("WAVEfmt ", 8, "ascii");
  file.writeUInt32LE(16, 16);
  file.writeUInt16LE(1, 20);
  file.writeUInt16LE(1, 22);
  file.writeUInt32LE(sampleRate, 24);
  file.writeUInt32LE(sampleRate * 2, 28);
  file.writeUInt16LE(2, 32);
  file.writeUInt16LE(16, 34);
  file.write("data", 36, "ascii");
  file.writeUInt32LE(options.streamedHeader ? unknown : count * 2, 40);
  for (let index = 0; index < count; index++) {
    const time = index / sampleRate;
    const swell = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * time);
    const buzz = Math.sin(2 * Math.PI * 140 * time) + 0.4 * Math.sin(2 * Math.PI * 280 * time);
    file.writeInt16LE(Math.round(9_000 * swell * buzz), 44 + index * 2);
  }
  return file;
}

let mp3: Promise<Buffer> | undefined;

/** A two-second mono MP3 (a 220 Hz tone) made once per test process with the bundled ffmpeg. */
export function tinyMp3(): Promise<Buffer> {
  mp3 ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "greenlight-fake-"));
    const file = path.join(dir, "output.mp3");
    await promisify(execFile)(ffmpegInstaller.path, [
      ...["-hide_banner", "-loglevel", "error", "-y"],
      ...["-f", "lavfi", "-i", "sine=frequency=220:duration=2:sample_rate=44100"],
      ...["-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", file],
    ]);
    return readFile(file);
  })();
  return mp3;
}
