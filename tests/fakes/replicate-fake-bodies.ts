import { createHmac, randomBytes } from "node:crypto";

/** Replicate's problem-details error body. */
export interface ProblemBody {
  title: string;
  detail: string;
  status: number;
  invalid_fields?: { type: string; field: string; description: string }[];
  [extra: string]: unknown;
}

export interface FakeErrorReply {
  status: number;
  problem: ProblemBody;
  headers?: Record<string, string>;
  drop?: boolean;
}

/** The error answers the real API gives, for scripting. */
export const replicateErrors = {
  unauthenticated: (): FakeErrorReply => ({
    status: 401,
    problem: {
      title: "Unauthenticated",
      detail: "You did not pass a valid authentication token",
      status: 401,
    },
  }),
  insufficientCredit: (): FakeErrorReply => ({
    status: 402,
    problem: {
      title: "Insufficient credit",
      detail:
        "You have insufficient credit to run this model. Go to https://replicate.com/account/billing#billing to purchase credit.",
      status: 402,
    },
  }),
  notFound: (): FakeErrorReply => ({
    status: 404,
    problem: {
      title: "Not found",
      detail: "The requested resource could not be found.",
      status: 404,
    },
  }),
  invalidInput: (field: string, description: string): FakeErrorReply => ({
    status: 422,
    problem: {
      title: "Input validation failed",
      detail: `- ${field}: ${description}`,
      status: 422,
      invalid_fields: [{ type: "invalid", field, description }],
    },
  }),
  throttled: (retryAfterSeconds: number): FakeErrorReply => ({
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    problem: {
      title: "Request was throttled",
      detail: `Request was throttled. Your rate limit resets in ~${retryAfterSeconds}s.`,
      status: 429,
      retry_after: retryAfterSeconds,
    },
  }),
  serverError: (status = 500): FakeErrorReply => ({
    status,
    problem: { title: "Internal server error", detail: "Something went wrong on our end.", status },
  }),
  /** A gateway in front of the API that is down: 503 with an HTML page, not problem details. */
  unavailable: (): FakeErrorReply => ({
    status: 503,
    problem: { title: "Service Unavailable", detail: "upstream connect error", status: 503 },
  }),
  /** Close the connection without answering. */
  dropConnection: (): FakeErrorReply => ({
    status: 0,
    problem: { title: "", detail: "", status: 0 },
    drop: true,
  }),
};

/** Replicate prediction ids: 26 lowercase base32 characters. */
export function newPredictionId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return Array.from(randomBytes(26), (byte) => alphabet[byte % 32]).join("");
}

/** Progress lines the way models print them over `total` steps, up to step `done`. */
export function progressLogs(
  style: "tqdm" | "percent" | "none",
  done: number,
  total: number,
): string {
  const lines = ["Starting prediction"];
  for (let step = 1; step <= done; step += 1) {
    const percent = Math.round((step / total) * 100);
    if (style === "tqdm") {
      const bar = "█".repeat(Math.round(percent / 10)).padEnd(10, " ");
      lines.push(
        `${String(percent).padStart(3)}%|${bar}| ${step}/${total} [00:0${step}<00:0${total - step}, 1.00it/s]`,
      );
    } else if (style === "percent") {
      lines.push(`Generating video... ${percent}%`);
    } else {
      lines.push("Waiting for the model");
    }
  }
  return lines.join("\n");
}

/** Standard Webhooks headers for a body, signed with a `whsec_` secret as Replicate does. */
export function signedWebhookHeaders(
  body: string,
  secret: string,
  now = new Date(),
): Record<string, string> {
  const id = `msg_${randomBytes(12).toString("hex")}`;
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": `v1,${signature}`,
  };
}
