import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { liveActionBlueprint } from "@/server/providers/offline/image/test-fixtures";
import {
  createOpenAIImageProvider,
  createOpenAISpeechProvider,
  createOpenAITextProvider,
} from "@/server/providers/openai";
import type { ImageRequest, SpeechRequest, TextRequest } from "@/server/providers/types";
import { type Blueprint, blueprintSchema } from "@/server/shows/documents";
import { type OpenAIFake, openAIErrors, startOpenAIFake } from "../fakes/openai-fake";
import { expectProviderError } from "./provider-test-helpers";

const apiKey = "sk-test-greenlight";
let fake: OpenAIFake;

beforeEach(async () => {
  fake = await startOpenAIFake({ apiKey });
});
afterEach(async () => {
  await fake.close();
});

const day = (date: string) => () => new Date(`${date}T09:00:00Z`);

/**
 * Adapters talking to the fake as if it were api.openai.com: the schedule applies (it applies by
 * default only to OpenAI's own host, which a test must never call).
 */
const asOpenAI = (today: string) => ({
  apiKey,
  baseURL: fake.url,
  enforceShutdowns: true,
  now: day(today),
});

const blueprint = (model: string): TextRequest<Blueprint> => ({
  schema: blueprintSchema,
  name: "blueprint",
  system: "You develop television series.",
  prompt: "A lighthouse keeper discovers the lamp summons ships from other centuries.",
  context: { kind: "blueprint", premise: "A lighthouse keeper…", guardrails: "" },
  model,
});

const poster = (model: string): ImageRequest => ({
  prompt: "The lighthouse at dusk.",
  references: [],
  size: { width: 800, height: 1200 },
  context: { purpose: "poster", blueprint: liveActionBlueprint, cast: [], grid: null },
  model,
});

const line = (model: string): SpeechRequest => ({
  text: "The lamp is lit.",
  voice: { voiceId: "coral", pitch: 52, rate: 175, notes: "" },
  instructions: "",
  context: { purpose: "dialogue", speaker: "Maren" },
  model,
});

describe("a model past its shutdown date", () => {
  it("text: the task's error is one sentence, and no request goes out", async () => {
    const text = createOpenAITextProvider(asOpenAI("2026-12-11"));
    const error = await expectProviderError(text.generateObject(blueprint("gpt-5-mini")));

    expect(error.userMessage).toBe(
      "OpenAI has shut down gpt-5-mini; choose another text model in the show's settings.",
    );
    expect(error).toMatchObject({ code: "not_found", retryable: false });
    expect(fake.requests).toHaveLength(0);
  });

  it("a dated snapshot follows its model's date", async () => {
    const text = createOpenAITextProvider(asOpenAI("2026-12-12"));
    const error = await expectProviderError(
      text.generateObject(blueprint("gpt-5-mini-2025-08-07")),
    );
    expect(error.userMessage).toMatch(/^OpenAI has shut down gpt-5-mini-2025-08-07;/);
    expect(fake.requests).toHaveLength(0);
  });

  it("the day before its shutdown the model is still called", async () => {
    const text = createOpenAITextProvider(asOpenAI("2026-12-10"));
    await text.generateObject(blueprint("gpt-5-mini"));
    expect(fake.count("responses")).toBe(1);
  });

  it("images: gpt-image-1.5 (shut down 1 Dec 2026) is refused, its replacement drawn", async () => {
    const images = createOpenAIImageProvider(asOpenAI("2026-12-03"));
    const error = await expectProviderError(images.generate(poster("gpt-image-1.5")));
    expect(error.userMessage).toBe(
      "OpenAI has shut down gpt-image-1.5; choose another image model in the show's settings.",
    );
    expect(fake.requests).toHaveLength(0);

    const result = await images.generate(poster("gpt-image-2.6-sunburst"));
    expect(fake.requests[0]?.json).toMatchObject({ model: "gpt-image-2.6-sunburst" });
    // No input_fidelity, quality or background: the defaults hold on GPT Image 2.6.
    expect(fake.requests[0]?.json).not.toHaveProperty("quality");
    expect(fake.requests[0]?.json).not.toHaveProperty("background");
    // 50 text tokens in at $5/M + 4160 image tokens out at $30/M.
    expect(result.costUsd).toBeCloseTo(0.1251, 4);
  });

  it("speech: the endpoint's models are refused from 6 Jan 2027, not before", async () => {
    const before = createOpenAISpeechProvider(asOpenAI("2027-01-05"));
    await before.speak!(line("tts-1"));
    expect(fake.count("audio.speech")).toBe(1);

    const after = createOpenAISpeechProvider(asOpenAI("2027-01-06"));
    const error = await expectProviderError(after.speak!(line("gpt-4o-mini-tts")));
    expect(error.userMessage).toBe(
      "OpenAI has shut down gpt-4o-mini-tts; choose another speech model in the show's settings.",
    );
    expect(fake.count("audio.speech")).toBe(1);
  });

  it("against another OpenAI-compatible server the server decides: the request goes out", async () => {
    const text = createOpenAITextProvider({ apiKey, baseURL: fake.url, now: day("2027-06-01") });
    await text.generateObject(blueprint("gpt-5-mini"));
    expect(fake.count("responses")).toBe(1);
  });
});

describe("OpenAI's 404 for a retired model", () => {
  it("becomes the same sentence, terminal, after one request", async () => {
    fake.script("responses", openAIErrors.modelShutDown("gpt-5-mini"));
    // The schedule does not apply here (another server), so only OpenAI's answer tells.
    const text = createOpenAITextProvider({ apiKey, baseURL: fake.url });
    const error = await expectProviderError(text.generateObject(blueprint("gpt-5-mini")));

    expect(error.userMessage).toBe(
      "OpenAI has shut down gpt-5-mini; choose another text model in the show's settings.",
    );
    expect(error).toMatchObject({ code: "not_found", retryable: false });
    // Not taken for a server without the Responses API: no second try on chat completions.
    expect(fake.count("chat.completions")).toBe(0);
  });

  it("on an image edit too", async () => {
    await fake.close();
    fake = await startOpenAIFake({ apiKey, shutDownModels: ["gpt-image-1"] });
    const images = createOpenAIImageProvider({ apiKey, baseURL: fake.url });
    const error = await expectProviderError(images.generate(poster("gpt-image-1")));
    expect(error.userMessage).toBe(
      "OpenAI has shut down gpt-image-1; choose another image model in the show's settings.",
    );
  });

  it("an unknown model keeps OpenAI's own words", async () => {
    fake.script("responses", openAIErrors.modelNotFound("gpt-9"));
    const text = createOpenAITextProvider({ apiKey, baseURL: fake.url });
    const error = await expectProviderError(text.generateObject(blueprint("gpt-9")));
    expect(error.userMessage).toMatch(/^OpenAI has no model "gpt-9" for this key/);
  });
});
