import { type ChildProcess, fork } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Size } from "../providers/types";
import { RenderSandboxError } from "./render-errors";

/** A font file the child reads (once) and hands to satori under `name`. */
export interface FontFile {
  name: string;
  weight: 400 | 500 | 600 | 700 | 800 | 900;
  style: "normal";
  file: string;
}

/** One layout: a satori element tree (plain `{ type, props }` objects) at `size`. */
export interface RenderJob {
  /** `svg`: satori's SVG only; `png`: satori, then resvg to a PNG of `size.width`. */
  op: "svg" | "png";
  tree: unknown;
  size: Size;
  fonts: FontFile[];
}

export interface RenderPoolOptions {
  /** Children rendering at once; each is a Node process (~60 MB). */
  children?: number;
  /** A render still running after this is killed with its child and fails. */
  timeoutMs?: number;
  /** The child's entry file; render-child.mjs beside this module by default. */
  entry?: string;
}

interface Pending {
  id: number;
  job: RenderJob;
  resolve: (value: Buffer | string) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  child: ChildProcess;
  pending: Pending | null;
  /** The end of the child's stderr: a Rust panic says what it panicked on. */
  stderr: string;
}

type ChildReply =
  | { id: number; ok: true; data: Uint8Array | string }
  | { id: number; ok: false; message: string };

const STDERR_TAIL = 2_000;

/**
 * Where render-child.mjs is. Under Node (worker, CLI, tests) it sits beside this module; inside
 * the Next.js server bundle `import.meta.url` names a chunk, and the app runs from the project
 * root, so the source tree's copy is used.
 */
function defaultEntry(): string {
  try {
    const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), "render-child.mjs");
    if (existsSync(beside)) {
      return beside;
    }
  } catch {
    // Not a file URL (bundled): fall through.
  }
  return path.join(process.cwd(), "src", "server", "render-sandbox", "render-child.mjs");
}

/**
 * satori and resvg run in child processes, because resvg panics abort the whole process on some
 * inputs (a 10,000-character tagline did) and a worker_thread dies with its process. A few
 * long-lived children are reused across renders (a fork costs ~100 ms; a render tens), one job
 * each at a time, the rest queued. A child that dies mid-render fails only that render, with a
 * message the user can act on, and is replaced by the next render; one that hangs past the
 * timeout is killed the same way. Idle children do not keep the parent alive, and exit when the
 * parent does (their IPC channel closes).
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly entry: string;
  private nextId = 1;
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.size = Math.max(1, options.children ?? 2);
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.entry = options.entry ?? defaultEntry();
  }

  render(job: RenderJob, signal?: AbortSignal): Promise<Buffer | string> {
    signal?.throwIfAborted();
    if (this.closed) {
      return Promise.reject(new Error("The render pool is closed"));
    }
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject, signal };
      if (signal) {
        pending.onAbort = () => this.abort(pending, signal.reason);
        signal.addEventListener("abort", pending.onAbort, { once: true });
      }
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /** Process ids of the live children (tests kill them). */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot.child.pid ? [slot.child.pid] : []));
  }

  /** Process ids of the children rendering right now. */
  busyPids(): number[] {
    return this.slots.flatMap((slot) => (slot.pending && slot.child.pid ? [slot.child.pid] : []));
  }

  /** Kills every child and fails what is queued or running. */
  close(): void {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      this.settle(pending, new Error("The render pool is closed"));
    }
    for (const slot of [...this.slots]) {
      if (slot.pending) {
        this.settle(slot.pending, new Error("The render pool is closed"));
      }
      this.retire(slot);
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((candidate) => candidate.pending === null) ??
        (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) {
        return;
      }
      const pending = this.queue.shift()!;
      slot.pending = pending;
      slot.child.channel?.ref();
      pending.timer = setTimeout(() => {
        this.settle(pending, new RenderSandboxError("render_timeout", `${this.timeoutMs} ms`));
        this.retire(slot);
      }, this.timeoutMs);
      slot.child.send({ id: pending.id, job: pending.job }, (error) => {
        if (error) {
          this.fail(slot, `could not send the job: ${error.message}`);
          this.retire(slot);
        }
      });
    }
  }

  private spawn(): Slot {
    const child = fork(this.entry, [], {
      // Structured clone: PNG bytes and data URIs cross as binary, not JSON arrays of numbers.
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      // Not the parent's loaders or inspector flags: the child is plain JavaScript.
      execArgv: [],
    });
    const slot: Slot = { child, pending: null, stderr: "" };
    this.slots.push(slot);
    child.unref();
    child.channel?.unref();
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      slot.stderr = (slot.stderr + chunk).slice(-STDERR_TAIL);
    });
    child.on("message", (reply: ChildReply) => this.onReply(slot, reply));
    child.once("exit", (code, signal) => {
      this.remove(slot);
      this.fail(slot, `exited with ${signal ?? `code ${code}`}: ${slot.stderr.trim().slice(-500)}`);
      this.dispatch();
    });
    child.once("error", (error) => {
      this.fail(slot, error.message);
      this.retire(slot);
    });
    return slot;
  }

  private onReply(slot: Slot, reply: ChildReply): void {
    const pending = slot.pending;
    if (!pending || pending.id !== reply.id) {
      return;
    }
    slot.pending = null;
    slot.child.channel?.unref();
    if (reply.ok) {
      const data =
        typeof reply.data === "string"
          ? reply.data
          : Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength);
      this.settle(pending, null, data);
    } else {
      // satori's own errors (a malformed tree) are bugs in our layouts, not crashes.
      this.settle(pending, new Error(`Render failed: ${reply.message}`));
    }
    this.dispatch();
  }

  /** The child died or could not be reached: its render fails as a crash. */
  private fail(slot: Slot, detail: string): void {
    const pending = slot.pending;
    slot.pending = null;
    if (pending) {
      this.settle(pending, new RenderSandboxError("render_crashed", detail));
    }
  }

  private abort(pending: Pending, reason: unknown): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
    }
    const slot = this.slots.find((candidate) => candidate.pending === pending);
    this.settle(pending, reason instanceof Error ? reason : new Error("Render aborted"));
    if (slot) {
      // A render nobody waits for would hold the child; a new one starts faster than it finishes.
      this.retire(slot);
    }
  }

  private settle(pending: Pending, error: Error | null, data?: Buffer | string): void {
    clearTimeout(pending.timer);
    if (pending.onAbort) {
      pending.signal?.removeEventListener("abort", pending.onAbort);
    }
    const slot = this.slots.find((candidate) => candidate.pending === pending);
    if (slot) {
      slot.pending = null;
    }
    if (error) {
      pending.reject(error);
    } else {
      pending.resolve(data!);
    }
  }

  /** Takes a child out of service before killing it, so no job is handed to it meanwhile. */
  private retire(slot: Slot): void {
    this.remove(slot);
    slot.child.kill("SIGKILL");
    this.dispatch();
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) {
      this.slots.splice(index, 1);
    }
  }
}

let shared: RenderPool | undefined;

/** The process's pool, started on first use: every renderer shares its children. */
export function sharedRenderPool(): RenderPool {
  shared ??= new RenderPool();
  return shared;
}
