import { describe, expect, it } from "vitest";
import { pollIntervalFor } from "../../pipeline/run-video-job";
import type { VideoProvider } from "../types";
import { withPollInterval } from "./poll-pacing";

class ClassBasedProvider implements VideoProvider {
  readonly id = "replicate";
  async submit() {
    return { jobId: "p1", costUsd: 0 };
  }
  async status() {
    return { state: "processing" as const };
  }
  async download(): Promise<never> {
    throw new Error("not yet");
  }
  async cancel() {
    return { canceled: true, note: "stopped" };
  }
}

describe("poll pacing", () => {
  it("a configured interval wins over the provider default; unconfigured keeps it", async () => {
    const provider = new ClassBasedProvider();
    expect(pollIntervalFor(withPollInterval(provider, undefined))).toBe(4_000);
    const paced = withPollInterval(provider, 25);
    expect(pollIntervalFor(paced)).toBe(25);
    expect(paced.id).toBe("replicate");
    expect(await paced.submit({} as never)).toEqual({ jobId: "p1", costUsd: 0 });
  });
});
