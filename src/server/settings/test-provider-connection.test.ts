import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenAIFake, openAIErrors, startOpenAIFake } from "../../../tests/fakes/openai-fake";
import {
  type ReplicateFake,
  replicateErrors,
  startReplicateFake,
} from "../../../tests/fakes/replicate-fake";
import { closedPortUrl } from "../../../tests/providers/provider-test-helpers";
import { parseEnv } from "../config/env";
import { testProviderConnection } from "./test-provider-connection";

const openAIKey = "sk-test-connection";
const replicateToken = "r8_test_connection";

describe("test connection", () => {
  let openai: OpenAIFake;
  let replicate: ReplicateFake;
  beforeAll(async () => {
    [openai, replicate] = await Promise.all([
      startOpenAIFake({ apiKey: openAIKey }),
      startReplicateFake({ apiToken: replicateToken }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([openai.close(), replicate.close()]);
  });

  const openAIEnv = (overrides: Record<string, string> = {}) =>
    parseEnv({ OPENAI_API_KEY: openAIKey, OPENAI_BASE_URL: openai.url, ...overrides });
  const replicateEnv = (overrides: Record<string, string> = {}) =>
    parseEnv({
      REPLICATE_API_TOKEN: replicateToken,
      REPLICATE_BASE_URL: replicate.url,
      ...overrides,
    });

  it("offline always connects", async () => {
    expect(await testProviderConnection(parseEnv({}), { provider: "offline" })).toMatchObject({
      ok: true,
    });
  });

  it("an unconfigured provider says which variable to set", async () => {
    expect(await testProviderConnection(parseEnv({}), { provider: "openai" })).toEqual({
      ok: false,
      message: "OpenAI is not configured: set OPENAI_API_KEY on the server.",
    });
    expect(await testProviderConnection(parseEnv({}), { provider: "replicate" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("REPLICATE_API_TOKEN"),
    });
  });

  it("OpenAI: lists models through the SDK with the server's key", async () => {
    const result = await testProviderConnection(openAIEnv(), { provider: "openai" });
    expect(result).toEqual({
      ok: true,
      message: `Connected to OpenAI at ${new URL(openai.url).host}: 8 models available.`,
    });
    const [request] = openai.requests.filter((entry) => entry.route === "models.list");
    expect(request?.headers.authorization).toBe(`Bearer ${openAIKey}`);
  });

  it("OpenAI: a bad key, a rate limit and a server that is down each read clearly", async () => {
    const badKey = await testProviderConnection(openAIEnv({ OPENAI_API_KEY: "sk-wrong" }), {
      provider: "openai",
    });
    expect(badKey.ok).toBe(false);
    expect(badKey.message).toMatch(/rejected the API key.*OPENAI_API_KEY/);

    openai.script("models.list", openAIErrors.rateLimited(3));
    const limited = await testProviderConnection(openAIEnv(), { provider: "openai" });
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/rate limiting/) });
    expect(limited.message).toMatch(/\(request req_/);

    const down = await closedPortUrl();
    const unreachable = await testProviderConnection(openAIEnv({ OPENAI_BASE_URL: down }), {
      provider: "openai",
    });
    expect(unreachable).toEqual({
      ok: false,
      message: `Could not reach OpenAI at ${new URL(down).host}. Check the URL and that the server is reachable.`,
    });
  });

  it("Replicate: reads the account through the client", async () => {
    expect(await testProviderConnection(replicateEnv(), { provider: "replicate" })).toEqual({
      ok: true,
      message: "Connected to Replicate as greenlight-test.",
    });
    expect(replicate.count("account")).toBe(1);
  });

  it("Replicate: a bad token and a server that is down each read clearly", async () => {
    const badToken = await testProviderConnection(
      replicateEnv({ REPLICATE_API_TOKEN: "r8_wrong" }),
      { provider: "replicate" },
    );
    expect(badToken).toEqual({
      ok: false,
      message:
        "Replicate rejected the API token. Check REPLICATE_API_TOKEN in the server configuration.",
    });

    replicate.script("account", replicateErrors.serverError(503));
    const flaky = await testProviderConnection(replicateEnv(), { provider: "replicate" });
    expect(flaky).toEqual({ ok: false, message: "Replicate had a server error; try again later." });

    const down = await closedPortUrl();
    const unreachable = await testProviderConnection(replicateEnv({ REPLICATE_BASE_URL: down }), {
      provider: "replicate",
    });
    expect(unreachable.message).toBe(
      `Could not reach Replicate at ${new URL(down).host}. Check the URL and that the server is reachable.`,
    );
  });
});
