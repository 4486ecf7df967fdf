import { newPredictionId, progressLogs } from "./replicate-fake-bodies";

/** How a fake prediction behaves. */
export interface PredictionPlan {
  /** GETs until it finishes; the ones before report "processing" with progress. Default 2. */
  pollsUntilDone?: number;
  /** How the model prints progress. Default "tqdm". */
  logs?: "tqdm" | "percent" | "none";
  /** Default "succeeded"; `{ failed }` sets the prediction's error text. */
  outcome?: "succeeded" | "aborted" | { failed: string };
  /**
   * Default: an MP4 for video models (veo, kling), a WAV for speech and music models (minimax
   * speech, musicgen), else one PNG; "images" is a list (Seedream); "mp3" an MP3 file.
   */
  output?: "video" | "image" | "images" | "audio" | "mp3";
  /** The output URL answers 404, as after Replicate deleted it. */
  outputExpired?: boolean;
  /** The prediction says `data_removed: true` and has no output. */
  dataRemoved?: boolean;
}

type Status = "starting" | "processing" | "succeeded" | "failed" | "canceled" | "aborted";

/** The prediction object exactly as the API returns it. */
export interface PredictionJson {
  id: string;
  model: string;
  version: string;
  input: Record<string, unknown>;
  logs: string;
  output: unknown;
  data_removed: boolean;
  error: string | null;
  status: Status;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  urls: { get: string; cancel: string; stream: string; web: string };
  metrics: { predict_time?: number; total_time?: number };
  source: "api";
  webhook?: string;
  webhook_events_filter?: string[];
}

export interface FakePrediction {
  json: PredictionJson;
  plan: PredictionPlan;
  polls: number;
  origin: string;
}

const terminal = new Set<Status>(["succeeded", "failed", "canceled", "aborted"]);

export function createPrediction(options: {
  origin: string;
  path: string;
  body: Record<string, unknown>;
  plan: PredictionPlan;
}): FakePrediction {
  const { origin, path, body, plan } = options;
  const id = newPredictionId();
  const byModel = path.match(/^\/v1\/models\/([^/]+\/[^/]+)\/predictions$/)?.[1];
  const version = String(body.version ?? "hidden");
  const json: PredictionJson = {
    id,
    model:
      byModel ?? (version.includes("/") ? (version.split(":")[0] ?? version) : "acme/pinned-model"),
    version,
    input: (body.input ?? {}) as Record<string, unknown>,
    logs: "",
    output: null,
    data_removed: false,
    error: null,
    status: "starting",
    created_at: new Date().toISOString(),
    started_at: null,
    completed_at: null,
    urls: {
      get: `${origin}/v1/predictions/${id}`,
      cancel: `${origin}/v1/predictions/${id}/cancel`,
      stream: `${origin}/stream/${id}`,
      web: `https://replicate.com/p/${id}`,
    },
    metrics: {},
    source: "api",
    ...(typeof body.webhook === "string" ? { webhook: body.webhook } : {}),
    ...(Array.isArray(body.webhook_events_filter)
      ? { webhook_events_filter: body.webhook_events_filter as string[] }
      : {}),
  };
  return { json, plan, polls: 0, origin };
}

function outputFor(prediction: FakePrediction): unknown {
  const { plan, json, origin } = prediction;
  const kind =
    plan.output ??
    (/veo|kling|video/.test(json.model)
      ? "video"
      : /speech|music|tts/.test(json.model)
        ? "audio"
        : /seedream/.test(json.model)
          ? "images"
          : "image");
  const extension = { video: "mp4", audio: "wav", mp3: "mp3", image: "png", images: "png" }[kind];
  const url = `${origin}/files/${json.id}/output.${extension}`;
  return kind === "images" ? [url] : url;
}

/** Moves a prediction to a final state; true when it was not final before. */
export function finishPrediction(prediction: FakePrediction, forced?: "canceled"): boolean {
  const { json, plan } = prediction;
  if (terminal.has(json.status)) {
    return false;
  }
  const now = new Date().toISOString();
  json.started_at ??= now;
  json.completed_at = now;
  json.metrics = { predict_time: 1.5, total_time: 2 };
  const outcome = forced ?? plan.outcome ?? "succeeded";
  if (outcome === "canceled" || outcome === "aborted") {
    json.status = outcome;
  } else if (outcome === "succeeded") {
    json.status = "succeeded";
    json.logs = progressLogs(
      plan.logs ?? "tqdm",
      plan.pollsUntilDone ?? 2,
      plan.pollsUntilDone ?? 2,
    );
    json.data_removed = Boolean(plan.dataRemoved);
    json.output = plan.dataRemoved ? null : outputFor(prediction);
  } else {
    json.status = "failed";
    json.error = outcome.failed;
  }
  return true;
}

/** One poll's worth of progress; true when this poll finished the prediction. */
export function advancePrediction(prediction: FakePrediction): boolean {
  if (terminal.has(prediction.json.status)) {
    return false;
  }
  prediction.polls += 1;
  const total = prediction.plan.pollsUntilDone ?? 2;
  if (prediction.polls >= total) {
    return finishPrediction(prediction);
  }
  prediction.json.status = "processing";
  prediction.json.started_at ??= new Date().toISOString();
  prediction.json.logs = progressLogs(prediction.plan.logs ?? "tqdm", prediction.polls, total);
  return false;
}
