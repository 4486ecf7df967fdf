import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as settingsRoute from "../../src/app/api/settings/route";
import * as testConnectionRoute from "../../src/app/api/settings/test-connection/route";
import { setContainer } from "../../src/server/container";
import { type OpenAIFake, startOpenAIFake } from "../fakes/openai-fake";
import { createTestOwner, type TestAccount } from "../helpers/test-accounts";
import { createTestContainer, type TestContainer } from "../helpers/test-container";

/** Requests carry the owner's API key: the accounts check lets them through to what is tested. */
let owner: TestAccount;
const asOwner = (url: string, init?: RequestInit) => owner.request(url, init);

const apiKey = "sk-settings-route-secret";

const testConnection = (body: unknown) =>
  testConnectionRoute.POST(
    asOwner("http://localhost/api/settings/test-connection", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("settings routes", () => {
  let openai: OpenAIFake;
  let t: TestContainer;
  beforeAll(async () => {
    openai = await startOpenAIFake({ apiKey });
    t = await createTestContainer({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: openai.url });
    setContainer(t.container);
    owner = await createTestOwner(t.container);
  });
  afterAll(async () => {
    setContainer(null);
    await t?.close();
    await openai?.close();
  });

  it("GET /api/settings lists providers and models and never the key", async () => {
    const response = await settingsRoute.GET(asOwner("http://localhost/api/settings"));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(apiKey);
    expect(JSON.parse(text)).toMatchObject({
      providers: {
        offline: { configured: true },
        openai: { configured: true, baseURL: openai.url },
        replicate: { configured: false, webhook: false },
      },
      defaults: { video: { provider: "offline", model: "offline-animatic-1" } },
    });
  });

  it("POST /api/settings/test-connection answers ok or why not, and 400 for an unknown provider", async () => {
    expect(await (await testConnection({ provider: "openai" })).json()).toMatchObject({ ok: true });
    expect(await (await testConnection({ provider: "replicate" })).json()).toMatchObject({
      ok: false,
      message: "Replicate is not configured: set REPLICATE_API_TOKEN on the server.",
    });
    const invalid = await testConnection({ provider: "sora" });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: { code: "invalid_input", field: "provider" },
    });
  });
});
