import { describe, expect, it } from "vitest";
import { followsOpenAISchedule, isShutDown, shutdownOf } from "./model-lifecycle";

const on = (moment: string) => new Date(moment);

describe("OpenAI's shutdown schedule", () => {
  it("a model is shut down from its date on, by the UTC day", () => {
    expect(isShutDown("gpt-5-mini", on("2026-12-10T23:59:59Z"))).toBe(false);
    expect(isShutDown("gpt-5-mini", on("2026-12-11T00:00:00Z"))).toBe(true);
    expect(isShutDown("gpt-image-1.5", on("2026-12-03T12:00:00Z"))).toBe(true);
    expect(isShutDown("gpt-6.1-terra", on("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("a dated snapshot follows its model; a longer name is not a snapshot", () => {
    expect(shutdownOf("gpt-5-mini-2025-08-07")?.date).toBe("2026-12-11");
    expect(shutdownOf("gpt-4o-mini-tts-2025-12-15")?.date).toBe("2027-01-06");
    expect(shutdownOf("gpt-4o-realtime-preview")).toBeUndefined();
    expect(shutdownOf("gpt-5.1-codex")).toBeUndefined();
  });

  it("applies to api.openai.com, not to another OpenAI-compatible server", () => {
    expect(followsOpenAISchedule(undefined)).toBe(true);
    expect(followsOpenAISchedule("https://api.openai.com/v1")).toBe(true);
    expect(followsOpenAISchedule("http://localhost:11434/v1")).toBe(false);
    expect(followsOpenAISchedule("https://llm-proxy.example.com/v1")).toBe(false);
  });
});
