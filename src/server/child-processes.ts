import {
  type ChildProcessByStdio,
  type SpawnOptionsWithStdioTuple,
  type StdioNull,
  type StdioPipe,
  spawn,
  spawnSync,
} from "node:child_process";
import { accessSync, constants } from "node:fs";
import type { Readable } from "node:stream";

/**
 * Child processes (ffmpeg) must not outlive the process that started them: a render nobody waits
 * for burns a core and races the worker that resumes the job.
 *
 * - Graceful stop: whoever spawned the child aborts it (AbortSignal).
 * - Forced exit (second signal): `killTrackedChildren()` kills every live child first.
 * - SIGKILL of this process, or a crash: on Linux the child is started through util-linux
 *   `setpriv --pdeathsig KILL`, so the kernel kills it when its parent dies (prctl
 *   PR_SET_PDEATHSIG survives the exec into ffmpeg, and the pid stays ffmpeg's). Without setpriv
 *   (macOS, minimal images) children are spawned directly and the job store's orphan check remains
 *   the safety net.
 *
 * PR_SET_PDEATHSIG fires when the spawning *thread* exits; Node spawns from the main thread.
 */

const live = new Set<{ kill(signal: NodeJS.Signals): boolean }>();

let pdeathsigPrefix: string[] | undefined;

/** `["setpriv", "--pdeathsig", "KILL", "--"]` when that works here, else `[]`; probed once. */
export function parentDeathPrefix(): string[] {
  if (pdeathsigPrefix === undefined) {
    // Literal arguments: Next's file tracing treats a computed command as "any file".
    const probe =
      process.platform === "linux"
        ? spawnSync("setpriv", ["--pdeathsig", "KILL", "--", "true"], {
            stdio: "ignore",
            timeout: 5_000,
          })
        : undefined;
    pdeathsigPrefix = probe?.status === 0 ? ["setpriv", "--pdeathsig", "KILL", "--"] : [];
  }
  return pdeathsigPrefix;
}

type Stdio = StdioNull | StdioPipe;

/**
 * Spawns `command` tied to this process: tracked for forced exits and, where possible, killed by
 * the kernel when this process dies. Same shape as `spawn` for the piped-stdout/stderr cases we use.
 */
export function spawnTied<O extends Stdio, E extends Stdio>(
  command: string,
  args: readonly string[],
  options: SpawnOptionsWithStdioTuple<StdioNull, O, E>,
): ChildProcessByStdio<
  null,
  O extends StdioPipe ? Readable : null,
  E extends StdioPipe ? Readable : null
> {
  const [wrapper, ...wrapperArgs] = parentDeathPrefix();
  // A missing binary must still fail with spawn's ENOENT, not as setpriv's exit code 127.
  const child =
    wrapper && runnable(command)
      ? spawn(wrapper, [...wrapperArgs, command, ...args], options)
      : spawn(command, args, options);
  live.add(child);
  const forget = () => live.delete(child);
  child.once("exit", forget);
  child.once("error", forget);
  return child as never;
}

function runnable(command: string): boolean {
  if (!command.includes("/")) {
    return true;
  }
  try {
    accessSync(command, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILLs every tied child still running; synchronous, so it is safe right before `process.exit`. */
export function killTrackedChildren(): void {
  for (const child of live) {
    child.kill("SIGKILL");
  }
  live.clear();
}
