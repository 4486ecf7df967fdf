import {
  type FakeReply,
  type RecordedRequest,
  ReplyScript,
  startFakeHttpServer,
} from "./fake-http";
import { pngOfSize, tinyMp3, tinyMp4, toneWav } from "./fixture-media";
import {
  type FakeErrorReply,
  replicateErrors,
  signedWebhookHeaders,
} from "./replicate-fake-bodies";
import {
  advancePrediction,
  createPrediction,
  type FakePrediction,
  finishPrediction,
  type PredictionPlan,
} from "./replicate-fake-predictions";

export { replicateErrors } from "./replicate-fake-bodies";
export type { PredictionPlan } from "./replicate-fake-predictions";

export type ReplicateRoute =
  | "predictions.create"
  | "predictions.get"
  | "predictions.cancel"
  | "files"
  | "account"
  | "unknown";

export interface ReplicateFakeOptions {
  /** Requests with another bearer token get Replicate's 401. */
  apiToken?: string;
  /** Sign and send a "completed" webhook when a prediction created with one finishes. */
  webhookSecret?: string;
  /** The plan for predictions nobody planned with `planNextPrediction`. */
  defaultPlan?: PredictionPlan;
  /**
   * Chaos: this fraction (0–1) of API requests (not output downloads) answer a transient failure
   * in Replicate's problem-details envelope (429 with Retry-After, or 500/502/503) before doing
   * anything, so a failed create never made a prediction.
   */
  faultRate?: number;
}

function injectedFault(): FakeErrorReply {
  return Math.random() < 0.4
    ? replicateErrors.throttled(1)
    : replicateErrors.serverError([500, 502, 503][Math.floor(Math.random() * 3)]);
}

export interface ReplicateFake {
  /** Base URL for the client (`baseUrl`), ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  count(route: ReplicateRoute): number;
  /** HTTP-level answers for the next requests to a route: 429, 500, 401, a dropped connection. */
  script(route: ReplicateRoute, ...replies: FakeErrorReply[]): void;
  /** Every request to `route` for the next `ms` gets `reply`: an outage that lasts. */
  outage(route: ReplicateRoute, ms: number, reply: FakeErrorReply): void;
  /** How the next created prediction behaves: polls until done, logs, outcome, expired output. */
  planNextPrediction(plan: PredictionPlan): void;
  predictions: Map<string, FakePrediction>;
  /** Finish a prediction now (as the model would), sending its webhook. */
  finish(id: string): Promise<void>;
  /** Every output file answers 404 from now on, as after Replicate deletes outputs. */
  expireOutputs(): void;
  webhookDeliveries: { url: string; status: number }[];
  close(): Promise<void>;
}

/**
 * A WAV as long as the prediction asked for: a music model's `duration`, or about fifteen
 * characters a second of a speech model's `text`.
 */
export function fakeAudioSeconds(input: Record<string, unknown>): number {
  if (typeof input.duration === "number") {
    return input.duration;
  }
  const text = typeof input.text === "string" ? input.text : "";
  return Math.max(0.5, Math.round((text.length / 15) * 100) / 100);
}

const fakeAudio = (prediction: FakePrediction) =>
  toneWav(fakeAudioSeconds(prediction.json.input), {
    sampleRate: Number(prediction.json.input.sample_rate) || 32_000,
  });

function routeOf(method: string, path: string): ReplicateRoute {
  if (
    method === "POST" &&
    (/^\/v1\/models\/[^/]+\/[^/]+\/predictions$/.test(path) || path === "/v1/predictions")
  ) {
    return "predictions.create";
  }
  if (method === "GET" && /^\/v1\/predictions\/[^/]+$/.test(path)) {
    return "predictions.get";
  }
  if (method === "POST" && /^\/v1\/predictions\/[^/]+\/cancel$/.test(path)) {
    return "predictions.cancel";
  }
  if (method === "GET" && path === "/v1/account") {
    return "account";
  }
  return method === "GET" && path.startsWith("/files/") ? "files" : "unknown";
}

const problemReply = (reply: FakeErrorReply): FakeReply => ({
  status: reply.status,
  drop: reply.drop,
  headers: { "content-type": "application/problem+json", ...reply.headers },
  body: JSON.stringify(reply.problem),
});

/**
 * A local server speaking Replicate's predictions API (create by model or version, get, cancel)
 * with its prediction objects and problem-details errors, serving outputs from its own /files URLs
 * and sending signed webhooks. Predictions advance one step per GET, so tests decide how slow a
 * job is; every request is counted by route, so a crash test can assert a single create.
 */
export async function startReplicateFake(
  options: ReplicateFakeOptions = {},
): Promise<ReplicateFake> {
  const script = new ReplyScript<FakeErrorReply>();
  const outages = new Map<ReplicateRoute, { until: number; reply: FakeErrorReply }>();
  const plans: PredictionPlan[] = [];
  const predictions = new Map<string, FakePrediction>();
  const webhookDeliveries: ReplicateFake["webhookDeliveries"] = [];
  let outputsExpired = false;
  let origin = "";

  async function sendWebhook(prediction: FakePrediction): Promise<void> {
    const target = prediction.json.webhook;
    const filter = prediction.json.webhook_events_filter;
    if (!target || !options.webhookSecret || (filter && !filter.includes("completed"))) {
      return;
    }
    const body = JSON.stringify(prediction.json);
    try {
      const response = await fetch(target, {
        method: "POST",
        headers: signedWebhookHeaders(body, options.webhookSecret),
        body,
      });
      webhookDeliveries.push({ url: target, status: response.status });
    } catch {
      webhookDeliveries.push({ url: target, status: 0 });
    }
  }

  async function serveFile(path: string): Promise<FakeReply> {
    const [, , id = "", name = ""] = path.split("/");
    const prediction = predictions.get(id);
    if (!prediction || outputsExpired || prediction.plan.outputExpired) {
      return { status: 404, headers: { "content-type": "text/plain" }, body: "Not Found" };
    }
    if (name.endsWith(".wav")) {
      return { status: 200, headers: { "content-type": "audio/wav" }, body: fakeAudio(prediction) };
    }
    if (name.endsWith(".mp3")) {
      return { status: 200, headers: { "content-type": "audio/mpeg" }, body: await tinyMp3() };
    }
    const isVideo = name.endsWith(".mp4");
    return {
      status: 200,
      headers: { "content-type": isVideo ? "video/mp4" : "image/png" },
      body: isVideo ? await tinyMp4() : await pngOfSize(96, 64),
    };
  }

  async function handle(request: RecordedRequest): Promise<FakeReply> {
    const route = request.route as ReplicateRoute;
    const scripted =
      script.next(route) ??
      (route !== "files" && Math.random() < (options.faultRate ?? 0) ? injectedFault() : undefined);
    if (scripted) {
      return problemReply(scripted);
    }
    if (route === "files") {
      return serveFile(request.path);
    }
    if (options.apiToken && request.headers.authorization !== `Bearer ${options.apiToken}`) {
      return problemReply(replicateErrors.unauthenticated());
    }
    const id = request.path.split("/")[3] ?? "";
    switch (route) {
      case "predictions.create": {
        const body = (request.json ?? {}) as Record<string, unknown>;
        const input = body.input as Record<string, unknown> | undefined;
        // Speech models read `text`, everything else a `prompt`.
        const words = input?.prompt ?? input?.text;
        if (typeof words !== "string" || words.length === 0) {
          const field = input && "text" in input ? "text" : "prompt";
          return problemReply(
            replicateErrors.invalidInput(`input.${field}`, `${field} is required`),
          );
        }
        const plan = plans.shift() ?? options.defaultPlan ?? {};
        const prediction = createPrediction({ origin, path: request.path, body, plan });
        predictions.set(prediction.json.id, prediction);
        return { status: 201, body: prediction.json };
      }
      case "predictions.get":
      case "predictions.cancel": {
        const prediction = predictions.get(id);
        if (!prediction) {
          return problemReply(replicateErrors.notFound());
        }
        const finished =
          route === "predictions.get"
            ? advancePrediction(prediction)
            : finishPrediction(prediction, "canceled");
        if (finished) {
          await sendWebhook(prediction);
        }
        return { status: 200, body: prediction.json };
      }
      case "account":
        return {
          status: 200,
          body: { type: "user", username: "greenlight-test", name: "Greenlight Test" },
        };
      default:
        return problemReply(replicateErrors.notFound());
    }
  }

  const server = await startFakeHttpServer(routeOf, handle);
  origin = server.url;
  return {
    url: `${server.url}/v1`,
    requests: server.requests,
    count: (route) => server.count(route),
    script: (route, ...replies) => script.push(route, replies),
    outage: (route, ms, reply) => outages.set(route, { until: Date.now() + ms, reply }),
    planNextPrediction: (plan) => plans.push(plan),
    predictions,
    async finish(id) {
      const prediction = predictions.get(id);
      if (prediction && finishPrediction(prediction)) {
        await sendWebhook(prediction);
      }
    },
    expireOutputs: () => {
      outputsExpired = true;
    },
    webhookDeliveries,
    close: () => server.close(),
  };
}
