import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import { createOpenAITextProvider } from "@/server/providers/openai";
import type { TextRequest } from "@/server/providers/types";
import { type Blueprint, blueprintSchema } from "@/server/shows/documents";
import { textLimits } from "@/server/shows/text-limits";
import { type OpenAIFake, openAIErrors, startOpenAIFake } from "../fakes/openai-fake";
import { closedPortUrl, expectProviderError } from "./provider-test-helpers";

const apiKey = "sk-test-greenlight";
let fake: OpenAIFake;

beforeEach(async () => {
  fake = await startOpenAIFake({ apiKey });
});
afterEach(async () => {
  await fake.close();
});

const blueprintRequest = (model = "gpt-4.1-mini"): TextRequest<Blueprint> => ({
  schema: blueprintSchema,
  name: "blueprint",
  system: "You develop television series.",
  prompt: "A lighthouse keeper discovers the lamp summons ships from other centuries.",
  context: { kind: "blueprint", premise: "A lighthouse keeper…", guardrails: "" },
  model,
});

interface SentResponsesBody {
  instructions: string;
  input: string;
  text: {
    format: { type: string; name: string; strict: boolean; schema: Record<string, unknown> };
  };
}

interface SentChatBody {
  messages: unknown[];
  response_format: unknown;
}

const provider = (overrides: { apiKey?: string; baseURL?: string; timeoutMs?: number } = {}) =>
  createOpenAITextProvider({ apiKey, baseURL: fake.url, ...overrides });

describe("OpenAI text through the Responses API", () => {
  it("sends a strict JSON schema and returns the validated document with usage and cost", async () => {
    const result = await provider().generateObject(blueprintRequest());

    expect(blueprintSchema.parse(result.value)).toEqual(result.value);
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
    expect(result.costUsd).toBeGreaterThan(0);
    const [sent] = fake.requests;
    expect(sent?.route).toBe("responses");
    expect(sent?.headers.authorization).toBe(`Bearer ${apiKey}`);
    const body = sent?.json as SentResponsesBody;
    expect(body.instructions).toBe("You develop television series.");
    expect(body.input).toContain("lighthouse");
    expect(body.text.format).toMatchObject({
      type: "json_schema",
      name: "blueprint",
      strict: true,
    });
    expect(body.text.format.schema.additionalProperties).toBe(false);
    expect(JSON.stringify(body.text.format.schema)).not.toContain("minLength");
  });

  it("returns exactly the document the model wrote", async () => {
    fake.script("responses", { document: liveActionBlueprint });
    const result = await provider().generateObject(blueprintRequest());
    expect(result.value).toEqual(liveActionBlueprint);
  });

  it("cuts a field the model wrote too long at a word instead of failing the paid document", async () => {
    const logline = `${liveActionBlueprint.logline} `.repeat(12);
    fake.script("responses", { document: { ...liveActionBlueprint, logline } });
    const result = await provider().generateObject(blueprintRequest());
    expect(result.value.logline.length).toBeLessThanOrEqual(textLimits.logline);
    expect(logline.startsWith(result.value.logline.slice(0, -1))).toBe(true);
    expect(result.value.logline).toMatch(/\w…$/);
    expect(result.value.title).toBe(liveActionBlueprint.title);
    expect(fake.count("responses")).toBe(1);
  });

  it("turns a refusal into a terminal error quoting it", async () => {
    fake.script("responses", { kind: "refusal", refusal: "I can't help with that request." });
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({ code: "refusal", classification: "terminal" });
    expect(error.userMessage).toContain("I can't help with that request.");
    expect(error.requestId).toBe(fake.requests[0]?.reply?.headers["x-request-id"]);
  });

  it("turns output cut off at max_output_tokens into a terminal truncated error", async () => {
    fake.script("responses", {
      kind: "incomplete",
      reason: "max_output_tokens",
      text: '{"title":"The Lamp',
    });
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({ code: "truncated", retryable: false });
    expect(error.userMessage).toMatch(/output tokens/);
  });

  it("treats a content-filtered answer as moderation", async () => {
    fake.script("responses", { kind: "incomplete", reason: "content_filter", text: "" });
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error.code).toBe("moderation");
  });

  it("retries broken JSON and documents that miss the schema", async () => {
    fake.script(
      "responses",
      { kind: "text", text: '{"title": "Half' },
      { document: { title: "" } },
    );
    const broken = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(broken).toMatchObject({ code: "provider_unavailable", retryable: true });
    const misfit = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(misfit).toMatchObject({ code: "provider_unavailable", retryable: true });
    expect(misfit.userMessage).toContain("blueprint did not fit its schema");
  });
});

describe("OpenAI error envelopes", () => {
  it("400 is a terminal invalid request with OpenAI's message", async () => {
    fake.script(
      "responses",
      openAIErrors.badRequest(
        "Invalid schema for response_format 'blueprint'.",
        "text.format.schema",
      ),
    );
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({ code: "invalid_input", retryable: false, provider: "openai" });
    expect(error.userMessage).toContain("Invalid schema for response_format");
    expect(error.requestId).toMatch(/^req_/);
  });

  it("401 from a wrong key is bad_key", async () => {
    const error = await expectProviderError(
      provider({ apiKey: "sk-wrong" }).generateObject(blueprintRequest()),
    );
    expect(error).toMatchObject({ code: "auth", retryable: false });
    expect(error.userMessage).toContain("OPENAI_API_KEY");
  });

  it("429 is retryable with Retry-After and the SDK does not retry it itself", async () => {
    fake.script("responses", openAIErrors.rateLimited(7));
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({
      code: "rate_limited",
      retryable: true,
      retryAfterMs: expect.toSatisfy((ms: number) => ms >= 7000 && ms <= 7700),
    });
    expect(error.requestId).toBe(fake.requests[0]?.reply?.headers["x-request-id"]);
    expect(fake.count("responses")).toBe(1);
  });

  it("429 insufficient_quota is terminal: waiting does not add credit", async () => {
    fake.script("responses", openAIErrors.insufficientQuota());
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({ code: "quota", retryable: false });
    expect(error.userMessage).toMatch(/billing/);
  });

  it.each([500, 503])("%i is a retryable server error, sent once", async (status) => {
    fake.script("responses", openAIErrors.serverError(status));
    const error = await expectProviderError(provider().generateObject(blueprintRequest()));
    expect(error).toMatchObject({ code: "provider_unavailable", retryable: true });
    expect(fake.count("responses")).toBe(1);
  });

  it("404 for an unknown model is not_found and does not fall back to chat", async () => {
    fake.script("responses", openAIErrors.modelNotFound("gpt-9"));
    const error = await expectProviderError(provider().generateObject(blueprintRequest("gpt-9")));
    expect(error).toMatchObject({ code: "not_found", retryable: false });
    expect(fake.count("chat.completions")).toBe(0);
  });

  it("a closed port is a retryable network error", async () => {
    const error = await expectProviderError(
      provider({ baseURL: await closedPortUrl() }).generateObject(blueprintRequest()),
    );
    expect(error).toMatchObject({ code: "network", retryable: true });
  });

  it("a server slower than the timeout is a retryable timeout", async () => {
    fake.script("responses", { raw: { status: 200, body: {}, delayMs: 2_000 } });
    const error = await expectProviderError(
      provider({ timeoutMs: 200 }).generateObject(blueprintRequest()),
    );
    expect(error).toMatchObject({ code: "timeout", retryable: true });
  });
});

describe("OpenAI-compatible servers without the Responses API", () => {
  it("falls back to Chat Completions once and remembers it", async () => {
    await fake.close();
    fake = await startOpenAIFake({ apiKey, responsesApi: false });
    const text = provider();

    const first = await text.generateObject(blueprintRequest("llama3.1"));
    const second = await text.generateObject(blueprintRequest("llama3.1"));

    expect(blueprintSchema.parse(first.value)).toEqual(first.value);
    expect(second.value).toEqual(first.value);
    expect(fake.count("responses")).toBe(1);
    expect(fake.count("chat.completions")).toBe(2);
    const body = fake.requests.find((request) => request.route === "chat.completions")
      ?.json as SentChatBody;
    expect(body.response_format).toMatchObject({
      type: "json_schema",
      json_schema: { name: "blueprint", strict: true },
    });
    expect(body.messages).toEqual([
      { role: "system", content: "You develop television series." },
      { role: "user", content: blueprintRequest().prompt },
    ]);
  });

  it("maps chat refusals and length stops like the Responses API", async () => {
    await fake.close();
    fake = await startOpenAIFake({ apiKey, responsesApi: false });
    fake.script(
      "chat.completions",
      { kind: "refusal", refusal: "No." },
      { kind: "incomplete", reason: "max_output_tokens", text: "{" },
    );
    const text = provider();
    expect((await expectProviderError(text.generateObject(blueprintRequest()))).code).toBe(
      "refusal",
    );
    expect((await expectProviderError(text.generateObject(blueprintRequest()))).code).toBe(
      "truncated",
    );
  });
});
