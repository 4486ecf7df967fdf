import { describe, expect, it } from "vitest";
import { shutdownOf, utcDay } from "@/server/providers/openai/model-lifecycle";
import { defaultProviderChoices } from "@/server/shows/show-settings";
import { paidSettings } from "../../scripts/chaos/providers";

/** A default must outlive the next month: moving it later means users meet the shutdown first. */
const marginDays = 30;

const choicesOf = (settings: object) =>
  Object.entries(settings).filter(
    (entry): entry is [string, { provider: string; model: string }] =>
      typeof entry[1] === "object" && entry[1] !== null && "model" in entry[1],
  );

describe("the defaults we offer", () => {
  it(`name no model OpenAI shuts down within ${marginDays} days`, () => {
    const soon = utcDay(new Date(Date.now() + marginDays * 86_400_000));
    const defaults: [string, { provider: string; model: string }][] = [
      ...choicesOf(defaultProviderChoices).map(([type, choice]) => [`default ${type}`, choice]),
      ...choicesOf(paidSettings).map(([type, choice]) => [`chaos paid ${type}`, choice]),
    ].map(([where, choice]) => [where as string, choice as { provider: string; model: string }]);
    for (const [where, choice] of defaults) {
      const shutdown = choice.provider === "openai" ? shutdownOf(choice.model) : undefined;
      expect(
        shutdown === undefined || shutdown.date > soon,
        `${where} is ${choice.model}, which OpenAI shuts down on ${shutdown?.date}: move it to ${shutdown?.replacements.join(" or ")}`,
      ).toBe(true);
    }
  });
});
