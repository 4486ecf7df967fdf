import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

/** One child process of the run, its JSON log lines kept for the measurements. */
export interface Proc {
  name: string;
  child: ChildProcess;
  startedAt: number;
  /** When the harness SIGKILLed it (or it exited by itself). */
  endedAt: number | null;
  killed: boolean;
  lines: Array<Record<string, unknown>>;
  /** False once the process is gone (a SIGKILLed child has a signal, not an exit code). */
  running: boolean;
  exitCode: number | null;
  /** Resolves with the first JSON line `match` accepts; rejects when the process exits first. */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  exited: Promise<void>;
}

/** Every process the run started, so the exit handler can kill what is left. */
export const allProcs: Proc[] = [];

/**
 * Starts a TypeScript entry under tsx in its own process group (so a kill reaches its ffmpeg
 * children too), teeing stdout and stderr into `logDir/name.log`.
 */
export function spawnProc(
  name: string,
  entry: string,
  env: Record<string, string>,
  logDir: string,
): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const lines: Proc["lines"] = [];
  const listeners = new Set<(line: Record<string, unknown>) => void>();
  readline.createInterface({ input: child.stdout! }).on("line", (text) => {
    log.write(`${text}\n`);
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    line.__receivedAt = Date.now();
    lines.push(line);
    for (const listener of listeners) {
      listener(line);
    }
  });
  child.stderr!.on("data", (chunk) => log.write(chunk));
  const proc: Proc = {
    name,
    child,
    startedAt: Date.now(),
    endedAt: null,
    killed: false,
    lines,
    running: true,
    exitCode: null,
    exited: new Promise<void>((resolve) =>
      child.once("exit", (code) => {
        proc.endedAt ??= Date.now();
        proc.running = false;
        proc.exitCode = code;
        log.end();
        resolve();
      }),
    ),
    waitFor(match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const found = lines.find(match);
        if (found) {
          resolve(found);
          return;
        }
        const done = (error?: Error, line?: Record<string, unknown>) => {
          clearTimeout(timer);
          listeners.delete(listener);
          if (error) {
            reject(error);
          } else {
            resolve(line!);
          }
        };
        const listener = (line: Record<string, unknown>) => {
          if (match(line)) {
            done(undefined, line);
          }
        };
        const timer = setTimeout(
          () => done(new Error(`${name} did not get ready in ${timeoutMs} ms; see ${name}.log`)),
          timeoutMs,
        );
        listeners.add(listener);
        void proc.exited.then(() =>
          done(
            new Error(
              `${name} exited (code ${proc.exitCode}) before it was ready; see ${name}.log`,
            ),
          ),
        );
      });
    },
  };
  allProcs.push(proc);
  return proc;
}

/** SIGKILL to the whole process group: the worker and any ffmpeg it started die together. */
export async function killProc(proc: Proc): Promise<void> {
  if (!proc.running || proc.child.pid === undefined) {
    return;
  }
  proc.killed = true;
  proc.endedAt = Date.now();
  try {
    process.kill(-proc.child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
  await proc.exited;
}

/** Synchronous last resort for exit handlers: SIGKILL every group still running. */
export function killAllNow(): void {
  for (const proc of allProcs) {
    if (proc.running && proc.child.pid !== undefined) {
      try {
        process.kill(-proc.child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
}
