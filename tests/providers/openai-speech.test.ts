import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readWavInfo } from "@/server/providers/audio/wav";
import { createOpenAISpeechProvider } from "@/server/providers/openai";
import type { SpeechRequest } from "@/server/providers/types";
import { toneWav } from "../fakes/fixture-media";
import {
  fakeSpeechSeconds,
  type OpenAIFake,
  openAIErrors,
  openAISpeechVoices,
  startOpenAIFake,
} from "../fakes/openai-fake";
import { expectProviderError } from "./provider-test-helpers";

const apiKey = "sk-test-greenlight";
let fake: OpenAIFake;

beforeEach(async () => {
  fake = await startOpenAIFake({ apiKey });
});
afterEach(async () => {
  await fake.close();
});

const speech = () => createOpenAISpeechProvider({ apiKey, baseURL: fake.url });

const line = "The tide took the church bell in nineteen fifty three. Nobody rang it since.";

const request = (fields: Partial<SpeechRequest> = {}): SpeechRequest => ({
  text: line,
  voice: { voiceId: "coral", pitch: 52, rate: 175, notes: "Woman, about 64; Scottish accent" },
  instructions: "Woman, about 64; Scottish accent; quietly, to herself",
  context: { purpose: "dialogue", speaker: "Maren" },
  model: "gpt-4o-mini-tts",
  ...fields,
});

const sentBody = () => fake.requests.at(-1)?.json as Record<string, unknown>;

describe("OpenAI speech", () => {
  it("speaks in the cast voice with the notes and delivery as instructions, as WAV", async () => {
    const result = await speech().speak!(request());

    expect(fake.count("audio.speech")).toBe(1);
    expect(sentBody()).toEqual({
      model: "gpt-4o-mini-tts",
      voice: "coral",
      input: line,
      instructions: "Woman, about 64; Scottish accent; quietly, to herself",
      response_format: "wav",
    });
    expect(result).toMatchObject({ mime: "audio/wav", model: "gpt-4o-mini-tts" });
    expect(result.durationSeconds).toBeCloseTo(fakeSpeechSeconds(line), 3);
  });

  it("repairs the streamed WAV header, so the file says how long it really is", async () => {
    const result = await speech().speak!(request());
    const info = readWavInfo(result.data)!;
    expect(result.data.readUInt32LE(4)).toBe(result.data.length - 8);
    expect(info.dataBytes).toBe(result.data.length - 44);
    expect(result.data.readUInt32LE(40)).toBe(info.dataBytes);
    expect(info).toMatchObject({ sampleRate: 24_000, channels: 1, bitsPerSample: 16 });
  });

  it("bills the audio by the minute and the text read", async () => {
    const result = await speech().speak!(request());
    const seconds = fakeSpeechSeconds(line);
    const characters = line.length + request().instructions.length;
    const expected = 0.015 * (seconds / 60) + (characters / 1_000_000) * 0.15;
    expect(result.costUsd).toBeCloseTo(Math.round(expected * 10_000) / 10_000, 4);
    expect(result.costUsd).toBeGreaterThan(0);
  });

  it("sends a fast or slow voice's rate as speed, and none for a voice at 1×", async () => {
    await speech().speak!(request({ voice: { ...request().voice, rate: 210 } }));
    expect(sentBody().speed).toBe(1.2);
    await speech().speak!(request({ voice: { ...request().voice, rate: 172 } }));
    expect(sentBody().speed).toBeUndefined();
  });

  it("leaves instructions out for tts-1, which does not take them", async () => {
    await speech().speak!(request({ model: "tts-1" }));
    expect(sentBody().instructions).toBeUndefined();
  });

  it("lists OpenAI's documented voices", () => {
    const voices = speech()
      .voices()
      .map((voice) => voice.voiceId);
    expect([...voices].sort()).toEqual([...openAISpeechVoices].sort());
  });

  it("429 is rate_limited after Retry-After, tried once (no SDK retries)", async () => {
    fake.script("audio.speech", openAIErrors.rateLimited(3));
    const error = await expectProviderError(speech().speak!(request()));
    expect(error).toMatchObject({
      code: "rate_limited",
      retryable: true,
      retryAfterMs: expect.toSatisfy((ms: number) => ms >= 3000 && ms <= 3300),
      requestId: fake.requests[0]?.reply?.headers["x-request-id"],
    });
    expect(fake.count("audio.speech")).toBe(1);
  });

  it("429 from a request-rate limit waits what its headers say", async () => {
    fake.script("audio.speech", openAIErrors.rateLimitedByReset("6s"));
    const error = await expectProviderError(speech().speak!(request()));
    expect(error.code).toBe("rate_limited");
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(6000);
  });

  it("503 is provider_unavailable and retryable; an empty quota is terminal", async () => {
    fake.script("audio.speech", openAIErrors.serverError(503));
    const unavailable = await expectProviderError(speech().speak!(request()));
    expect(unavailable).toMatchObject({ code: "provider_unavailable", retryable: true });
    expect(unavailable.userMessage).toMatch(/503/);

    fake.script("audio.speech", openAIErrors.insufficientQuota());
    const quota = await expectProviderError(speech().speak!(request()));
    expect(quota).toMatchObject({ code: "quota", retryable: false });
  });

  it("a wrong key is auth; a voice OpenAI does not have is invalid_input", async () => {
    const wrongKey = createOpenAISpeechProvider({ apiKey: "sk-wrong", baseURL: fake.url });
    expect((await expectProviderError(wrongKey.speak!(request()))).code).toBe("auth");
    const unknown = await expectProviderError(
      speech().speak!(request({ voice: { ...request().voice, voiceId: "en-us+m3" } })),
    );
    expect(unknown).toMatchObject({ code: "invalid_input", retryable: false });
    expect(unknown.userMessage).toMatch(/voice/);
  });

  it("an answer with no audio (nothing, or a header alone) is retryable, not a silent line", async () => {
    for (const body of [Buffer.alloc(0), toneWav(0, { streamedHeader: true })]) {
      fake.script("audio.speech", {
        raw: { status: 200, headers: { "content-type": "audio/wav" }, body },
      });
      const error = await expectProviderError(speech().speak!(request()));
      expect(error).toMatchObject({ code: "provider_unavailable", retryable: true });
    }
  });

  it("a canceled task stops the request", async () => {
    fake.script("audio.speech", {
      raw: { status: 200, delayMs: 2_000, headers: { "content-type": "audio/wav" }, body: "x" },
    });
    const controller = new AbortController();
    const speaking = speech().speak!(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await expectProviderError(speaking);
    expect(error.code).toBe("canceled");
  });
});
