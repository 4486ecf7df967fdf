import { onePoleCoefficient, panGains, polyBlep, type StereoBuffer, sampleRate } from "./dsp";
import { midiToHz } from "./theory";

/**
 * The score's voices. Each adds one note into a stereo buffer, starting at its own sample and
 * stopping where it is silent or the buffer ends, so cost follows the notes, not the bed's length.
 */

/** One note as the arrangement places it. */
export interface NoteEvent {
  startSeconds: number;
  /** Until the note's release begins; tails ring on after it. */
  durationSeconds: number;
  midi: number;
  /** 0..1 */
  velocity: number;
  /** −1 left … 1 right. */
  pan: number;
}

export interface PadVoice {
  cutoffHz: number;
  detuneCents: number;
  attackSeconds: number;
  releaseSeconds: number;
}

/** Frames a note of `seconds` covers from `start`, clipped to the buffer. */
function span(out: StereoBuffer, startSeconds: number, seconds: number): [number, number] {
  const start = Math.max(0, Math.round(startSeconds * sampleRate));
  const end = Math.min(out.left.length, start + Math.ceil(seconds * sampleRate));
  return [start, end];
}

/**
 * A pad note: two band-limited saws detuned apart and leaning left and right (the width), each
 * through two one-pole low-passes (12 dB/oct) whose cutoff breathes slowly and opens with the
 * attack, so a chord swells in instead of starting like an organ.
 */
export function addPadNote(out: StereoBuffer, note: NoteEvent, voice: PadVoice): void {
  const [start, end] = span(out, note.startSeconds, note.durationSeconds + voice.releaseSeconds);
  const hz = midiToHz(note.midi);
  const ratio = 2 ** (voice.detuneCents / 1200);
  const dtA = (hz * ratio) / sampleRate;
  const dtB = hz / ratio / sampleRate;
  // Phases start apart (from the pitch) so stacked notes do not click in on one shared edge.
  let phaseA = (note.midi * 0.137) % 1;
  let phaseB = (note.midi * 0.593) % 1;
  const attack = Math.max(1, voice.attackSeconds * sampleRate);
  const releaseStart = Math.round(note.durationSeconds * sampleRate);
  const releaseFrames = Math.max(1, voice.releaseSeconds * sampleRate);
  let releaseFrom = 0;
  const lfoRate = (2 * Math.PI * (0.07 + (note.midi % 5) * 0.013)) / sampleRate;
  const [panL, panR] = panGains(note.pan);
  const gain = note.velocity * 0.2;
  let aL1 = 0;
  let aL2 = 0;
  let aR1 = 0;
  let aR2 = 0;
  let coefficient = 0;
  let level = 0;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    if (index >= releaseStart) {
      // A squared fall that lands on exact zero: the tail ends without a click.
      if (index === releaseStart) {
        releaseFrom = level;
      }
      const remaining = Math.max(0, 1 - (index - releaseStart) / releaseFrames);
      level = releaseFrom * remaining * remaining;
    } else if (index < attack) {
      const x = index / attack;
      level = x * x * (3 - 2 * x);
    }
    if ((index & 63) === 0) {
      const swell = 0.55 + 0.45 * Math.min(1, index / attack);
      const breathe = 1 + 0.2 * Math.sin(index * lfoRate);
      coefficient = onePoleCoefficient(voice.cutoffHz * swell * breathe);
    }
    const sawA = 2 * phaseA - 1 - polyBlep(phaseA, dtA);
    const sawB = 2 * phaseB - 1 - polyBlep(phaseB, dtB);
    phaseA += dtA;
    if (phaseA >= 1) {
      phaseA -= 1;
    }
    phaseB += dtB;
    if (phaseB >= 1) {
      phaseB -= 1;
    }
    const inL = 0.75 * sawA + 0.25 * sawB;
    const inR = 0.25 * sawA + 0.75 * sawB;
    aL1 += coefficient * (inL - aL1);
    aL2 += coefficient * (aL1 - aL2);
    aR1 += coefficient * (inR - aR1);
    aR2 += coefficient * (aR1 - aR2);
    const amplitude = level * gain;
    out.left[frame]! += aL2 * amplitude * panL;
    out.right[frame]! += aR2 * amplitude * panR;
  }
}

export interface BassVoice {
  attackSeconds: number;
  releaseSeconds: number;
}

/**
 * A bass note: a sine for the weight plus a low-passed saw for the edge a small speaker can
 * hear; the saw's filter closes after the attack, like a plucked string's brightness fading.
 */
export function addBassNote(out: StereoBuffer, note: NoteEvent, voice: BassVoice): void {
  const [start, end] = span(
    out,
    note.startSeconds,
    note.durationSeconds + voice.releaseSeconds * 5,
  );
  const hz = midiToHz(note.midi);
  const dt = hz / sampleRate;
  const omega = 2 * Math.PI * dt;
  let phase = 0;
  const attack = Math.max(1, voice.attackSeconds * sampleRate);
  const decayCoef = Math.exp(-1 / (0.25 * sampleRate));
  const releaseStart = Math.round(note.durationSeconds * sampleRate);
  const releaseCoef = Math.exp(-1 / Math.max(1, voice.releaseSeconds * sampleRate));
  const gain = note.velocity * 0.5;
  let filtered = 0;
  let bite = 1;
  let level = 0;
  let coefficient = 0;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    if (index < attack) {
      level = index / attack;
    } else if (index >= releaseStart) {
      level *= releaseCoef;
    } else {
      level = 0.7 + (level - 0.7) * decayCoef;
    }
    bite *= decayCoef;
    if ((index & 31) === 0) {
      coefficient = onePoleCoefficient(hz * 2 + 900 * bite);
    }
    const saw = 2 * phase - 1 - polyBlep(phase, dt);
    filtered += coefficient * (saw - filtered);
    const sample = (0.7 * Math.sin(omega * index) + 0.35 * filtered) * level * gain;
    phase += dt;
    if (phase >= 1) {
      phase -= 1;
    }
    out.left[frame]! += sample;
    out.right[frame]! += sample;
  }
}
