import { bundledFfmpegPath, runFfmpeg } from "../providers/offline/video/ffmpeg";

/** What ffmpeg's EBU R128 meter (`ebur128`) says about a signal. */
export interface Loudness {
  /** Integrated loudness, LUFS; −70 (the meter's floor) for silence. */
  integrated: number;
  /** True peak, dBTP (dBFS when the meter ran without `peak=true`). */
  truePeak: number;
}

/** Every sound is measured as the mix hears it: 48 kHz stereo (a mono file counts twice, +3 LU). */
export const mixFormat = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";

export const meter = "ebur128=peak=true:framelog=verbose";

/** Inputs measured per ffmpeg run: each meter's summary must fit the stderr tail runFfmpeg keeps. */
const perRun = 6;

/**
 * Integrated loudness of each file (its first `seconds`, as the mix will play it), a few files
 * per ffmpeg run. The same meter measures the final mix, so levels set from these are consistent.
 */
export async function measureFiles(
  files: readonly { path: string; seconds: number }[],
  signal?: AbortSignal,
): Promise<number[]> {
  const levels: number[] = [];
  for (let from = 0; from < files.length; from += perRun) {
    const batch = files.slice(from, from + perRun);
    const chains = batch.map(
      (_, index) =>
        `[${index}:a]atrim=duration=${batch[index]!.seconds},${mixFormat},${meter}[m${index}]`,
    );
    let stderr: string;
    try {
      stderr = await runFfmpeg({
        ffmpegPath: bundledFfmpegPath,
        logLevel: "info",
        totalSeconds: 1,
        signal,
        args: [
          "-nostats",
          ...batch.flatMap((file) => ["-i", file.path]),
          ...["-filter_complex", chains.join(";")],
          ...batch.flatMap((_, index) => ["-map", `[m${index}]`]),
          ...["-f", "null", "-"],
        ],
      });
    } catch (error) {
      if (signal?.aborted) {
        throw error;
      }
      const names = batch.map((file) => file.path).join(", ");
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not read the audio of ${names}: ${reason}`);
    }
    const summaries = parseMeterSummaries(stderr);
    // Chains are "atrim, aformat, ebur128": the meter of input i is filter 3i + 2.
    batch.forEach((file, index) => {
      const summary = summaries.get(index * 3 + 2);
      if (!summary) {
        throw new Error(`No loudness measured for ${file.path}`);
      }
      levels.push(summary.integrated);
    });
  }
  return levels;
}

/**
 * The summaries `ebur128` prints when its graph closes, by filter index (`Parsed_ebur128_N`).
 * ffmpeg configures a graph once to probe formats and again to run; the later summary (the run)
 * wins.
 */
export function parseMeterSummaries(stderr: string): Map<number, Loudness> {
  const found = new Map<number, Loudness>();
  const headers = [...stderr.matchAll(/\[Parsed_ebur128_(\d+) @ [^\]]+\] Summary:/g)];
  headers.forEach((header, index) => {
    const from = header.index + header[0].length;
    const body = stderr.slice(from, headers[index + 1]?.index ?? stderr.length);
    const integrated = Number(/\bI:\s+(\S+) LUFS/.exec(body)?.[1]);
    const peak = Number(/\bPeak:\s+(\S+) dBFS/.exec(body)?.[1]);
    found.set(Number(header[1]), {
      integrated: Number.isFinite(integrated) ? Math.max(-70, integrated) : -70,
      truePeak: Number.isFinite(peak) ? peak : -70,
    });
  });
  return found;
}
