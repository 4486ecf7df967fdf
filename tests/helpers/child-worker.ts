import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

export interface ChildWorker {
  process: ChildProcess;
  lines: Record<string, unknown>[];
  waitForLine(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");

/** Starts a real Node process running a TypeScript entry (through tsx) and reads its JSON lines. */
export function spawnChildWorker(entry: string, env: Record<string, string>): ChildWorker {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += String(chunk);
  });
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    try {
      lines.push(JSON.parse(line));
    } catch {
      return;
    }
    for (const waiter of waiters) {
      waiter();
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    process: child,
    lines,
    waitForLine(match, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (lines.some(match)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`child never printed the expected line; stderr:\n${stderr.slice(-2000)}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async kill(signal) {
      if (child.exitCode === null) {
        child.kill(signal);
      }
      await exited;
    },
  };
}
