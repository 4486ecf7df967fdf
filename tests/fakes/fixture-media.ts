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
