/**
 * One line's level, so lines from different voices sit together in a cut: eSpeak's variants come
 * out anywhere from −30 to −20 dBFS, some clipping. Each line is trimmed of the silence eSpeak pads
 * it with, brought to one speech level (the RMS of its voiced 20 ms windows, so pauses do not
 * count), kept under a peak ceiling by a limiter and faded in and out over a few milliseconds so a cut on it
 * does not click.
 */

export interface LevelOptions {
  /** Target RMS of the voiced windows, dBFS. −20 puts a line near −19 LUFS. */
  targetDbfs?: number;
  /** No sample above this, dBFS. */
  ceilingDbfs?: number;
  /** Quiet voices (a whisper) are raised at most this much, dB: noise is not made into speech. */
  maxGainDb?: number;
}

const fullScale = 32767;
const dbToLinear = (db: number) => 10 ** (db / 20);

/** Windows quieter than this are silence (trimmed) or pauses (not counted in the level). */
const silenceDbfs = -45;
const windowSeconds = 0.02;
/** What is kept around the speech: a breath before, the decay of the last word after. */
const leadSeconds = 0.05;
const tailSeconds = 0.15;
const fadeSeconds = 0.005;
/** How fast the peak limiter lets go: long enough not to distort, short enough to keep words. */
const releaseSeconds = 0.03;

function windowRms(samples: Int16Array, start: number, length: number): number {
  let sum = 0;
  const end = Math.min(samples.length, start + length);
  for (let index = start; index < end; index++) {
    const value = samples[index]! / fullScale;
    sum += value * value;
  }
  return end > start ? Math.sqrt(sum / (end - start)) : 0;
}

/** The line with its padding trimmed and its level set; silence stays silence. */
export function levelSpeech(
  samples: Int16Array,
  sampleRate: number,
  options: LevelOptions = {},
): Int16Array {
  const window = Math.max(1, Math.round(sampleRate * windowSeconds));
  const silence = dbToLinear(silenceDbfs);
  const voiced: number[] = [];
  let first = -1;
  let last = -1;
  for (let start = 0; start < samples.length; start += window) {
    const rms = windowRms(samples, start, window);
    if (rms >= silence) {
      voiced.push(rms);
      if (first < 0) {
        first = start;
      }
      last = start + window;
    }
  }
  if (first < 0) {
    return samples.slice();
  }
  const from = Math.max(0, first - Math.round(sampleRate * leadSeconds));
  const to = Math.min(samples.length, last + Math.round(sampleRate * tailSeconds));
  const trimmed = samples.slice(from, to);

  const speechRms = Math.sqrt(voiced.reduce((sum, rms) => sum + rms * rms, 0) / voiced.length);
  const gain = Math.min(
    dbToLinear(options.targetDbfs ?? -20) / speechRms,
    dbToLinear(options.maxGainDb ?? 24),
  );
  const ceiling = dbToLinear(options.ceilingDbfs ?? -1) * fullScale;
  const limit = peakLimiter(trimmed, gain, ceiling, Math.round(sampleRate * releaseSeconds));

  const fade = Math.min(Math.round(sampleRate * fadeSeconds), Math.floor(trimmed.length / 2));
  const out = new Int16Array(trimmed.length);
  for (let index = 0; index < trimmed.length; index++) {
    const edge = Math.min(index, trimmed.length - 1 - index);
    const envelope = edge < fade ? edge / fade : 1;
    const value = trimmed[index]! * gain * limit[index]! * envelope;
    out[index] = Math.max(-ceiling, Math.min(ceiling, Math.round(value)));
  }
  return out;
}

/**
 * Per-sample gain that keeps `samples × gain` under `ceiling`: at a peak it is what the peak needs,
 * and it returns to 1 linearly over `release` samples on either side (a forward and a backward
 * pass), so a loud consonant is turned down smoothly instead of the whole line or a clipped edge.
 * Some variants (Klatt) peak 24 dB above their speech; a plain peak cap would leave them 5 dB
 * quieter than the rest of the cast.
 */
function peakLimiter(
  samples: Int16Array,
  gain: number,
  ceiling: number,
  release: number,
): Float32Array {
  const step = 1 / Math.max(1, release);
  const needed = new Float32Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const level = Math.abs(samples[index]!) * gain;
    needed[index] = level > ceiling ? ceiling / level : 1;
  }
  const envelope = new Float32Array(samples.length);
  let running = 1;
  for (let index = 0; index < samples.length; index++) {
    running = Math.min(needed[index]!, running + step);
    envelope[index] = running;
  }
  running = 1;
  for (let index = samples.length - 1; index >= 0; index--) {
    running = Math.min(needed[index]!, running + step);
    envelope[index] = Math.min(envelope[index]!, running);
  }
  return envelope;
}
