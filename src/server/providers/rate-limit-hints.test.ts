import { describe, expect, it } from "vitest";
import { jitterWaitMs, parseDurationMs, rateLimitWaitMs } from "./rate-limit-hints";

describe("rate-limit hints", () => {
  it("reads OpenAI's reset durations", () => {
    expect(parseDurationMs("6m0s")).toBe(360_000);
    expect(parseDurationMs("1s")).toBe(1_000);
    expect(parseDurationMs("20ms")).toBe(20);
    expect(parseDurationMs("1m30.5s")).toBe(90_500);
    expect(parseDurationMs("soon")).toBeUndefined();
  });

  it("a 429 with only x-ratelimit-reset-requests: 7s waits 7 s", () => {
    const headers = new Headers({
      "x-ratelimit-reset-requests": "7s",
      "x-ratelimit-reset-tokens": "20ms",
    });
    expect(rateLimitWaitMs({ headers })).toBe(7_000);
  });

  it("the longest of every source wins, capped at two minutes", () => {
    const now = Date.parse("2026-05-01T12:00:00Z");
    expect(
      rateLimitWaitMs({
        headers: new Headers({ "retry-after-ms": "1500", "retry-after": "3" }),
        message: "Please try again in 7s.",
        now,
      }),
    ).toBe(7_000);
    expect(rateLimitWaitMs({ message: "Please try again in 20ms." })).toBe(20);
    expect(
      rateLimitWaitMs({
        headers: new Headers({ "retry-after": "Fri, 01 May 2026 12:00:09 GMT" }),
        now,
      }),
    ).toBe(9_000);
    expect(rateLimitWaitMs({ headers: new Headers({ "x-ratelimit-reset-tokens": "6m0s" }) })).toBe(
      120_000,
    );
    expect(rateLimitWaitMs({ message: "Bad request" })).toBeUndefined();
  });

  it("jitter only lengthens, by at most a second", () => {
    expect(jitterWaitMs(7_000, () => 0)).toBe(7_000);
    expect(jitterWaitMs(7_000, () => 0.999)).toBeLessThanOrEqual(7_700);
    expect(jitterWaitMs(60_000, () => 0.999)).toBeLessThanOrEqual(61_000);
  });
});
