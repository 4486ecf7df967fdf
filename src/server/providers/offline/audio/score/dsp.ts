/** The few signal-processing pieces the score's voices share. */

export const sampleRate = 44_100;

/** Two channels of float samples in −1..1 (before the mix's final gain, any range). */
export interface StereoBuffer {
  left: Float32Array;
  right: Float32Array;
}

export function stereoBuffer(frames: number): StereoBuffer {
  return { left: new Float32Array(frames), right: new Float32Array(frames) };
}

/** Coefficient `a` of the one-pole low-pass `y += a * (x - y)` for a cutoff in Hz. */
export function onePoleCoefficient(cutoffHz: number): number {
  const clamped = Math.min(cutoffHz, sampleRate * 0.45);
  return 1 - Math.exp((-2 * Math.PI * clamped) / sampleRate);
}

/**
 * PolyBLEP correction for a naive sawtooth at phase `t` (0..1) advancing `dt` per sample: rounds
 * off the jump so bright pads do not alias into a metallic whine.
 */
export function polyBlep(t: number, dt: number): number {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/** Equal-power pan: −1 hard left, 0 centre (−3 dB each side), 1 hard right. */
export function panGains(pan: number): [left: number, right: number] {
  const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

export function dbToGain(db: number): number {
  return 10 ** (db / 20);
}

/** A fast deterministic noise source in −1..1 (mulberry32), for plucks, hats and dither. */
export function noiseSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

/** Root mean square over both channels. */
export function rms(buffer: StereoBuffer): number {
  let sum = 0;
  for (const channel of [buffer.left, buffer.right]) {
    for (let index = 0; index < channel.length; index++) {
      const sample = channel[index]!;
      sum += sample * sample;
    }
  }
  const count = buffer.left.length * 2;
  return count === 0 ? 0 : Math.sqrt(sum / count);
}

/** The largest absolute sample over both channels. */
export function peak(buffer: StereoBuffer): number {
  let max = 0;
  for (const channel of [buffer.left, buffer.right]) {
    for (let index = 0; index < channel.length; index++) {
      const sample = Math.abs(channel[index]!);
      if (sample > max) {
        max = sample;
      }
    }
  }
  return max;
}
