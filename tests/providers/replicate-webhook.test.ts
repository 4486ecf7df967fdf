import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createReplicateVideoProvider, verifyReplicateWebhook } from "@/server/providers/replicate";
import { startReplicateFake } from "../fakes/replicate-fake";
import { signedWebhookHeaders } from "../fakes/replicate-fake-bodies";

const secret = `whsec_${Buffer.from("greenlight-webhook-signing-key-0001").toString("base64")}`;
const body = JSON.stringify({ id: "gm3qorzdhhrj20cfvxpt6vc7c4", status: "succeeded" });

describe("verifyReplicateWebhook", () => {
  it("accepts the Standard Webhooks test vector", () => {
    const result = verifyReplicateWebhook(
      {
        "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "webhook-timestamp": "1614265330",
        "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
      },
      '{"test": 2432232314}',
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      { now: new Date(1614265330 * 1000) },
    );
    expect(result).toEqual({ valid: true, webhookId: "msg_p5jXN8AQM9LWM0D4loKWxJek" });
  });

  it("accepts a fresh signature, as Headers or a plain object, with several signatures listed", () => {
    const headers = signedWebhookHeaders(body, secret);
    const listed = {
      ...headers,
      "webhook-signature": `v1,bm90IGl0 ${headers["webhook-signature"]}`,
    };
    expect(verifyReplicateWebhook(new Headers(headers), body, secret).valid).toBe(true);
    expect(verifyReplicateWebhook(listed, Buffer.from(body), secret).valid).toBe(true);
  });

  it("refuses a changed body, another secret, an old timestamp and missing headers", () => {
    const headers = signedWebhookHeaders(body, secret);
    expect(verifyReplicateWebhook(headers, body.replace("succeeded", "failed"), secret)).toEqual({
      valid: false,
      reason: "bad_signature",
    });
    const otherSecret = `whsec_${Buffer.from("someone-else").toString("base64")}`;
    expect(verifyReplicateWebhook(headers, body, otherSecret).valid).toBe(false);
    const old = signedWebhookHeaders(body, secret, new Date(Date.now() - 10 * 60_000));
    expect(verifyReplicateWebhook(old, body, secret)).toEqual({
      valid: false,
      reason: "stale_timestamp",
    });
    expect(verifyReplicateWebhook({}, body, secret)).toEqual({
      valid: false,
      reason: "missing_headers",
    });
  });
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

it("a webhook the fake sends on completion verifies against the raw body", async () => {
  const verified: boolean[] = [];
  const receiver = createServer((request, response) => {
    void readBody(request).then((raw) => {
      verified.push(verifyReplicateWebhook(request.headers, raw, secret).valid);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/replicate`;
  const fake = await startReplicateFake({ webhookSecret: secret });
  try {
    const videos = createReplicateVideoProvider({ apiToken: "t", baseUrl: fake.url, webhookUrl });
    const { jobId } = await videos.submit({
      prompt: "A lighthouse at dusk.",
      references: [],
      durationSeconds: 4,
      aspect: "16:9",
      resolution: "720p",
      audio: false,
      // The webhook path needs no context: Veo only reads it to place references.
      context: { purpose: "character_video" } as never,
      model: "google/veo-3.1",
    });
    await fake.finish(jobId);
    expect(fake.webhookDeliveries).toEqual([{ url: webhookUrl, status: 204 }]);
    expect(verified).toEqual([true]);
  } finally {
    await fake.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
