import type { StereoBuffer } from "./dsp";

/**
 * 16-bit PCM stereo WAV: a 44-byte RIFF header and interleaved little-endian samples. Written by
 * hand because the format is this small; a WAV library would add a dependency for the header
 * while the float-to-integer step (dither, clamping) is ours to decide anyway.
 */

const headerBytes = 44;

/**
 * Encodes `buffer` (floats in −1..1) with TPDF dither: ±1 LSB of triangular noise before rounding
 * turns the 16-bit truncation of quiet fade tails into a faint hiss instead of a gritty buzz. The
 * dither is seeded, so the same score is the same bytes.
 */
export function encodeWav(buffer: StereoBuffer, sampleRate: number, ditherSeed: number): Buffer {
  const frames = buffer.left.length;
  const dataBytes = frames * 4;
  const out = Buffer.alloc(headerBytes + dataBytes);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write("WAVE", 8, "ascii");
  out.write("fmt ", 12, "ascii");
  out.writeUInt32LE(16, 16); // fmt chunk size
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(2, 22); // channels
  out.writeUInt32LE(sampleRate, 24);
  out.writeUInt32LE(sampleRate * 4, 28); // byte rate
  out.writeUInt16LE(4, 32); // block align
  out.writeUInt16LE(16, 34); // bits per sample
  out.write("data", 36, "ascii");
  out.writeUInt32LE(dataBytes, 40);

  // Int16Array writes in the platform's byte order; every platform Node ships for is little-endian.
  const samples = new Int16Array(out.buffer, out.byteOffset + headerBytes, frames * 2);
  // xorshift32, inline: one draw per sample, its two halves the two uniforms of the triangle.
  let state = ditherSeed >>> 0 || 1;
  for (let index = 0; index < frames * 2; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const draw = state >>> 0;
    const triangular = ((draw & 0xffff) - (draw >>> 16)) / 65536;
    const channel = index & 1 ? buffer.right : buffer.left;
    const dithered = channel[index >> 1]! * 32767 + triangular;
    samples[index] = dithered >= 32767 ? 32767 : dithered <= -32768 ? -32768 : Math.round(dithered);
  }
  return out;
}
