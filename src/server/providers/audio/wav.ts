/**
 * 16-bit PCM WAV files: the one audio container every adapter here reads or writes. The offline
 * voice writes them, OpenAI answers with them, ffmpeg mixes them without decoding anything lossy.
 */

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Byte offset of the first sample. */
  dataOffset: number;
  /** Bytes of sample data actually present (not what a placeholder header claims). */
  dataBytes: number;
  durationSeconds: number;
}

const headerBytes = 44;

/** A mono or interleaved 16-bit PCM WAV file holding `samples`. */
export function encodeWav(samples: Int16Array, sampleRate: number, channels = 1): Buffer {
  const dataBytes = samples.length * 2;
  const file = Buffer.alloc(headerBytes + dataBytes);
  file.write("RIFF", 0, "ascii");
  file.writeUInt32LE(36 + dataBytes, 4);
  file.write("WAVE", 8, "ascii");
  file.write("fmt ", 12, "ascii");
  file.writeUInt32LE(16, 16);
  file.writeUInt16LE(1, 20);
  file.writeUInt16LE(channels, 22);
  file.writeUInt32LE(sampleRate, 24);
  file.writeUInt32LE(sampleRate * channels * 2, 28);
  file.writeUInt16LE(channels * 2, 32);
  file.writeUInt16LE(16, 34);
  file.write("data", 36, "ascii");
  file.writeUInt32LE(dataBytes, 40);
  Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).copy(file, headerBytes);
  return file;
}

const isWav = (data: Buffer) =>
  data.length >= 12 &&
  data.toString("ascii", 0, 4) === "RIFF" &&
  data.toString("ascii", 8, 12) === "WAVE";

/**
 * The format and real length of a PCM WAV file, walking its chunks; undefined for anything else.
 * A streamed WAV (OpenAI's speech endpoint) writes 0xFFFFFFFF as its data size, since the length
 * is unknown when the header goes out: the bytes present are what counts.
 */
export function readWavInfo(data: Buffer): WavInfo | undefined {
  if (!isWav(data)) {
    return undefined;
  }
  let offset = 12;
  let format: { sampleRate: number; channels: number; bitsPerSample: number } | undefined;
  while (offset + 8 <= data.length) {
    const id = data.toString("ascii", offset, offset + 4);
    const size = data.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt " && body + 16 <= data.length) {
      format = {
        channels: data.readUInt16LE(body + 2),
        sampleRate: data.readUInt32LE(body + 4),
        bitsPerSample: data.readUInt16LE(body + 14),
      };
    } else if (id === "data" && format) {
      const dataBytes = Math.min(size, data.length - body);
      const bytesPerSecond = format.sampleRate * format.channels * (format.bitsPerSample / 8);
      return {
        ...format,
        dataOffset: body,
        dataBytes,
        durationSeconds: bytesPerSecond > 0 ? dataBytes / bytesPerSecond : 0,
      };
    }
    // Chunks are padded to an even length.
    offset = body + size + (size % 2);
  }
  return undefined;
}

/**
 * The same WAV with its RIFF and data sizes set to what the file holds: strict readers (and
 * ffmpeg's warning "Ignoring maximum wav data size") trust the header, and a placeholder one says
 * the line lasts 24 hours. Anything after the data chunk is dropped.
 */
export function repairWavHeader(data: Buffer): Buffer {
  const info = readWavInfo(data);
  if (!info) {
    return data;
  }
  const end = info.dataOffset + info.dataBytes;
  const fixed = Buffer.from(data.subarray(0, end));
  fixed.writeUInt32LE(end - 8, 4);
  fixed.writeUInt32LE(info.dataBytes, info.dataOffset - 4);
  return fixed;
}

/** The samples of a 16-bit PCM WAV, or undefined when it is not one. */
export function wavSamples(data: Buffer): { samples: Int16Array; info: WavInfo } | undefined {
  const info = readWavInfo(data);
  if (info?.bitsPerSample !== 16) {
    return undefined;
  }
  const count = Math.floor(info.dataBytes / 2);
  const samples = new Int16Array(count);
  for (let index = 0; index < count; index++) {
    samples[index] = data.readInt16LE(info.dataOffset + index * 2);
  }
  return { samples, info };
}
