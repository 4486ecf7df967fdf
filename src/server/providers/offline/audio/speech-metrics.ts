/**
 * What a listener would notice about a rendered line, measured: how high the voice is, how much of
 * it is voiced (a whisper is not), how loud its speech is. Tests use these to hear without ears.
 */

const fullScale = 32767;

export interface SpeechMetrics {
  /** Median fundamental frequency of the voiced 40 ms frames, Hz; 0 when nothing is voiced. */
  medianF0: number;
  /** Share of the audible frames that are voiced (periodic). */
  voicedShare: number;
  /** RMS of the audible frames, dBFS. */
  speechDbfs: number;
  /** Highest sample, dBFS. */
  peakDbfs: number;
}

const toDb = (linear: number) => 20 * Math.log10(Math.max(linear, 1e-9));

/** Normalised autocorrelation pitch per frame; a frame counts as voiced above 0.6 correlation. */
export function speechMetrics(samples: Int16Array, sampleRate: number): SpeechMetrics {
  const frame = Math.round(sampleRate * 0.04);
  const minLag = Math.round(sampleRate / 500);
  const maxLag = Math.round(sampleRate / 60);
  const pitches: number[] = [];
  let audible = 0;
  let energy = 0;
  let energyCount = 0;
  let peak = 0;
  for (const value of samples) {
    peak = Math.max(peak, Math.abs(value));
  }
  for (let start = 0; start + frame + maxLag < samples.length; start += frame) {
    let sum = 0;
    for (let index = 0; index < frame; index++) {
      sum += samples[start + index]! ** 2;
    }
    const rms = Math.sqrt(sum / frame) / fullScale;
    if (rms < 10 ** (-40 / 20)) {
      continue;
    }
    audible += 1;
    energy += sum;
    energyCount += frame;
    let best = 0;
    let bestLag = 0;
    for (let lag = minLag; lag <= maxLag; lag++) {
      let cross = 0;
      let left = 0;
      let right = 0;
      for (let index = 0; index < frame; index++) {
        const a = samples[start + index]!;
        const b = samples[start + index + lag]!;
        cross += a * b;
        left += a * a;
        right += b * b;
      }
      const correlation = cross / Math.sqrt(left * right + 1);
      if (correlation > best) {
        best = correlation;
        bestLag = lag;
      }
    }
    if (best > 0.6) {
      pitches.push(sampleRate / bestLag);
    }
  }
  pitches.sort((a, b) => a - b);
  return {
    medianF0: pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)]! : 0,
    voicedShare: audible > 0 ? pitches.length / audible : 0,
    speechDbfs: energyCount > 0 ? toDb(Math.sqrt(energy / energyCount) / fullScale) : -Infinity,
    peakDbfs: toDb(peak / fullScale),
  };
}
