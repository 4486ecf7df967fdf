import { describe, expect, it } from "vitest";
import { finalMessage, ongoingMessage } from "./outcome-messages";

describe("task outcome messages", () => {
  it.each([
    [
      "Replicate is throttling requests; retrying after a pause.",
      "Replicate is throttling requests.",
    ],
    ["OpenAI timed out; retrying.", "OpenAI timed out."],
    ["Could not reach OpenAI at http://x/v1; retrying.", "Could not reach OpenAI at http://x/v1."],
    ["The database was unavailable; this step will retry.", "The database was unavailable."],
    ["The poster came back empty", "The poster came back empty."],
  ])("%s → %s", (message, expected) => {
    expect(ongoingMessage(message)).toBe(expected);
  });

  it("says a failed task stopped, never that it retries", () => {
    const message = finalMessage(
      "OpenAI is rate limiting this key; retrying after a pause.",
      4,
      125_000,
    );
    expect(message).toBe(
      "OpenAI is rate limiting this key. Gave up after 4 attempts over 2 min; try again later.",
    );
    expect(message).not.toMatch(/retrying/i);
  });
});
