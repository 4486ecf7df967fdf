/**
 * Times the cut renderer on an animatic: 12 stills of 5 s at 1280×720, 24 fps, a line of speech
 * per shot and a music bed (60 s), after a 1-shot cut as the baseline (process start-up, the
 * audio passes and the mux, which every cut pays). Prints JSON lines:
 * `npx tsx bench/cut.ts [runs] [--captions]`. CPU-bound: run it alone. `ffmpeg_cpu_s` is the
 * CPU time of every ffmpeg it ran, so a loaded machine's wall time can be read against it.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CutPlan } from "../src/server/cut/cut-plan";
import { renderCut } from "../src/server/cut/render-cut";
import { basePlan, makeMusic, makeVoice, stillShots } from "../src/server/cut/test-fixtures";
import { report } from "./bench-helpers";

const runs = Number(process.argv[2] ?? 3) || 3;
const captions = process.argv.includes("--captions");
const dir = await mkdtemp(path.join(os.tmpdir(), "bench-cut-"));

/** CPU seconds of this process's finished children (ffmpeg), from /proc. */
function childCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // cutime and cstime: fields 16 and 17 of stat(5), in clock ticks (100 per second on Linux).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

async function measure(metric: string, plan: CutPlan): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cpuBefore = childCpuSeconds();
    const started = performance.now();
    await renderCut(plan, path.join(dir, `${metric}-${run}`));
    times.push((performance.now() - started) / 1000);
    cpu.push(childCpuSeconds() - cpuBefore);
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  report("cut", {
    metric,
    value: round(median(times)),
    runs: times.map(round).join(" "),
    ffmpeg_cpu_s: round(median(cpu)),
    video_s: plan.shots.reduce((total, shot) => total + shot.durationSeconds, 0),
    load_1m: round(os.loadavg()[0]!),
  });
}

try {
  const shots = await stillShots(dir, 12, 5);
  const music = { path: await makeMusic(dir, 30) };
  const voices = await Promise.all(
    shots.map(async (_shot, index) => ({
      path: await makeVoice(dir, `line-${index}`, 2.5, 500 + index * 60),
      startSeconds: index * 5 + 0.5,
      durationSeconds: 2.5,
      text: `Line ${index + 1}, spoken over shot ${index + 1}.`,
      speaker: index % 3 === 0 ? "" : "Ada",
    })),
  );
  const animatic = { ...basePlan(shots), music, voices, burnCaptions: captions };
  await measure("baseline_1_shot_s", {
    ...animatic,
    shots: shots.slice(0, 1),
    voices: voices.slice(0, 1),
  });
  await measure("animatic_12_shots_s", animatic);
} finally {
  await rm(dir, { recursive: true, force: true });
}
