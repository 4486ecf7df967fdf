import { setImmediate } from "node:timers/promises";
import type { Arrangement, PulseEvent } from "./arrangement";
import {
  dbToGain,
  noiseSource,
  peak,
  rms,
  type StereoBuffer,
  sampleRate,
  stereoBuffer,
} from "./dsp";
import type { ScorePlan } from "./mood-to-music";
import {
  addBell,
  addDrum,
  addNoiseHit,
  addPluck,
  brushVoice,
  hatVoice,
  heartbeatVoice,
  kickVoice,
} from "./pulse-voices";
import { addBassNote, addPadNote, type BassVoice } from "./synth";

/**
 * Renders the three stems one at a time into a scratch buffer, brings each to its style's level
 * (measured RMS, so a busy ostinato and a sparse heartbeat sit where the style wants them), sums
 * them, removes DC, fades in and out, and sets the final level under a −1 dBFS peak ceiling.
 */

/** Mix loudness before the ceiling: a bed, quieter than dialogue (the cut normalises to −16 LUFS). */
const targetRmsDb = -20;
/** Headroom for the 16-bit encode and any resampling downstream. */
const peakCeilingDb = -1;

export interface MixOptions {
  frames: number;
  signal?: AbortSignal;
}

export async function mixScore(
  plan: ScorePlan,
  arrangement: Arrangement,
  options: MixOptions,
): Promise<StereoBuffer> {
  const { frames, signal } = options;
  const mix = stereoBuffer(frames);
  const stem = stereoBuffer(frames);
  const noise = noiseSource(plan.seed);
  const levels = plan.sound.levels;

  const stems: [level: number, render: (out: StereoBuffer) => void][] = [
    [levels.pad, (out) => renderPad(plan, arrangement, out)],
    [levels.bass, (out) => renderBass(plan, arrangement, out)],
    [levels.pulse, (out) => renderPulse(plan, arrangement, out, noise)],
  ];
  for (const [levelDb, render] of stems) {
    // A stem takes a tenth of a second or more: yield between them so the worker's heartbeats
    // and an abort (a canceled task) get through instead of waiting for the whole bed.
    await setImmediate();
    signal?.throwIfAborted();
    stem.left.fill(0);
    stem.right.fill(0);
    render(stem);
    const measured = rms(stem);
    if (measured > 0) {
      addScaled(mix, stem, dbToGain(levelDb) / measured);
    }
  }
  await setImmediate();
  signal?.throwIfAborted();
  removeDc(mix);
  applyFades(mix, arrangement.barSeconds);
  const level = rms(mix);
  const loudest = peak(mix);
  if (level > 0) {
    scale(mix, Math.min(dbToGain(targetRmsDb) / level, dbToGain(peakCeilingDb) / loudest));
  }
  return mix;
}

function renderPad(plan: ScorePlan, arrangement: Arrangement, out: StereoBuffer): void {
  const horror = plan.style === "horror";
  const voice = {
    cutoffHz: plan.padCutoffHz,
    detuneCents: plan.sound.detuneCents,
    attackSeconds: horror ? 2.5 : Math.min(1.2, arrangement.barSeconds * 0.25),
    releaseSeconds: Math.min(2, arrangement.barSeconds * 0.5),
  };
  for (const note of arrangement.pad) {
    addPadNote(out, note, voice);
  }
}

function renderBass(plan: ScorePlan, arrangement: Arrangement, out: StereoBuffer): void {
  const voices: Record<ScorePlan["sound"]["bass"], BassVoice> = {
    drone: { attackSeconds: 3, releaseSeconds: 1.5 },
    sustain: { attackSeconds: 0.03, releaseSeconds: 0.25 },
    walking: { attackSeconds: 0.008, releaseSeconds: 0.08 },
    eighths: { attackSeconds: 0.004, releaseSeconds: 0.04 },
    rootFifth: { attackSeconds: 0.005, releaseSeconds: 0.05 },
  };
  const voice = voices[plan.sound.bass];
  for (const note of arrangement.bass) {
    addBassNote(out, note, voice);
  }
}

function renderPulse(
  plan: ScorePlan,
  arrangement: Arrangement,
  out: StereoBuffer,
  noise: () => number,
): void {
  const brightness = Math.max(0, Math.min(1, 0.5 + plan.profile.brightness / 2));
  for (const event of arrangement.pulse) {
    addPulseEvent(out, event, brightness, noise);
  }
  const echo = echoFor(plan, arrangement.beatSeconds);
  if (echo) {
    addPingPongEcho(out, echo);
  }
}

function addPulseEvent(
  out: StereoBuffer,
  event: PulseEvent,
  brightness: number,
  noise: () => number,
) {
  switch (event.voice) {
    case "pluck":
      addPluck(out, event, { brightness, decaySeconds: 1.2 }, noise);
      return;
    case "mutedPluck":
      addPluck(out, event, { brightness: brightness * 0.4, decaySeconds: 0.25 }, noise);
      return;
    case "bell":
      addBell(out, event, 0.5);
      return;
    case "kick":
      addDrum(out, event, kickVoice);
      return;
    case "heartbeat":
      addDrum(out, event, heartbeatVoice);
      return;
    case "hat":
      addNoiseHit(out, event, hatVoice, noise);
      return;
    case "brush":
      addNoiseHit(out, event, brushVoice, noise);
      return;
  }
}

interface Echo {
  delaySeconds: number;
  feedback: number;
  wet: number;
}

/** Melodic pulses get a dotted-eighth echo for space; tight rhythms stay dry. */
function echoFor(plan: ScorePlan, beatSeconds: number): Echo | null {
  switch (plan.sound.pulse) {
    case "arpeggio":
    case "bells":
      return { delaySeconds: beatSeconds * 0.75, feedback: 0.35, wet: 0.3 };
    case "heartbeat":
      return { delaySeconds: beatSeconds, feedback: 0.3, wet: 0.25 };
    default:
      return null;
  }
}

/** Each channel's echo feeds the other, so repeats bounce left and right. */
function addPingPongEcho(out: StereoBuffer, echo: Echo): void {
  const delay = Math.max(1, Math.round(echo.delaySeconds * sampleRate));
  const lineL = new Float32Array(delay);
  const lineR = new Float32Array(delay);
  let position = 0;
  for (let frame = 0; frame < out.left.length; frame++) {
    const echoL = lineL[position]!;
    const echoR = lineR[position]!;
    const dryL = out.left[frame]!;
    const dryR = out.right[frame]!;
    lineL[position] = dryL + echoR * echo.feedback;
    lineR[position] = dryR + echoL * echo.feedback;
    out.left[frame] = dryL + echoL * echo.wet;
    out.right[frame] = dryR + echoR * echo.wet;
    position = position + 1 === delay ? 0 : position + 1;
  }
}

function addScaled(into: StereoBuffer, from: StereoBuffer, gain: number): void {
  for (let frame = 0; frame < into.left.length; frame++) {
    into.left[frame]! += from.left[frame]! * gain;
    into.right[frame]! += from.right[frame]! * gain;
  }
}

function scale(buffer: StereoBuffer, gain: number): void {
  for (let frame = 0; frame < buffer.left.length; frame++) {
    buffer.left[frame]! *= gain;
    buffer.right[frame]! *= gain;
  }
}

/**
 * A 10 Hz one-pole high-pass: no synth here means to make DC, but asymmetric waves (saws,
 * decaying sines) leave a little, and an offset turns every later edit or loop point into a click.
 */
function removeDc(buffer: StereoBuffer): void {
  const pole = Math.exp((-2 * Math.PI * 10) / sampleRate);
  for (const channel of [buffer.left, buffer.right]) {
    let previousIn = 0;
    let previousOut = 0;
    for (let frame = 0; frame < channel.length; frame++) {
      const input = channel[frame]!;
      previousOut = pole * (previousOut + input - previousIn);
      previousIn = input;
      channel[frame] = previousOut;
    }
  }
}

/**
 * Raised-cosine fades: in over 1.5 s (at most a tenth of the bed), out over the last bar (2–4 s,
 * at most a fifth of the bed), so the bed starts and ends at exact silence.
 */
function applyFades(buffer: StereoBuffer, barSeconds: number): void {
  const frames = buffer.left.length;
  const seconds = frames / sampleRate;
  const fadeIn = Math.round(Math.min(1.5, seconds * 0.1) * sampleRate);
  const fadeOut = Math.round(Math.min(Math.max(barSeconds, 2), 4, seconds * 0.2) * sampleRate);
  for (let index = 0; index < fadeIn; index++) {
    const gain = 0.5 - 0.5 * Math.cos((Math.PI * index) / fadeIn);
    buffer.left[index]! *= gain;
    buffer.right[index]! *= gain;
  }
  for (let index = 0; index < fadeOut; index++) {
    const frame = frames - 1 - index;
    const gain = 0.5 - 0.5 * Math.cos((Math.PI * index) / fadeOut);
    buffer.left[frame]! *= gain;
    buffer.right[frame]! *= gain;
  }
}
