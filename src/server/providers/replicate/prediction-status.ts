import type { Prediction } from "replicate";
import type { JobStatus } from "../types";

/** tqdm's bar, which most Replicate models print: " 42%|████▏     | 21/50 [00:10<00:14]". */
const tqdmLine = /^\s*(\d{1,3})%\|.*?\|\s*(\d+)\/(\d+)/;
/** Anything else that ends in a percentage: "Generating video: 42%", "progress 42.5 %". */
const percentLine = /(\d{1,3}(?:\.\d+)?)\s?%/g;

/**
 * The latest progress a model printed to its logs, 0..1, or undefined when it prints none (hosted
 * API models such as Veo often do not). tqdm redraws with carriage returns, so both break lines.
 */
export function progressFromLogs(logs: string | undefined | null): number | undefined {
  if (!logs) {
    return undefined;
  }
  const lines = logs.split(/[\r\n]+/).reverse();
  for (const line of lines) {
    const bar = line.match(tqdmLine);
    if (bar?.[2] && bar[3] && Number(bar[3]) > 0) {
      return Math.min(1, Number(bar[2]) / Number(bar[3]));
    }
    const percents = [...line.matchAll(percentLine)];
    const last = percents.at(-1)?.[1];
    if (last !== undefined) {
      return Math.min(1, Number(last) / 100);
    }
  }
  return undefined;
}

/** Replicate's "flagged as sensitive" (E005) and the models' own safety filters. */
const moderationPattern = /\bE005\b|flagged|sensitive|nsfw|safety|content polic|moderat/i;

/**
 * Failures Replicate's error-code reference (replicate.com/docs/reference/error-codes) puts on its
 * own infrastructure, for which it advises trying again: E1000 unknown error ("temporary system
 * issues"), E6716 timeout starting the prediction, E8367 prediction stopped unexpectedly, E8765
 * model health check failed, E9243 / E9825 "Director:" errors (the scheduler that runs predictions:
 * "Director: unexpected error handling prediction"). A model's own failure (E1001 out of memory,
 * an exception in its code) is not: the same input fails the same way.
 */
const interruptionPattern =
  /\bE(1000|6716|8367|8765|9243|9825)\b|^Director:|unexpected error handling prediction/i;

export type PredictionFailureCode = "moderation" | "job_failed" | "job_interrupted";

export function describePredictionFailure(
  prediction: Pick<Prediction, "status" | "error">,
  label: string,
): { code: PredictionFailureCode; message: string } {
  if (prediction.status === "aborted") {
    return {
      code: "job_interrupted",
      message: `${label} never started: Replicate gave up waiting for a machine.`,
    };
  }
  const reason = typeof prediction.error === "string" ? prediction.error : "no reason given";
  if (moderationPattern.test(reason)) {
    return {
      code: "moderation",
      message: `${label} refused this prompt or image as sensitive content. Reword the prompt and try again. (${reason})`,
    };
  }
  if (interruptionPattern.test(reason)) {
    return {
      code: "job_interrupted",
      message: `Replicate lost the ${label} prediction on its side (${reason}).`,
    };
  }
  return { code: "job_failed", message: `${label} failed: ${reason}` };
}

/** Maps a prediction onto the engine's job states, with stage text naming the model. */
export function predictionJobStatus(prediction: Prediction, label: string): JobStatus {
  switch (prediction.status) {
    case "starting":
      return { state: "queued", stage: `${label} · starting` };
    case "processing": {
      const progress = progressFromLogs(prediction.logs);
      const percent = progress === undefined ? "" : ` ${Math.round(progress * 100)}%`;
      return { state: "processing", progress, stage: `${label} · processing${percent}` };
    }
    case "succeeded":
      return { state: "succeeded", progress: 1, stage: `${label} · done` };
    case "canceled":
      return { state: "canceled", stage: `${label} · canceled` };
    case "failed":
    case "aborted":
      return {
        state: "failed",
        stage: `${label} · failed`,
        error: describePredictionFailure(prediction, label),
      };
    default: {
      const unknown: never = prediction.status;
      return { state: "processing", stage: `${label} · ${String(unknown)}` };
    }
  }
}
