import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually, liveProcessesMatching } from "./proc";

const root = path.resolve(import.meta.dirname, "../..");
const hasSetpriv = process.platform === "linux";

let dir: string;
let child: ChildProcess | undefined;
/** A string in the command line of the render's ffmpeg. */
let marker: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "ffmpeg-dies-"));
});
afterEach(() => {
  child?.kill("SIGKILL");
  // Never leave a render behind for the rest of the suite, whatever the test saw.
  for (const pid of marker ? liveProcessesMatching(marker) : []) {
    process.kill(pid, "SIGKILL");
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts a process rendering a long video and resolves once ffmpeg is at work. */
async function startRendering(env: Record<string, string> = {}) {
  const scratch = await mkdtemp(path.join(dir, "run-"));
  child = spawn(process.execPath, ["--import", "tsx", "tests/process/render-child.ts", scratch], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child!.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const line = await lines.next();
    if (line.done) {
      throw new Error("the render process ended before ffmpeg was at work");
    }
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  marker = String((await nextLine()).marker);
  await nextLine(); // rendering
  expect(liveProcessesMatching(marker).length).toBeGreaterThan(0);
  return { child, marker, exited };
}

describe("ffmpeg dies with the process that started it", () => {
  it.runIf(hasSetpriv)("SIGKILL of the worker mid-render leaves no ffmpeg running", async () => {
    const { child, marker, exited } = await startRendering();
    child.kill("SIGKILL");
    await exited;
    expect(await eventually(() => liveProcessesMatching(marker).length === 0, 3_000)).toBe(true);
  });

  it("a graceful stop (SIGTERM) aborts ffmpeg and exits 0", async () => {
    const { child, marker, exited } = await startRendering();
    child.kill("SIGTERM");
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(liveProcessesMatching(marker)).toEqual([]);
  });

  it("a forced exit (a second, later SIGTERM) kills ffmpeg first, even without setpriv", async () => {
    // PATH without setpriv: only our own bookkeeping can kill the render.
    const { child, marker, exited } = await startRendering({
      STUCK_STOP: "1",
      PATH: "/nonexistent",
    });
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(child.exitCode).toBeNull(); // still stopping gracefully
    child.kill("SIGTERM");
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(await eventually(() => liveProcessesMatching(marker).length === 0, 3_000)).toBe(true);
  });
});
