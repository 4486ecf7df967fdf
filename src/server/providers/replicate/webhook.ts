import { createHmac, timingSafeEqual } from "node:crypto";

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export type WebhookVerification =
  | { valid: true; webhookId: string }
  | { valid: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

export interface VerifyWebhookOptions {
  /** Replays older (or newer) than this are refused; the Standard Webhooks spec suggests 5 min. */
  toleranceSeconds?: number;
  now?: Date;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) {
    return headers.get(name) ?? undefined;
  }
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a webhook from Replicate (the Standard Webhooks scheme): the signature is
 * base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<raw body>")), the key is the secret
 * after its `whsec_` prefix, base64-decoded, and `webhook-signature` lists space-separated
 * "v1,<signature>" entries of which one must match. Pass the body exactly as received: parsing and
 * re-serialising JSON changes the bytes.
 */
export function verifyReplicateWebhook(
  headers: WebhookHeaders,
  body: string | Buffer,
  secret: string,
  options: VerifyWebhookOptions = {},
): WebhookVerification {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) {
    return { valid: false, reason: "missing_headers" };
  }
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const sentSeconds = Number(timestamp);
  if (
    !Number.isFinite(sentSeconds) ||
    Math.abs(nowSeconds - sentSeconds) > (options.toleranceSeconds ?? 300)
  ) {
    return { valid: false, reason: "stale_timestamp" };
  }
  const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest();
  const matches = signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",", 2);
    if (version !== "v1" || !signature) {
      return false;
    }
    const given = Buffer.from(signature, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { valid: true, webhookId: id } : { valid: false, reason: "bad_signature" };
}
