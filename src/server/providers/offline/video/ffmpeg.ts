import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { spawnTied } from "../../../child-processes";

/** The ffmpeg binary shipped with `@ffmpeg-installer/ffmpeg`; configuration may override it. */
export const bundledFfmpegPath: string = ffmpegInstaller.path;

/** ffmpeg exited non-zero; `stderrTail` holds its last lines, which name the cause. */
export class FfmpegError extends Error {
  readonly exitCode: number | null;
  readonly stderrTail: string;

  constructor(exitCode: number | null, stderrTail: string) {
    super(`ffmpeg exited with ${exitCode ?? "a signal"}: ${stderrTail.slice(-400)}`);
    this.name = "FfmpegError";
    this.exitCode = exitCode;
    this.stderrTail = stderrTail;
  }
}

export interface RunFfmpegOptions {
  ffmpegPath: string;
  args: string[];
  /** Length of the output, so `-progress` times become a 0..1 fraction. */
  totalSeconds: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Called once the child exists, e.g. to record its pid for crash recovery. */
  onSpawn?: (pid: number) => void;
  /** e.g. `FONTCONFIG_FILE` for libass; defaults to this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Working directory, so filter arguments can name files without filtergraph escaping. */
  cwd?: string;
  /** "info" when the caller reads what a filter prints (loudnorm, ebur128); default "error". */
  logLevel?: "error" | "info";
}

const stderrTailLimit = 8_000;

/**
 * Runs ffmpeg with `-progress pipe:1` and resolves when it exits cleanly. Aborting the signal
 * kills the child (SIGKILL: a half-written MP4 is worthless, so there is nothing to flush) and
 * rejects with the signal's reason. Resolves with the tail of stderr.
 */
export function runFfmpeg(options: RunFfmpegOptions): Promise<string> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const logLevel = options.logLevel ?? "error";
    const args = ["-hide_banner", "-nostdin", "-loglevel", logLevel, "-progress", "pipe:1"];
    // Tied: ffmpeg dies with this process even on SIGKILL (see child-processes.ts).
    const child = spawnTied(options.ffmpegPath, [...args, ...options.args], {
      stdio: ["ignore", "pipe", "pipe"],
      ...(options.env ? { env: options.env } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    if (child.pid !== undefined) {
      options.onSpawn?.(child.pid);
    }

    const progress = createProgressParser(options.totalSeconds);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const fraction = progress.push(chunk);
      if (fraction !== undefined) {
        options.onProgress?.(fraction);
      }
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-stderrTailLimit);
    });

    const onAbort = () => child.kill("SIGKILL");
    signal?.addEventListener("abort", onAbort, { once: true });

    child.once("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    child.once("close", (code) => {
      signal?.removeEventListener("abort", onAbort);
      if (signal?.aborted) {
        reject(signal.reason);
      } else if (code === 0) {
        resolve(stderr);
      } else {
        reject(new FfmpegError(code, stderr.trim()));
      }
    });
  });
}

/** Runs ffmpeg for its stderr only, e.g. `ffmpeg -i file`, which exits 1 but describes the file. */
export function readFfmpegStderr(ffmpegPath: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnTied(ffmpegPath, ["-hide_banner", "-nostdin", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", () => resolve(stderr));
  });
}

/**
 * Turns the `key=value` blocks of `-progress` into a fraction of `totalSeconds`. Chunks may split
 * lines anywhere, so the parser keeps the unfinished tail. Returns a value only when a block ends
 * (`progress=continue|end`); the fraction never goes backwards and reaches 1 only at `end`.
 */
export function createProgressParser(totalSeconds: number) {
  let pending = "";
  let outTimeSeconds = 0;
  let latest = 0;
  return {
    push(chunk: string): number | undefined {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      let reported: number | undefined;
      for (const line of lines) {
        const [key, value] = line.trim().split("=", 2);
        if (key === "out_time_us" && value !== undefined) {
          const micros = Number(value);
          if (Number.isFinite(micros) && micros >= 0) {
            outTimeSeconds = micros / 1_000_000;
          }
        } else if (key === "progress") {
          const fraction =
            value === "end" ? 1 : Math.min(0.99, outTimeSeconds / Math.max(totalSeconds, 0.001));
          latest = Math.max(latest, fraction);
          reported = latest;
        }
      }
      return reported;
    },
  };
}
