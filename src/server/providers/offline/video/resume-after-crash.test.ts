import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, expect, it } from "vitest";
import { inspectVideo } from "./inspect-video";
import type { JobSpec } from "./job-store";
import { createOfflineVideoProvider, type OfflineVideoProvider } from "./offline-video-provider";
import { fixtureBlueprint, fixtureDossier, videoRequest, writePortrait } from "./test-fixtures";

let dir: string;
let child: ChildProcess | undefined;
let resumed: OfflineVideoProvider | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "offline-video-crash-"));
});

afterAll(async () => {
  child?.kill("SIGKILL");
  await resumed?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the child and resolves with each JSON line it prints, in order. */
function startChild(jobsDir: string, requestJson: string) {
  const script = path.join(import.meta.dirname, "resume-after-crash.child.ts");
  child = spawn(process.execPath, ["--import", "tsx", script, jobsDir, requestJson], {
    // No setpriv on PATH (as on macOS): ffmpeg is not tied to its parent, so the orphan survives
    // the crash and resuming must kill it. With setpriv the kernel kills it (tests/process).
    env: { ...process.env, PATH: "/nonexistent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
}

function isRunning(pid: number | undefined): boolean {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
}

it("finishes a job whose process was killed mid-render, from a new provider's status()", async () => {
  const jobsDir = path.join(dir, "jobs");
  const request = videoRequest(
    {
      purpose: "character_video",
      blueprint: fixtureBlueprint,
      dossier: fixtureDossier("Maren Holt", "The eldest, who stayed"),
      portrait: await writePortrait(dir, 0),
    },
    8,
  );
  const lines = startChild(jobsDir, JSON.stringify(request));
  const { jobId } = JSON.parse((await lines.next()).value as string) as { jobId: string };
  await lines.next(); // ffmpeg is rendering
  const exited = new Promise((resolve) => child!.once("exit", resolve));
  child!.kill("SIGKILL");
  await exited;

  const orphanPid = (
    JSON.parse(await readFile(path.join(jobsDir, `${jobId}.json`), "utf8")) as JobSpec
  ).owner?.ffmpegPid;
  expect(isRunning(orphanPid)).toBe(true); // ffmpeg outlives its parent: nothing kills it

  resumed = createOfflineVideoProvider({ jobsDir });
  const first = await resumed.status(jobId);
  expect(first.state === "processing" || first.state === "queued").toBe(true);
  expect(first.stage).toMatch(/^Resuming character video render/);

  for (;;) {
    const status = await resumed.status(jobId);
    if (status.state === "succeeded") {
      break;
    }
    expect(status.state === "processing" || status.state === "queued").toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(isRunning(orphanPid)).toBe(false);

  const download = await resumed.download(jobId);
  const file = path.join(dir, "resumed.mp4");
  await writeFile(file, download.data);
  const info = await inspectVideo(file);
  expect(info).toMatchObject({ width: 1280, height: 720, videoCodec: "h264", audioCodec: "aac" });
  expect(info.durationSeconds).toBeGreaterThan(7.5);
  expect(info.durationSeconds).toBeLessThan(8.5);
});
