import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFfmpegPath, createProgressParser, FfmpegError, runFfmpeg } from "./ffmpeg";

describe("createProgressParser", () => {
  it("reports a fraction per block, across chunks split mid-line", () => {
    const parser = createProgressParser(10);
    expect(parser.push("frame=30\nout_time_us=2500")).toBeUndefined();
    expect(parser.push("000\nprogress=continue\nout_time_us=5000000\n")).toBeCloseTo(0.25);
    expect(parser.push("progress=continue\n")).toBeCloseTo(0.5);
  });

  it("never goes backwards and reaches 1 only at the end", () => {
    const parser = createProgressParser(2);
    expect(parser.push("out_time_us=1500000\nprogress=continue\n")).toBeCloseTo(0.75);
    expect(parser.push("out_time_us=1000000\nprogress=continue\n")).toBeCloseTo(0.75);
    expect(parser.push("out_time_us=9000000\nprogress=continue\n")).toBe(0.99);
    expect(parser.push("out_time_us=2000000\nprogress=end\n")).toBe(1);
  });
});

describe("runFfmpeg", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ffmpeg-test-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const testPattern = (seconds: number, output: string) => [
    ...["-f", "lavfi", "-i", `testsrc2=s=320x180:r=30:d=${seconds}`],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-f", "mp4", "-y", output],
  ];

  it("reports progress up to 1", async () => {
    const seen: number[] = [];
    const output = path.join(dir, "ok.mp4");
    await runFfmpeg({
      ffmpegPath: bundledFfmpegPath,
      args: testPattern(2, output),
      totalSeconds: 2,
      onProgress: (fraction) => seen.push(fraction),
    });
    expect(seen.at(-1)).toBe(1);
    expect((await stat(output)).size).toBeGreaterThan(0);
  });

  it("kills ffmpeg when the signal aborts", async () => {
    const controller = new AbortController();
    let pid = 0;
    const running = runFfmpeg({
      ffmpegPath: bundledFfmpegPath,
      args: testPattern(600, path.join(dir, "long.mp4")),
      totalSeconds: 600,
      onSpawn: (spawned) => {
        pid = spawned;
      },
      onProgress: () => controller.abort(new Error("stop")),
      signal: controller.signal,
    });
    await expect(running).rejects.toThrow("stop");
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it("rejects with ffmpeg's own complaint", async () => {
    const failing = runFfmpeg({
      ffmpegPath: bundledFfmpegPath,
      args: ["-i", path.join(dir, "missing.png"), "-f", "null", "-"],
      totalSeconds: 1,
    });
    await expect(failing).rejects.toBeInstanceOf(FfmpegError);
    await expect(failing).rejects.toThrow(/No such file/);
  });
});
