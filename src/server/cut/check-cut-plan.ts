import type { CutPlan } from "./cut-plan";

/**
 * Refuses a plan ffmpeg would fail on obscurely or render wrong: sizes x264 cannot encode in
 * 4:2:0 (odd), rates and lengths that are not numbers, a cut with nothing in it.
 */
export function checkCutPlan(plan: CutPlan): void {
  const problems: string[] = [];
  for (const [name, value] of [
    ["width", plan.width],
    ["height", plan.height],
  ] as const) {
    if (!Number.isInteger(value) || value < 16 || value > 4096 || value % 2 !== 0) {
      problems.push(`${name} must be an even number of pixels from 16 to 4096 (got ${value})`);
    }
  }
  if (!(plan.fps >= 1 && plan.fps <= 120)) {
    problems.push(`fps must be from 1 to 120 (got ${plan.fps})`);
  }
  if (plan.shots.length === 0) {
    problems.push("a cut needs at least one shot");
  }
  for (const shot of plan.shots) {
    if (!(Number.isFinite(shot.durationSeconds) && shot.durationSeconds > 0)) {
      problems.push(`shot ${shot.id} has no length (${shot.durationSeconds})`);
    }
  }
  for (const voice of plan.voices) {
    if (!(voice.startSeconds >= 0 && Number.isFinite(voice.durationSeconds))) {
      problems.push(`the line "${voice.text.slice(0, 40)}" has no place in the cut`);
    }
  }
  if (!(plan.loudnessLufs >= -40 && plan.loudnessLufs <= -5)) {
    problems.push(`loudness must be from -40 to -5 LUFS (got ${plan.loudnessLufs})`);
  }
  if (problems.length > 0) {
    throw new Error(`Cannot render this cut: ${problems.join("; ")}`);
  }
}
