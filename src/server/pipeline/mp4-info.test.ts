import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFfmpegPath } from "../providers/offline/video/ffmpeg";
import { readMp4Info } from "./mp4-info";

let dir: string;

async function render(name: string, args: string[]): Promise<Buffer> {
  const file = path.join(dir, name);
  await promisify(execFile)(bundledFfmpegPath, [
    ...["-hide_banner", "-loglevel", "error", "-y"],
    ...args,
    file,
  ]);
  return readFile(file);
}

describe("readMp4Info", () => {
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "greenlight-mp4-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("reads the length and frame size a model actually made, with or without an audio track", async () => {
    const video = await render("clip.mp4", [
      ...["-f", "lavfi", "-i", "testsrc=size=320x180:rate=24"],
      ...["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"],
      ...["-t", "2.5", "-pix_fmt", "yuv420p", "-c:v", "libx264", "-c:a", "aac"],
    ]);
    const info = readMp4Info(video);
    expect(info?.durationSeconds).toBeCloseTo(2.5, 1);
    expect(info).toMatchObject({ width: 320, height: 180 });
  });

  it("finds the movie header after the media data (no faststart)", async () => {
    const video = await render("late-moov.mp4", [
      ...["-f", "lavfi", "-i", "testsrc=size=160x90:rate=12", "-t", "1"],
      ...["-pix_fmt", "yuv420p", "-c:v", "libx264"],
    ]);
    expect(video.indexOf("mdat")).toBeLessThan(video.indexOf("moov"));
    expect(readMp4Info(video)).toMatchObject({ durationSeconds: 1, width: 160, height: 90 });
  });

  it("answers null for bytes that are not an MP4 it can read", () => {
    expect(readMp4Info(Buffer.from("not a video at all"))).toBeNull();
    expect(readMp4Info(Buffer.alloc(0))).toBeNull();
  });
});
