import { type Loudness, meter, mixFormat } from "./audio-levels";
import type { CutVoice } from "./cut-plan";

/**
 * The cut's sound in two ffmpeg runs. The mix run places every line at its start, lays the music
 * under it, ducks the music wherever a line is spoken, fades the music out, and writes a float WAV
 * while metering it. The master run (in the final mux) applies the one gain that brings the
 * metered loudness to the target. Both runs use ffmpeg's own EBU R128 meter, which the tests use
 * too: loudnorm measures the same signal ~0.7 LU differently (its 192 kHz path), and its
 * "linear" mode silently falls back to dynamic compression whenever the gained peaks would pass
 * the ceiling — a plain gain, plus a limiter only for the peaks that need it, lands on target.
 */

/** Each line is brought to this before mixing, so characters from different providers match. */
export const voiceLufs = -18;
/** The music bed under silence; about 6 LU under the dialogue. */
export const musicLufs = -24;
/** How far the music drops under a line, dB. */
export const duckDb = 12;
/** Ramps: the music is down by the time a line starts, and comes back after it. */
const duck = { attack: 0.25, lead: 0.1, hold: 0.25, release: 0.5 };
/** True-peak ceiling of the master, dBTP; the limiter works a little under it (AAC overshoots). */
export const ceilingDb = -1.5;

export interface MixInput {
  voices: readonly { voice: CutVoice; gainDb: number }[];
  music: { path: string; gainDb: number } | null;
  totalSeconds: number;
}

/** The gain that brings a measured level to a target; none for silence, bounded for noise. */
export function gainTo(targetLufs: number, measuredLufs: number): number {
  if (measuredLufs <= -60) {
    return 0;
  }
  return Math.max(-30, Math.min(30, targetLufs - measuredLufs));
}

/**
 * ffmpeg arguments of the mix run. A silent bed of exactly the cut's length comes first: it
 * decides the length (amix `duration=first`) and gives a cut with no voices and no music a
 * silent track. Every other input is padded to run past the end, so amix's scale (1/inputs)
 * never changes mid-cut; `volume=inputs` undoes it.
 */
export function buildMixArgs(input: MixInput, wavPath: string): string[] {
  const total = fixed(input.totalSeconds);
  const args: string[] = [];
  let inputs = 0;
  const chains = [`anullsrc=r=48000:cl=stereo,atrim=duration=${total}[bed]`];
  const layers = ["[bed]"];

  // Only the music fades out: a master fade would swallow the last line, which the timing ends
  // just 0.7 s before the cut does.
  const fadeOut = Math.min(1.5, input.totalSeconds / 4);
  if (input.music) {
    args.push("-stream_loop", "-1", "-i", input.music.path);
    inputs++;
    const fadeIn = Math.min(0.5, input.totalSeconds / 4);
    // 256-sample frames: the ducking gain is evaluated per frame, 5 ms steps are inaudible.
    chains.push(
      `[0:a]atrim=duration=${total},${mixFormat},volume=${fixed(input.music.gainDb)}dB` +
        `,asetnsamples=n=256,volume='${duckingGain(input.voices)}':eval=frame` +
        `,afade=t=in:d=${fixed(fadeIn)}` +
        `,afade=t=out:st=${fixed(input.totalSeconds - fadeOut)}:d=${fixed(fadeOut)}[music]`,
    );
    layers.push("[music]");
  }

  input.voices.forEach(({ voice, gainDb }, index) => {
    const played = Math.min(voice.durationSeconds, input.totalSeconds - voice.startSeconds);
    if (played <= 0) {
      return;
    }
    const stream = inputs++;
    args.push("-i", voice.path);
    const delayMs = Math.max(0, Math.round(voice.startSeconds * 1000));
    chains.push(
      `[${stream}:a]atrim=duration=${fixed(played)},${mixFormat},volume=${fixed(gainDb)}dB` +
        `,adelay=${delayMs}|${delayMs},apad[voice${index}]`,
    );
    layers.push(`[voice${index}]`);
  });

  const mixed =
    layers.length === 1
      ? "[bed]"
      : `${layers.join("")}amix=inputs=${layers.length}:duration=first:dropout_transition=0` +
        `,volume=${layers.length}`;
  chains.push(
    `${mixed}${layers.length === 1 ? "" : ","}asplit=2[mix][metered]`,
    `[metered]${meter},anullsink`,
  );

  return [
    "-nostats",
    ...args,
    ...["-filter_complex", chains.join(";")],
    ...["-map", "[mix]", "-c:a", "pcm_f32le", "-ar", "48000", "-f", "wav", "-y", wavPath],
  ];
}

/**
 * The music's gain over time: 1 in the clear, down `duckDb` under each line, reached `lead`
 * before the line starts (a compressor keyed by the voices could only react after it started)
 * and held a beat past its end so the music does not pump between lines of one exchange.
 */
export function duckingGain(voices: MixInput["voices"]): string {
  if (voices.length === 0) {
    return "1";
  }
  const depth = 1 - 10 ** (-duckDb / 20);
  const ramps = voices.map(({ voice }) => {
    const up = voice.startSeconds - duck.lead - duck.attack;
    const down = voice.startSeconds + voice.durationSeconds + duck.hold + duck.release;
    return `clip(min((t-${fixed(up)})/${duck.attack},(${fixed(down)}-t)/${duck.release}),0,1)`;
  });
  return `1-${fixed(depth)}*min(1,${ramps.join("+")})`;
}

/**
 * The master's filter: the gain from the metered mix to the target and, when that gain would
 * push the peaks past the ceiling, a limiter just under it. 48 kHz for AAC.
 */
export function masterFilter(measured: Loudness, targetLufs: number): string {
  const gain = gainTo(targetLufs, measured.integrated);
  const filters = [`volume=${fixed(gain)}dB`];
  if (measured.truePeak + gain > ceilingDb) {
    // alimiter's own "auto level" would renormalise the output: off.
    const limit = 10 ** ((ceilingDb - 0.5) / 20);
    filters.push(`alimiter=limit=${fixed(limit)}:level=false:attack=3:release=60`);
  }
  filters.push("aresample=48000");
  return filters.join(",");
}

function fixed(value: number): string {
  return Number(value.toFixed(4)).toString();
}
