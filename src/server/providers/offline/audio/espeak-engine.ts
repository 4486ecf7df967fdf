import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** One synthesis: eSpeak's own voice name ("en-gb-scotland+f3") and its 0..99 / wpm settings. */
export interface EspeakJob {
  text: string;
  voice: string;
  /** Words per minute (eSpeak clamps to 80..450). */
  rate: number;
  /** Base pitch, 0..99 (50 is the voice's own). */
  pitch: number;
  /** Intonation range, 0..99: 0 is a monotone, 50 the voice's own. */
  range: number;
}

export interface EspeakAudio {
  /** Mono 16-bit samples. */
  samples: Int16Array;
  sampleRate: number;
}

/** A voice as eSpeak lists it: `languages` are the names `set_voice` accepts. */
export interface EspeakVoiceListing {
  name: string;
  identifier: string;
  languages: { priority: number; name: string }[];
}

export interface EspeakEngineOptions {
  /** The thread's entry file; espeak-thread.mjs beside this module by default. */
  entry?: string;
  /** A synthesis still running after this is stopped with its thread, and fails. */
  timeoutMs?: number;
}

interface Pending {
  id: number;
  message: { op: "synth"; cancel: Int32Array } | { op: "voices" };
  job?: EspeakJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
  /** Set once its caller stopped waiting: a late reply is dropped. */
  settled: boolean;
}

type ThreadReply =
  | { ready: true; sampleRate: number }
  | { id: number; ok: true; samples?: Int16Array; sampleRate?: number; voices?: unknown }
  | { id: number; ok: false; message: string };

/**
 * Where espeak-thread.mjs is. Under Node (worker, CLI, tests) it sits beside this module; inside
 * the Next.js server bundle `import.meta.url` names a chunk, and the app runs from the project
 * root, so the source tree's copy is used (the render sandbox finds its child the same way).
 */
function defaultEntry(): string {
  try {
    const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), "espeak-thread.mjs");
    if (existsSync(beside)) {
      return beside;
    }
  } catch {
    // Not a file URL (bundled): fall through.
  }
  return path.join(
    process.cwd(),
    "src",
    "server",
    "providers",
    "offline",
    "audio",
    "espeak-thread.mjs",
  );
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new Error("Speech synthesis aborted");

/**
 * eSpeak NG in one worker thread. The WebAssembly instance keeps global state (the current voice,
 * rate and pitch) and is not re-entrant, so lines are synthesized one at a time, in order; the
 * thread keeps the event loop free while one runs. A canceled line stops eSpeak between chunks
 * (a shared flag its callback reads), a queued one never starts. A thread that dies or hangs fails
 * only its line and is replaced on the next. An idle thread does not keep the process alive.
 */
export class EspeakEngine {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;
  private readonly entry: string;
  private readonly timeoutMs: number;

  constructor(options: EspeakEngineOptions = {}) {
    this.entry = options.entry ?? defaultEntry();
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  synthesize(job: EspeakJob, signal?: AbortSignal): Promise<EspeakAudio> {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    return this.enqueue<EspeakAudio>({ op: "synth", cancel }, signal, job);
  }

  listVoices(): Promise<EspeakVoiceListing[]> {
    return this.enqueue<EspeakVoiceListing[]>({ op: "voices" });
  }

  /** Stops the thread; what is queued or running fails. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      this.settle(pending, new Error("The speech engine is closed"));
    }
    if (this.running) {
      this.settle(this.running, new Error("The speech engine is closed"));
      this.running = undefined;
    }
    await this.stopThread();
  }

  private enqueue<T>(
    message: Pending["message"],
    signal?: AbortSignal,
    job?: EspeakJob,
  ): Promise<T> {
    if (signal?.aborted) {
      return Promise.reject(abortError(signal));
    }
    if (this.closed) {
      return Promise.reject(new Error("The speech engine is closed"));
    }
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        message,
        job,
        resolve: resolve as (value: unknown) => void,
        reject,
        signal,
        settled: false,
      };
      if (signal) {
        pending.onAbort = () => this.abort(pending, signal);
        signal.addEventListener("abort", pending.onAbort, { once: true });
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0 || this.closed) {
      return;
    }
    const pending = this.queue.shift()!;
    this.running = pending;
    const worker = this.thread();
    worker.ref();
    this.ready!.then(
      () => {
        if (this.running !== pending || this.worker !== worker) {
          return;
        }
        this.timer = setTimeout(() => {
          void this.stopThread();
          this.finish(pending, new Error(`eSpeak NG took longer than ${this.timeoutMs} ms`));
        }, this.timeoutMs);
        worker.postMessage({ id: pending.id, ...pending.message, ...pending.job });
      },
      (error: unknown) => {
        // The thread's death may already have failed this line and started the next one's.
        if (this.running !== pending || this.worker !== worker) {
          return;
        }
        void this.stopThread();
        this.finish(pending, error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  /** The live thread, started (and its engine loaded, ~0.3 s) on first use. */
  private thread(): Worker {
    if (this.worker) {
      return this.worker;
    }
    // Not the parent's loaders (tsx) or inspector flags: the thread is plain JavaScript.
    const worker = new Worker(this.entry, { execArgv: [] });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once("message", (reply: ThreadReply) =>
        "ready" in reply ? resolve() : reject(new Error("eSpeak NG did not start")),
      );
      worker.once("error", reject);
    });
    // An unhandled rejection here would crash the process; the pump reports it per line.
    this.ready.catch(() => undefined);
    worker.on("message", (reply: ThreadReply) => this.onReply(reply));
    worker.on("error", (error) => this.onThreadDeath(worker, error.message));
    worker.on("exit", (code) => this.onThreadDeath(worker, `exited with code ${code}`));
    return worker;
  }

  private onReply(reply: ThreadReply): void {
    if ("ready" in reply) {
      return;
    }
    const pending = this.running;
    if (!pending || pending.id !== reply.id) {
      return;
    }
    if (!reply.ok) {
      this.finish(pending, new Error(reply.message));
      return;
    }
    if (pending.message.op === "voices") {
      this.finish(pending, null, reply.voices);
      return;
    }
    this.finish(pending, null, { samples: reply.samples!, sampleRate: reply.sampleRate! });
  }

  private onThreadDeath(worker: Worker, detail: string): void {
    if (this.worker !== worker) {
      return;
    }
    this.worker = undefined;
    this.ready = undefined;
    const pending = this.running;
    if (pending) {
      this.finish(pending, new Error(`eSpeak NG stopped: ${detail}`));
    }
  }

  /** The running line is done (its reply came, it failed, or the thread died): start the next. */
  private finish(pending: Pending, error: Error | null, value?: unknown): void {
    if (this.running === pending) {
      this.running = undefined;
      clearTimeout(this.timer);
    }
    this.settle(pending, error, value);
    if (!this.running && this.queue.length === 0) {
      this.worker?.unref();
    }
    this.pump();
  }

  private abort(pending: Pending, signal: AbortSignal): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
    } else if (pending.message.op === "synth") {
      // The thread stops at its next chunk and replies "canceled"; the line after waits for it.
      Atomics.store(pending.message.cancel, 0, 1);
    }
    this.settle(pending, abortError(signal));
  }

  private settle(pending: Pending, error: Error | null, value?: unknown): void {
    if (pending.settled) {
      return;
    }
    pending.settled = true;
    if (pending.onAbort) {
      pending.signal?.removeEventListener("abort", pending.onAbort);
    }
    if (error) {
      pending.reject(error);
    } else {
      pending.resolve(value);
    }
  }

  private async stopThread(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}

let shared: EspeakEngine | undefined;

/** The process's engine: every offline voice shares one thread and one loaded eSpeak. */
export function sharedEspeakEngine(): EspeakEngine {
  shared ??= new EspeakEngine();
  return shared;
}
