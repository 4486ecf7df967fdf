/**
 * Duration and frame size read from an MP4's own headers (`moov/mvhd`, the video track's
 * `tkhd`), so a video asset records what the model actually made: models round or cap the
 * requested length (Veo makes 8 s, Kling 5 or 10 s) and not every provider reports it.
 * Null when the bytes are not an MP4 this reader understands (WebM, a truncated file).
 */
export interface Mp4Info {
  durationSeconds: number;
  width: number | null;
  height: number | null;
}

interface Box {
  type: string;
  /** Offset of the payload (after the header). */
  start: number;
  end: number;
}

function* boxes(data: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) {
        return;
      }
      size = Number(data.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) {
      return;
    }
    yield { type, start: offset + header, end: offset + size };
    offset += size;
  }
}

const child = (data: Buffer, parent: Box, type: string) =>
  [...boxes(data, parent.start, parent.end)].find((box) => box.type === type);

/** `mvhd` v0: 32-bit times; v1: 64-bit. Both have the timescale right after the times. */
function movieDuration(data: Buffer, mvhd: Box): number | null {
  const version = data.readUInt8(mvhd.start);
  const timescale =
    version === 1 ? data.readUInt32BE(mvhd.start + 20) : data.readUInt32BE(mvhd.start + 12);
  const duration =
    version === 1
      ? Number(data.readBigUInt64BE(mvhd.start + 24))
      : data.readUInt32BE(mvhd.start + 16);
  return timescale > 0 ? duration / timescale : null;
}

/** Width and height sit at the end of `tkhd` as 16.16 fixed point; audio tracks have zeros. */
function trackSize(data: Buffer, tkhd: Box): { width: number; height: number } | null {
  if (tkhd.end - tkhd.start < 8) {
    return null;
  }
  const width = data.readUInt32BE(tkhd.end - 8) / 65_536;
  const height = data.readUInt32BE(tkhd.end - 4) / 65_536;
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : null;
}

export function readMp4Info(data: Buffer): Mp4Info | null {
  try {
    const moov = [...boxes(data, 0, data.length)].find((box) => box.type === "moov");
    const mvhd = moov && child(data, moov, "mvhd");
    const durationSeconds = mvhd ? movieDuration(data, mvhd) : null;
    if (!moov || durationSeconds === null) {
      return null;
    }
    const size = [...boxes(data, moov.start, moov.end)]
      .filter((box) => box.type === "trak")
      .map((trak) => child(data, trak, "tkhd"))
      .map((tkhd) => (tkhd ? trackSize(data, tkhd) : null))
      .find((found) => found !== null);
    return {
      durationSeconds: Math.round(durationSeconds * 100) / 100,
      width: size?.width ?? null,
      height: size?.height ?? null,
    };
  } catch {
    return null;
  }
}
