import { describe, expect, it } from "vitest";
import { parseEnv } from "../config/env";
import { createProviderCatalog } from "../providers/configured-adapters";
import { openAIModelShutdowns } from "../providers/openai/model-lifecycle";
import { listModelOptions, listRetiredModels } from "./model-catalog";
import { formatShutdownDate, optionText } from "./shutdown-date";

const catalog = createProviderCatalog(parseEnv({}));
const on = (date: string) => new Date(`${date}T12:00:00Z`);
const openAIModels = (options: { provider: string; model: string }[]) =>
  options.filter((option) => option.provider === "openai").map((option) => option.model);

describe("the OpenAI models the settings offer", () => {
  it("on 3 Dec 2026: what OpenAI serves, with the dates it announced; nothing it shut down", () => {
    const models = listModelOptions(catalog, on("2026-12-03"));

    expect(openAIModels(models.text)).toEqual(
      expect.arrayContaining(["gpt-6.2-sol", "gpt-6.1-sol", "gpt-6.1-terra", "gpt-6-luna"]),
    );
    expect(openAIModels(models.text)).not.toContain("gpt-4.1-nano");
    expect(openAIModels(models.image)).toEqual([
      "gpt-image-2.6-sunburst",
      "gpt-image-2.6-flare",
      "gpt-image-2",
    ]);
    expect(models.text.find((option) => option.model === "gpt-5-mini")).toMatchObject({
      label: "GPT-5 mini",
      shutdownDate: "2026-12-11",
    });
    expect(models.text.find((option) => option.model === "gpt-6.1-terra")).not.toHaveProperty(
      "shutdownDate",
    );
    for (const model of ["gpt-4o-mini-tts", "tts-1", "tts-1-hd"]) {
      expect(models.audio.find((option) => option.model === model)?.shutdownDate).toBe(
        "2027-01-06",
      );
    }
  });

  it("drops a model on its shutdown date with no edit: gpt-5-mini on 11 Dec 2026", () => {
    expect(openAIModels(listModelOptions(catalog, on("2026-12-10")).text)).toContain("gpt-5-mini");
    expect(openAIModels(listModelOptions(catalog, on("2026-12-11")).text)).not.toContain(
      "gpt-5-mini",
    );
    expect(openAIModels(listModelOptions(catalog, on("2027-01-06")).audio)).toEqual([]);
  });

  it("names what replaced a model it no longer offers", () => {
    expect(listRetiredModels(catalog, on("2026-12-03"))).toContainEqual({
      provider: "openai",
      model: "gpt-image-1.5",
      label: "GPT Image 1.5",
      shutdownDate: "2026-12-01",
      instead: "gpt-image-2.6-sunburst or gpt-image-2.6-flare",
    });
    expect(listRetiredModels(catalog, on("2026-12-03")).map((model) => model.model)).not.toContain(
      "gpt-5-mini",
    );
  });

  it("every replacement is offered, and still is on the day the model it replaces goes", () => {
    for (const [model, shutdown] of Object.entries(openAIModelShutdowns)) {
      const offered = listModelOptions(catalog, on(shutdown.date));
      const all = [...offered.text, ...offered.image, ...offered.audio].map((o) => o.model);
      for (const replacement of shutdown.replacements) {
        expect(all, `${model} → ${replacement}`).toContain(replacement);
      }
    }
  });

  it("reads as the settings page shows it", () => {
    expect(formatShutdownDate("2026-12-11")).toBe("11 Dec 2026");
    expect(formatShutdownDate("2027-01-06")).toBe("6 Jan 2027");
    expect(optionText({ label: "GPT-5 mini", shutdownDate: "2026-12-11" })).toBe(
      "GPT-5 mini — shuts down 11 Dec 2026",
    );
    expect(optionText({ label: "GPT-6.1 Terra" })).toBe("GPT-6.1 Terra");
  });
});
