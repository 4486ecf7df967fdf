import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as webhookRoute from "../../src/app/api/webhooks/replicate/route";
import { parseEnv } from "../../src/server/config/env";
import { createContainer, setContainer } from "../../src/server/container";
import { openDatabase } from "../../src/server/db/client";
import type { TaskBusMessage } from "../../src/server/events/task-bus";
import { type ReplicateFake, startReplicateFake } from "../fakes/replicate-fake";
import { signedWebhookHeaders } from "../fakes/replicate-fake-bodies";
import { createTestContainer, type TestContainer } from "../helpers/test-container";
import { silentLogger, waitFor, waitForStatus } from "../helpers/test-engine";
import { serveRoute } from "./route-server";
import { characterVideoRequest, showReadyForReplicateVideo } from "./show-setup";

const apiToken = "r8_webhook_test";
const secret = `whsec_${Buffer.from("greenlight webhook secret").toString("base64")}`;

const webhook = (body: string, headers: Record<string, string>) =>
  webhookRoute.POST(
    new Request("http://localhost/api/webhooks/replicate", { method: "POST", headers, body }),
  );

describe("Replicate webhook", () => {
  let replicate: ReplicateFake;
  let app: Awaited<ReturnType<typeof serveRoute>>;
  let t: TestContainer;
  beforeAll(async () => {
    replicate = await startReplicateFake({ apiToken, webhookSecret: secret });
    app = await serveRoute(webhookRoute.POST);
    t = await createTestContainer({
      REPLICATE_API_TOKEN: apiToken,
      REPLICATE_BASE_URL: replicate.url,
      REPLICATE_WEBHOOK_SECRET: secret,
      PUBLIC_URL: app.origin,
      // Far longer than the test waits: only the webhook can end the wait in time.
      PROVIDER_POLL_INTERVAL_MS: "45000",
    });
    setContainer(t.container);
  });
  afterAll(async () => {
    setContainer(null);
    await t?.close();
    await Promise.all([app?.close(), replicate?.close()]);
  });

  it("refuses a bad or missing signature with 401 and acknowledges a good one with 200", async () => {
    const body = JSON.stringify({ id: "p_unknown", status: "succeeded" });
    const signed = signedWebhookHeaders(body, secret);

    const forged = await webhook(body, { ...signed, "webhook-signature": "v1,Zm9yZ2Vk" });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({
      error: { code: "bad_signature", message: "Webhook refused: bad_signature" },
    });
    expect((await webhook(body, { "content-type": "application/json" })).status).toBe(401);
    const tampered = await webhook(body.replace("succeeded", "failed"), signed);
    expect(tampered.status).toBe(401);

    const good = await webhook(body, signed);
    expect(good.status).toBe(200);
    // Nobody here polls p_unknown: the nudge goes on to whichever process might.
    expect(await good.json()).toEqual({ received: true, nudged: "forwarded" });
  });

  it("is passed to Replicate and wakes a video's poll wait when the prediction finishes", async () => {
    const { engine } = t.container;
    const show = await showReadyForReplicateVideo(engine);
    replicate.planNextPrediction({ pollsUntilDone: 1_000 });
    const { task } = await engine.request(characterVideoRequest(show));

    const predictionId = await waitFor(async () => {
      const detail = await engine.get(task.id);
      return (detail.checkpoint as { jobId?: string } | null)?.jobId;
    });
    const create = replicate.requests.find((request) => request.route === "predictions.create");
    expect(create?.json).toMatchObject({
      webhook: `${app.origin}/api/webhooks/replicate`,
      webhook_events_filter: ["completed"],
    });
    // The first poll has happened and the attempt now sleeps 45 s before the next one.
    await waitFor(async () => replicate.count("predictions.get") >= 1);

    const finishedAt = Date.now();
    await replicate.finish(predictionId);
    expect(replicate.webhookDeliveries).toEqual([
      { url: `${app.origin}/api/webhooks/replicate`, status: 200 },
    ]);
    await waitForStatus(engine, task.id, "succeeded", 15_000);
    expect(Date.now() - finishedAt).toBeLessThan(15_000);
    expect(replicate.count("predictions.create")).toBe(1);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "reaches the worker's process when an app server without a worker receives it (PostgreSQL)",
    async () => {
      const workerDatabase = t.container.database;
      const appDatabase = await openDatabase({ kind: "postgres", url: workerDatabase.url! });
      const appServer = await createContainer({
        env: parseEnv({ DATA_DIR: t.dataDir, WORKER: "off", REPLICATE_WEBHOOK_SECRET: secret }),
        database: appDatabase,
        logger: silentLogger,
        worker: false,
      });
      const seenByWorker: TaskBusMessage[] = [];
      const unsubscribe = t.container.bus.subscribe((message) => seenByWorker.push(message));
      try {
        setContainer(appServer);
        const body = JSON.stringify({ id: "p_elsewhere", status: "succeeded" });
        const response = await webhook(body, signedWebhookHeaders(body, secret));
        expect(await response.json()).toEqual({ received: true, nudged: "forwarded" });
        // The worker's bus is a different LISTEN connection: only pg_notify can bring it this.
        await waitFor(async () =>
          seenByWorker.find(
            (message) => message.type === "job_nudge" && message.jobId === "p_elsewhere",
          ),
        );
      } finally {
        unsubscribe();
        setContainer(t.container);
        await appServer.close();
        await appDatabase.close();
      }
    },
  );
});
