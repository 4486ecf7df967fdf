import type { AudioBedPlan, AudioHit } from "./video-plan";

/**
 * Builds a filtergraph fragment, with no inputs, that ends in `[outLabel]`: a quiet minor chord
 * drone that swells slowly, with low booms on the cuts.
 *
 * Everything is `sine` shaped by `volume` expressions evaluated per audio frame:
 * a per-sample `aevalsrc` sounds the same but costs ~1.4 s of the single filter thread per
 * 30 s, which the render budget cannot spare.
 */
export function buildAudioBed(plan: AudioBedPlan, outLabel: string): string {
  const duration = fixed(plan.totalSeconds);
  const root = plan.rootHz;
  const source = (frequency: number) =>
    `sine=f=${fixed(frequency)}:sample_rate=44100:samples_per_frame=256:d=${duration}`;

  // Root octave, a slightly detuned double (slow beating), the fifth and the minor tenth.
  const voices: [number, number][] = [
    [root * 2, 0.5],
    [root * 2 * 1.006, 0.4],
    [root * 3, 0.32],
    [root * 4 * 1.1892, 0.2],
  ];
  const chains = voices.map(
    ([frequency, level], index) => `${source(frequency)},volume=${level}[pad${index}]`,
  );
  const padInputs = voices.map((_, index) => `[pad${index}]`).join("");
  chains.push(
    `${padInputs}amix=inputs=${voices.length}:duration=first,volume=${voices.length}` +
      `,volume='0.7+0.3*sin(2*PI*t/9)':eval=frame,aecho=0.8:0.6:320|510:0.25|0.18[pad]`,
  );

  const booms = hitEnvelope(plan.hits, 3.2);
  chains.push(
    `${source(root)},volume='${booms}':eval=frame[boomlow]`,
    `${source(root * 2)},volume='0.6*(${booms})':eval=frame[boomhigh]`,
  );
  const layers = ["[pad]", "[boomlow]", "[boomhigh]"];
  const weights = [0.55, 0.5, 0.4];
  const master = 1.8;
  const fadeOut = Math.min(2, plan.totalSeconds / 3);
  chains.push(
    `${layers.join("")}amix=inputs=${layers.length}:duration=first:weights='${weights.join(" ")}'` +
      `,volume=${fixed(sum(weights) * master)}` +
      `,afade=t=in:d=0.8,afade=t=out:st=${fixed(plan.totalSeconds - fadeOut)}:d=${fixed(fadeOut)}` +
      `,alimiter=limit=0.5,aformat=sample_fmts=fltp:sample_rates=44100:channel_layouts=stereo` +
      `[${outLabel}]`,
  );
  return chains.join(";");
}

/** Σ strength · e^(−decay·(t−at)) from each hit on: an instant attack and a smooth tail. */
function hitEnvelope(hits: AudioHit[], decay: number): string {
  if (hits.length === 0) {
    return "0";
  }
  return hits
    .map(({ atSeconds: at, strength }) => {
      const t0 = fixed(at);
      return `${fixed(strength)}*gte(t,${t0})*exp(-${decay}*(t-${t0}))`;
    })
    .join("+");
}

function fixed(value: number): string {
  return Number(value.toFixed(3)).toString();
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
