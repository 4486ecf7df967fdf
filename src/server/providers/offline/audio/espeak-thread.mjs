// eSpeak NG (WebAssembly, @echogarden/espeak-ng-emscripten) in a worker thread: one synthesis
// blocks for 20–800 ms, which must not stall the server's or the worker's event loop (heartbeats,
// SSE). Plain JavaScript so it starts without a loader under Next, `npm run worker` and vitest.
//
// Messages in:  { id, op: "synth", text, voice, rate, pitch, range, cancel: Int32Array(shared) }
//               { id, op: "voices" }
// Messages out: { id, ok: true, samples: Int16Array, sampleRate } | { id, ok: true, voices }
//               { id, ok: false, message }
import { parentPort } from "node:worker_threads";
import createEspeak from "@echogarden/espeak-ng-emscripten";

const module = await createEspeak();
const engine = new module.eSpeakNGWorker();
const sampleRate = engine.get_samplerate();

/** The engine reads SSML: text must not open tags or entities of its own. */
const escapeText = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

function synthesize(job) {
  const status = engine.set_voice(job.voice);
  if (status !== 0) {
    throw new Error(`eSpeak NG has no voice "${job.voice}"`);
  }
  // Set after the voice: choosing a voice resets them.
  engine.set_rate(job.rate);
  engine.set_pitch(job.pitch);
  engine.set_range(job.range);
  const chunks = [];
  let length = 0;
  let canceled = false;
  engine.synthesize(escapeText(job.text), (samples) => {
    if (samples && samples.length > 0) {
      chunks.push(samples);
      length += samples.length;
    }
    // Returning true stops eSpeak between chunks: a canceled line stops within milliseconds.
    canceled = job.cancel ? Atomics.load(job.cancel, 0) === 1 : false;
    return canceled;
  });
  if (canceled) {
    return { canceled: true };
  }
  const samples = new Int16Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return { samples };
}

parentPort.on("message", (job) => {
  try {
    if (job.op === "voices") {
      parentPort.postMessage({ id: job.id, ok: true, voices: engine.list_voices() });
      return;
    }
    const result = synthesize(job);
    if (result.canceled) {
      parentPort.postMessage({ id: job.id, ok: false, message: "canceled" });
      return;
    }
    parentPort.postMessage({ id: job.id, ok: true, samples: result.samples, sampleRate }, [
      result.samples.buffer,
    ]);
  } catch (error) {
    parentPort.postMessage({
      id: job.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});

parentPort.postMessage({ ready: true, sampleRate });
