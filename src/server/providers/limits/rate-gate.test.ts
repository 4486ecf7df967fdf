import { describe, expect, it } from "vitest";
import { ProviderError } from "../provider-error";
import { createRateGate, type GateClock } from "./rate-gate";

/** A clock that only moves when a sleeper asks it to, recording every wait. */
function manualClock(): GateClock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms) {
      slept.push(ms);
      now += ms;
    },
  };
}

const throttled = (retryAfterMs: number) =>
  new ProviderError({ provider: "openai", code: "rate_limited", userMessage: "429", retryAfterMs });

describe("rate gate", () => {
  it("after a 429 hinting 7 s, the next acquire on that provider waits the 7 s", async () => {
    const clock = manualClock();
    const gate = createRateGate(clock);
    await gate.acquire();
    expect(clock.slept).toEqual([]);
    gate.observe(throttled(7_000));
    const before = clock.now();
    await gate.acquire();
    expect(clock.now() - before).toBeGreaterThanOrEqual(7_000);
  });

  it("a shorter hint never shortens a pause in force; other errors pause nothing", async () => {
    const clock = manualClock();
    const gate = createRateGate(clock);
    gate.observe(throttled(7_000));
    gate.observe(throttled(1_000));
    gate.observe(
      new ProviderError({ provider: "openai", code: "provider_unavailable", userMessage: "503" }),
    );
    const before = clock.now();
    await gate.acquire();
    expect(clock.now() - before).toBe(7_000);
  });

  it("an abort leaves the wait at once", async () => {
    const gate = createRateGate();
    gate.pause(60_000);
    const controller = new AbortController();
    const waiting = gate.acquire(controller.signal);
    controller.abort(new Error("canceled"));
    await expect(waiting).rejects.toThrow("canceled");
  });
});
