import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ffmpegInstaller from "@ffmpeg-installer/ffmpeg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeScore } from "./compose-score";
import { planScore } from "./mood-to-music";
import { type MoodScene, moodScenes, scoreRequest } from "./test-requests";

const run = promisify(execFile);

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "score-test-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

interface WavFacts {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  frames: number;
  samples: Int16Array;
}

/** Reads the canonical 44-byte header our encoder writes, and checks it is one. */
function readWav(data: Buffer): WavFacts {
  expect(data.toString("ascii", 0, 4)).toBe("RIFF");
  expect(data.readUInt32LE(4)).toBe(data.length - 8);
  expect(data.toString("ascii", 8, 16)).toBe("WAVEfmt ");
  expect(data.toString("ascii", 36, 40)).toBe("data");
  const dataBytes = data.readUInt32LE(40);
  expect(dataBytes).toBe(data.length - 44);
  const samples = new Int16Array(
    data.buffer.slice(data.byteOffset + 44, data.byteOffset + 44 + dataBytes),
  );
  return {
    format: data.readUInt16LE(20),
    channels: data.readUInt16LE(22),
    sampleRate: data.readUInt32LE(24),
    bitsPerSample: data.readUInt16LE(34),
    frames: dataBytes / 4,
    samples,
  };
}

/** ffmpeg's own reading of the file: what it decodes, and astats' overall levels. */
async function ffmpegLevels(data: Buffer, name: string) {
  const file = path.join(directory, `${name}.wav`);
  await writeFile(file, data);
  const { stderr } = await run(ffmpegInstaller.path, [
    "-hide_banner",
    "-nostdin",
    "-i",
    file,
    "-af",
    "astats",
    "-f",
    "null",
    "-",
  ]);
  // astats prints per channel, then "Overall": the last occurrence of each is the overall one.
  const last = (label: string) => {
    const values = [...stderr.matchAll(new RegExp(`${label}: (-?[\\d.]+|-inf)`, "g"))];
    return Number(values.at(-1)?.[1] ?? Number.NaN);
  };
  return {
    stream: stderr.match(/Audio: (.*)/)?.[1] ?? "",
    duration: stderr.match(/Duration: ([\d:.]+)/)?.[1] ?? "",
    rmsDb: last("RMS level dB"),
    peakDb: last("Peak level dB"),
    dcOffset: last("DC offset"),
  };
}

/** RMS in dBFS of interleaved samples from `from` to `to` (frames). */
function rmsDb(samples: Int16Array, from: number, to: number): number {
  let sum = 0;
  for (let index = from * 2; index < to * 2; index++) {
    sum += (samples[index]! / 32768) ** 2;
  }
  return 10 * Math.log10(sum / ((to - from) * 2) + 1e-20);
}

/**
 * How much of each pitch class the bed holds: Goertzel filters on every equal-tempered pitch from
 * C2 to B6 over half-second blocks of a 11 kHz mono mix, summed by pitch class.
 */
function chroma(samples: Int16Array): number[] {
  const decimation = 4;
  const mono = new Float64Array(Math.floor(samples.length / (2 * decimation)));
  for (let index = 0; index < mono.length; index++) {
    let sum = 0;
    for (let offset = 0; offset < 2 * decimation; offset++) {
      sum += samples[index * 2 * decimation + offset]!;
    }
    mono[index] = sum / (2 * decimation);
  }
  const rate = 44_100 / decimation;
  const block = Math.round(rate / 2);
  const energy = new Array<number>(12).fill(0);
  for (let midi = 36; midi < 96; midi++) {
    const coefficient = 2 * Math.cos((2 * Math.PI * 440 * 2 ** ((midi - 69) / 12)) / rate);
    for (let start = 0; start + block <= mono.length; start += block) {
      let previous = 0;
      let beforeThat = 0;
      for (let index = start; index < start + block; index++) {
        const current = mono[index]! + coefficient * previous - beforeThat;
        beforeThat = previous;
        previous = current;
      }
      const power = previous ** 2 + beforeThat ** 2 - coefficient * previous * beforeThat;
      energy[midi % 12]! += Math.sqrt(Math.max(0, power));
    }
  }
  return energy;
}

/**
 * The minor third over the tonic against the major third, above the noise floor (the quietest
 * pitch class: brushes and hats put a little of every pitch in). Above 1 the bed sounds minor.
 */
function minorOverMajorThird(samples: Int16Array, tonicMidi: number): number {
  const energy = chroma(samples);
  const floor = Math.min(...energy);
  const tonic = tonicMidi % 12;
  return (energy[(tonic + 3) % 12]! - floor) / (energy[(tonic + 4) % 12]! - floor);
}

describe("composeScore", () => {
  it("renders 44.1 kHz stereo 16-bit PCM of exactly the requested length, as ffmpeg reads it", async () => {
    const result = await composeScore(scoreRequest("noir", { durationSeconds: 60 }));
    const wav = readWav(result.data);
    expect(result.mime).toBe("audio/wav");
    expect(result.costUsd).toBe(0);
    expect(wav).toMatchObject({ format: 1, channels: 2, sampleRate: 44_100, bitsPerSample: 16 });
    expect(wav.frames).toBe(60 * 44_100);
    expect(result.durationSeconds).toBe(60);

    const levels = await ffmpegLevels(result.data, "noir");
    expect(levels.stream).toMatch(/pcm_s16le.*44100 Hz, stereo/);
    expect(levels.duration).toBe("00:01:00.00");
    expect(levels.peakDb).toBeLessThan(-0.9);
    expect(levels.rmsDb).toBeGreaterThan(-26);
    expect(levels.rmsDb).toBeLessThan(-14);
    expect(Math.abs(levels.dcOffset)).toBeLessThan(0.001);
  });

  it("is exact to the sample for a length that is not a whole number of bars or seconds", async () => {
    const result = await composeScore(scoreRequest("thriller", { durationSeconds: 7.3 }));
    expect(readWav(result.data).frames).toBe(321_930);
    expect(result.durationSeconds).toBeCloseTo(7.3, 9);
  });

  it("fades in from silence and out to silence, with music in between", async () => {
    const { samples, frames } = readWav((await composeScore(scoreRequest("comedy"))).data);
    const tenMs = 441;
    expect(rmsDb(samples, 0, tenMs)).toBeLessThan(-60);
    expect(rmsDb(samples, frames - tenMs, frames)).toBeLessThan(-60);
    // Every second of the body is playing, none drops out.
    for (let second = 2; second < 18; second++) {
      expect(rmsDb(samples, second * 44_100, (second + 1) * 44_100)).toBeGreaterThan(-30);
    }
  });

  it("gives the same bytes for the same request", async () => {
    // Noir: its brushes and hats draw on the noise source, which must be seeded too.
    const first = await composeScore(scoreRequest("noir"));
    const second = await composeScore(scoreRequest("noir"));
    expect(first.data.equals(second.data)).toBe(true);
  });

  it("sounds different for different moods: the noir is heard in minor, the comedy in major", async () => {
    const noirRequest = scoreRequest("noir");
    const comedyRequest = scoreRequest("comedy");
    const noir = await composeScore(noirRequest);
    const comedy = await composeScore(comedyRequest);
    expect(noir.data.equals(comedy.data)).toBe(false);

    const noirSamples = readWav(noir.data).samples;
    const comedySamples = readWav(comedy.data).samples;
    expect(minorOverMajorThird(noirSamples, planScore(noirRequest).tonicMidi)).toBeGreaterThan(1.5);
    expect(minorOverMajorThird(comedySamples, planScore(comedyRequest).tonicMidi)).toBeLessThan(
      0.33,
    );
  });

  it("keeps every style's peaks under 0 dBFS", async () => {
    for (const scene of Object.keys(moodScenes) as MoodScene[]) {
      const { samples } = readWav(
        (await composeScore(scoreRequest(scene, { durationSeconds: 8 }))).data,
      );
      let loudest = 0;
      for (const sample of samples) {
        loudest = Math.max(loudest, Math.abs(sample));
      }
      // −1 dBFS is the ceiling; dither may add one step.
      expect(20 * Math.log10(loudest / 32768), scene).toBeLessThan(-0.95);
      expect(20 * Math.log10(loudest / 32768), scene).toBeGreaterThan(-12);
    }
  });

  it("stops rendering when its task is canceled mid-way", async () => {
    const controller = new AbortController();
    const rendering = composeScore({
      ...scoreRequest("noir", { durationSeconds: 60 }),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("canceled")), 0);
    // Mapped to a word: a finished render would otherwise be printed, all 10 MB of it.
    await expect(rendering.then(() => "finished")).rejects.toThrow("canceled");
  });

  it("refuses a length it cannot render, and stops when aborted", async () => {
    await expect(composeScore(scoreRequest("noir", { durationSeconds: 0 }))).rejects.toThrow(
      RangeError,
    );
    await expect(composeScore(scoreRequest("noir", { durationSeconds: 301 }))).rejects.toThrow(
      RangeError,
    );
    const aborted = { ...scoreRequest("noir"), signal: AbortSignal.abort(new Error("canceled")) };
    await expect(composeScore(aborted)).rejects.toThrow("canceled");
  });
});
