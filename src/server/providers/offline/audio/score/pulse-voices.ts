import { onePoleCoefficient, panGains, type StereoBuffer, sampleRate } from "./dsp";
import type { NoteEvent } from "./synth";
import { midiToHz } from "./theory";

/**
 * The pulse stem's voices: a plucked string, a bell, a kick (and its slower cousin, the
 * heartbeat), and filtered-noise hits (hats, brushes). Noise comes from the caller's seeded
 * source, so the same score always gets the same grain.
 */

export type PulseVoiceName =
  | "pluck"
  | "mutedPluck"
  | "bell"
  | "kick"
  | "heartbeat"
  | "hat"
  | "brush";

function span(out: StereoBuffer, startSeconds: number, seconds: number): [number, number] {
  const start = Math.max(0, Math.round(startSeconds * sampleRate));
  const end = Math.min(out.left.length, start + Math.ceil(seconds * sampleRate));
  return [start, end];
}

function write(out: StereoBuffer, frame: number, sample: number, panL: number, panR: number) {
  out.left[frame]! += sample * panL;
  out.right[frame]! += sample * panR;
}

/** 0→1 over the last 5 ms before `end`: a ringing tone cut at −43 dB still ticks without it. */
function taper(frame: number, end: number): number {
  const left = end - frame;
  return left < 220 ? left / 220 : 1;
}

/**
 * Karplus–Strong: a burst of filtered noise circulating in a delay line one period long,
 * averaged each pass, is a plucked string. `brightness` (0..1) colours the burst and the output;
 * after the note's end a stronger loss damps it like a palm on the strings.
 */
export function addPluck(
  out: StereoBuffer,
  note: NoteEvent,
  voice: { brightness: number; decaySeconds: number },
  noise: () => number,
): void {
  const hz = midiToHz(note.midi);
  const ringSeconds = Math.min(note.durationSeconds, voice.decaySeconds) + 0.08;
  const [start, end] = span(out, note.startSeconds, ringSeconds);
  // The two-point average delays half a sample: subtract it so the pitch stays in tune.
  const length = Math.max(2, Math.round(sampleRate / hz - 0.5));
  const line = new Float32Array(length);
  const burstCoef = onePoleCoefficient(600 + voice.brightness * 9000);
  let smoothed = 0;
  let mean = 0;
  for (let index = 0; index < length; index++) {
    smoothed += burstCoef * (noise() - smoothed);
    line[index] = smoothed;
    mean += smoothed;
  }
  mean /= length;
  let largest = 1e-9;
  for (let index = 0; index < length; index++) {
    line[index]! -= mean; // a DC offset in the burst would ring as a thump
    largest = Math.max(largest, Math.abs(line[index]!));
  }
  const ringLoss = 0.001 ** (1 / (voice.decaySeconds * hz));
  const dampLoss = 0.001 ** (1 / (0.06 * hz));
  const noteEnd = Math.round(note.durationSeconds * sampleRate);
  const toneCoef = onePoleCoefficient(1200 + voice.brightness * 7000);
  const [panL, panR] = panGains(note.pan);
  const gain = (note.velocity * 0.5) / largest;
  let position = 0;
  let tone = 0;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    const next = position + 1 === length ? 0 : position + 1;
    const current = line[position]!;
    const loss = index < noteEnd ? ringLoss : dampLoss;
    line[position] = loss * 0.5 * (current + line[next]!);
    position = next;
    tone += toneCoef * (current - tone);
    // A 2 ms fade-in keeps the burst's first sample from clicking.
    const fade = index < 88 ? index / 88 : 1;
    write(out, frame, tone * gain * fade, panL, panR);
  }
}

/**
 * A bell (glockenspiel, music box): a sine whose inharmonic FM shimmer dies in 80 ms, leaving a
 * pure tone that rings for about a second. Once the shimmer is inaudible the sine is continued by
 * a rotating phasor, two multiplies a sample instead of two `Math.sin` calls.
 */
export function addBell(out: StereoBuffer, note: NoteEvent, decaySeconds: number): void {
  const [start, end] = span(out, note.startSeconds, decaySeconds * 4);
  const omega = (2 * Math.PI * midiToHz(note.midi)) / sampleRate;
  const decay = Math.exp(-1 / (decaySeconds * sampleRate));
  const shimmerDecay = Math.exp(-1 / (0.08 * sampleRate));
  const shimmerFrames = Math.round(0.6 * sampleRate);
  const [panL, panR] = panGains(note.pan);
  let level = note.velocity * 0.35;
  let shimmer = 1.8;
  const stepCos = Math.cos(omega);
  const stepSin = Math.sin(omega);
  let sine = 0;
  let cosine = 1;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    let sample: number;
    if (index < shimmerFrames) {
      sample = Math.sin(omega * index + shimmer * Math.sin(3.5 * omega * index));
      shimmer *= shimmerDecay;
      if (index === shimmerFrames - 1) {
        sine = Math.sin(omega * (index + 1));
        cosine = Math.cos(omega * (index + 1));
      }
    } else {
      sample = sine;
      const rotated = sine * stepCos + cosine * stepSin;
      cosine = cosine * stepCos - sine * stepSin;
      sine = rotated;
    }
    const attack = index < 130 ? index / 130 : 1;
    write(out, frame, sample * level * attack * taper(frame, end), panL, panR);
    level *= decay;
  }
}

export interface DrumVoice {
  startHz: number;
  endHz: number;
  sweepSeconds: number;
  decaySeconds: number;
}

export const kickVoice: DrumVoice = {
  startHz: 110,
  endHz: 48,
  sweepSeconds: 0.035,
  decaySeconds: 0.2,
};
/** Lower, rounder and shorter than the kick: felt more than heard. */
export const heartbeatVoice: DrumVoice = {
  startHz: 72,
  endHz: 38,
  sweepSeconds: 0.05,
  decaySeconds: 0.16,
};

/** A sine dropping in pitch with a fast decay: a soft kick drum. */
export function addDrum(out: StereoBuffer, note: NoteEvent, voice: DrumVoice): void {
  const [start, end] = span(out, note.startSeconds, voice.decaySeconds * 5);
  const sweep = Math.exp(-1 / (voice.sweepSeconds * sampleRate));
  const decay = Math.exp(-1 / (voice.decaySeconds * sampleRate));
  const [panL, panR] = panGains(note.pan);
  let bend = voice.startHz - voice.endHz;
  let level = note.velocity * 0.9;
  let phase = 0;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    const attack = index < 66 ? index / 66 : 1;
    write(out, frame, Math.sin(phase) * level * attack * taper(frame, end), panL, panR);
    phase += (2 * Math.PI * (voice.endHz + bend)) / sampleRate;
    bend *= sweep;
    level *= decay;
  }
}

export interface NoiseVoice {
  attackSeconds: number;
  decaySeconds: number;
  highpassHz: number;
  lowpassHz: number;
}

export const hatVoice: NoiseVoice = {
  attackSeconds: 0.001,
  decaySeconds: 0.04,
  highpassHz: 7000,
  lowpassHz: 15000,
};
/** A brush swept across a snare: a slow swell of mid-band noise. */
export const brushVoice: NoiseVoice = {
  attackSeconds: 0.035,
  decaySeconds: 0.14,
  highpassHz: 1500,
  lowpassHz: 6500,
};

/** Band-limited noise with an attack and an exponential decay: hats and brushes. */
export function addNoiseHit(
  out: StereoBuffer,
  note: NoteEvent,
  voice: NoiseVoice,
  noise: () => number,
): void {
  const [start, end] = span(out, note.startSeconds, voice.attackSeconds + voice.decaySeconds * 6);
  const attack = Math.max(1, voice.attackSeconds * sampleRate);
  const decay = Math.exp(-1 / (voice.decaySeconds * sampleRate));
  const lowCoef = onePoleCoefficient(voice.lowpassHz);
  const highCoef = onePoleCoefficient(voice.highpassHz);
  const [panL, panR] = panGains(note.pan);
  let level = note.velocity * 0.6;
  let low = 0;
  let rumble = 0;
  for (let frame = start, index = 0; frame < end; frame++, index++) {
    low += lowCoef * (noise() - low);
    rumble += highCoef * (low - rumble);
    const band = low - rumble;
    const envelope = index < attack ? index / attack : 1;
    write(out, frame, band * level * envelope, panL, panR);
    if (index >= attack) {
      level *= decay;
    }
  }
}
