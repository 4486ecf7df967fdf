import { describe, expect, it } from "vitest";
import type { AudioProvider, ImageProvider, TextProvider, VideoProvider } from "../types";
import { limitProviderAdapters } from "./limit-providers";

/** Counts calls in flight; each call takes `ms`. */
function meter(ms: number) {
  let inFlight = 0;
  let peak = 0;
  const calls: string[] = [];
  const call = async <T>(name: string, value: T): Promise<T> => {
    calls.push(name);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    inFlight -= 1;
    return value;
  };
  return {
    call,
    calls,
    get peak() {
      return peak;
    },
  };
}

const imageRequest = { prompt: "a portrait", references: [], size: { width: 8, height: 8 } };

describe("per-provider concurrency limits", () => {
  it("ten portraits at once reach the provider at most N at a time", async () => {
    const provider = meter(20);
    const image: ImageProvider = {
      id: "paid",
      generate: (request) =>
        provider.call("generate", {
          data: Buffer.from(request.prompt),
          mime: "image/png" as const,
          size: request.size,
          model: request.model,
          costUsd: 0.04,
        }),
    };
    const limited = limitProviderAdapters({ image }, 3).image!;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        limited.generate({
          ...imageRequest,
          prompt: `portrait ${index}`,
          model: "m",
          context: {} as never,
        }),
      ),
    );
    expect(results).toHaveLength(10);
    expect(provider.calls).toHaveLength(10);
    expect(provider.peak).toBe(3);
    expect(limited.id).toBe("paid");
  });

  it("text and image of one provider share one budget", async () => {
    const provider = meter(20);
    const text: TextProvider = {
      id: "paid",
      generateObject: <T>() => provider.call("text", { value: {} as T, model: "m", costUsd: 0 }),
    };
    const image: ImageProvider = {
      id: "paid",
      generate: () =>
        provider.call("image", {
          data: Buffer.alloc(0),
          mime: "image/png" as const,
          size: { width: 1, height: 1 },
          model: "m",
          costUsd: 0,
        }),
    };
    const limited = limitProviderAdapters({ text, image }, 2);
    await Promise.all([
      ...Array.from({ length: 4 }, () => limited.text!.generateObject({ model: "m" } as never)),
      ...Array.from({ length: 4 }, () =>
        limited.image!.generate({ ...imageRequest, model: "m", context: {} as never }),
      ),
    ]);
    expect(provider.peak).toBe(2);
  });

  it("a video holds a slot per request, not for the whole job; cancel never queues", async () => {
    const provider = meter(10);
    const polls = new Map<string, number>();
    let submitted = 0;
    const video: VideoProvider & { close(): Promise<void> } = {
      id: "paid",
      submit: () => provider.call("submit", { jobId: `job-${++submitted}`, costUsd: 1 }),
      status: (jobId) => {
        polls.set(jobId, (polls.get(jobId) ?? 0) + 1);
        const state = (polls.get(jobId) ?? 0) >= 3 ? "succeeded" : "processing";
        return provider.call(`status ${jobId}`, { state } as const);
      },
      download: (jobId) =>
        provider.call(`download ${jobId}`, { data: Buffer.alloc(0), mime: "video/mp4" as const }),
      cancel: async () => ({ canceled: true, note: "stopped" }),
      close: async () => {},
    };
    const limited = limitProviderAdapters({ video }, 1).video!;
    const job = async () => {
      const { jobId } = await limited.submit({} as never);
      while ((await limited.status(jobId)).state !== "succeeded") {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return limited.download(jobId);
    };
    const jobs = Promise.all([job(), job(), job()]);
    expect(await limited.cancel("job-1")).toEqual({ canceled: true, note: "stopped" });
    await jobs;
    expect(provider.peak).toBe(1);
    // All three were submitted before any finished: a slow job does not hold the slot.
    const firstDownload = provider.calls.findIndex((name) => name.startsWith("download"));
    expect(provider.calls.slice(0, firstDownload).filter((name) => name === "submit")).toHaveLength(
      3,
    );
    expect(typeof (limited as { close?: unknown }).close).toBe("function");
  });

  it("speech shares the provider's budget with images; its voices and jobs pass through", async () => {
    const provider = meter(20);
    const audio: AudioProvider = {
      id: "paid",
      voices: () => [{ voiceId: "coral", label: "Coral" }],
      speak: (request) =>
        provider.call("speak", {
          data: Buffer.from(request.text),
          mime: "audio/wav" as const,
          durationSeconds: 1,
          model: request.model,
          costUsd: 0.01,
        }),
    };
    const image: ImageProvider = {
      id: "paid",
      generate: () =>
        provider.call("image", {
          data: Buffer.alloc(0),
          mime: "image/png" as const,
          size: { width: 1, height: 1 },
          model: "m",
          costUsd: 0,
        }),
    };
    const limited = limitProviderAdapters({ audio, image }, 2);
    const speech = { voice: {}, instructions: "", context: {}, model: "m" } as never;
    const lines = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        limited.audio!.speak!({ ...(speech as object), text: `line ${index}` } as never),
      ),
    );
    await Promise.all([
      ...lines.map(() => limited.audio!.speak!({ ...(speech as object), text: "x" } as never)),
      limited.image!.generate({ ...imageRequest, model: "m", context: {} as never }),
    ]);
    expect(provider.peak).toBe(2);
    expect(lines.map((line) => line.data.toString())).toEqual(
      Array.from({ length: 5 }, (_, index) => `line ${index}`),
    );
    expect(limited.audio!.voices()).toEqual([{ voiceId: "coral", label: "Coral" }]);
    expect(limited.audio!.jobs).toBeUndefined();
  });
});
