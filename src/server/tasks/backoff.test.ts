import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

const policy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 10_000 };

describe("retryDelayMs", () => {
  it("doubles the delay with each failed attempt", () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, top))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it("jitters within the upper half of the window, never zero", () => {
    expect(retryDelayMs(policy, 3, () => 0)).toBe(2_000);
    expect(retryDelayMs(policy, 3, () => 0.5)).toBe(3_000);
  });

  it("caps at maxDelayMs", () => {
    expect(retryDelayMs(policy, 12, () => 0.999_999)).toBe(10_000);
  });

  it("honours a longer Retry-After from the provider", () => {
    expect(retryDelayMs(policy, 1, () => 0, 30_000)).toBe(30_000);
    expect(retryDelayMs(policy, 1, () => 0, 10)).toBe(500);
  });
});
