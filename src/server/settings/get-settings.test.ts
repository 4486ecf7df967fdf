import { describe, expect, it } from "vitest";
import { parseEnv } from "../config/env";
import { getSettings } from "./get-settings";
import { openAIModelLabel } from "./model-catalog";

const secrets = {
  OPENAI_API_KEY: "sk-secret-openai",
  REPLICATE_API_TOKEN: "r8_secret_replicate",
  REPLICATE_WEBHOOK_SECRET: "whsec_c2VjcmV0",
};

/** The catalog depends on the day: these expectations hold on the day this was written. */
const today = new Date("2026-12-03T12:00:00Z");

describe("settings view", () => {
  it("with no keys: only offline is configured, and every model is still listed", () => {
    const env = parseEnv({});
    const view = getSettings(env, undefined, today);
    expect(view.providers).toEqual({
      offline: { configured: true },
      openai: { configured: false },
      replicate: { configured: false, webhook: false },
    });
    expect(view.defaults).toEqual({
      text: { provider: "offline", model: "offline-writer-1" },
      image: { provider: "offline", model: "offline-art-1" },
      video: { provider: "offline", model: "offline-animatic-1" },
      audio: { provider: "offline", model: "offline-voice-1" },
      music: { provider: "offline", model: "offline-score-1" },
    });
    expect(view.models.text[0]).toEqual({
      provider: "offline",
      model: "offline-writer-1",
      label: "Offline writer",
      priceHint: "Free · made on this server",
    });
    expect(view.models.text).toContainEqual({
      provider: "openai",
      model: "gpt-6.1-terra",
      label: "GPT-6.1 Terra",
      priceHint: "$1.00 in · $5.00 out per 1M tokens",
    });
    expect(view.models.text).toContainEqual({
      provider: "openai",
      model: "gpt-5-mini",
      label: "GPT-5 mini",
      priceHint: "$0.25 in · $2.00 out per 1M tokens",
      shutdownDate: "2026-12-11",
    });
    expect(view.models.image).toContainEqual({
      provider: "openai",
      model: "gpt-image-2.6-sunburst",
      label: "GPT Image 2.6 Sunburst",
      priceHint: "about $0.13 per image",
    });
    expect(view.models.image).toContainEqual({
      provider: "replicate",
      model: "black-forest-labs/flux-1.1-pro",
      label: "FLUX 1.1 Pro",
      priceHint: "about $0.04 per image",
    });
    expect(view.models.video).toContainEqual({
      provider: "replicate",
      model: "google/veo-3.1",
      label: "Veo 3.1",
      priceHint: "$0.20/s · ×2 with audio",
    });
    expect(view.models.video.map((option) => option.provider)).not.toContain("openai");
    expect(view.models.audio).toContainEqual({
      provider: "openai",
      model: "gpt-4o-mini-tts",
      label: "GPT-4o mini tts",
      priceHint: "$0.015/min · $0.15 per 1M characters",
      shutdownDate: "2027-01-06",
    });
    expect(view.models.audio).toContainEqual({
      provider: "replicate",
      model: "minimax/speech-2.6-turbo",
      label: "MiniMax Speech 2.6 Turbo",
      priceHint: "$60.00 per 1M characters",
    });
    expect(view.models.music.map((option) => option.model)).toEqual([
      "offline-score-1",
      "meta/musicgen",
    ]);
    expect(view.prices.video["google/veo-3.1"]).toEqual({ perSecondUsd: 0.2, audioMultiplier: 2 });
  });

  it("says which providers have keys without ever including a key", () => {
    const view = getSettings(
      parseEnv({
        ...secrets,
        OPENAI_BASE_URL: "https://proxy-user:proxy-pass@llm.example.com/v1",
        PUBLIC_URL: "https://greenlight.example.com",
      }),
    );
    expect(view.providers.openai).toEqual({
      configured: true,
      baseURL: "https://llm.example.com/v1",
    });
    expect(view.providers.replicate).toEqual({ configured: true, webhook: true });
    const sent = JSON.stringify(view);
    for (const secret of [...Object.values(secrets), "proxy-pass"]) {
      expect(sent).not.toContain(secret);
    }
  });

  it("lists Replicate models and prices added by configuration", () => {
    const view = getSettings(
      parseEnv({
        REPLICATE_MODELS: JSON.stringify([
          {
            id: "acme/clipper",
            label: "Clipper",
            kind: "video",
            inputs: { duration: "seconds", durations: [5, 10] },
          },
        ]),
        PROVIDER_PRICES: JSON.stringify({
          video: { "acme/clipper": { perSecondUsd: 0.05 } },
          text: { "gpt-5-mini": { inputPerMillionUsd: 0.2, outputPerMillionUsd: 1.6 } },
        }),
      }),
    );
    expect(view.models.video).toContainEqual({
      provider: "replicate",
      model: "acme/clipper",
      label: "Clipper",
      priceHint: "$0.05/s",
    });
    expect(view.prices.text["gpt-5-mini"]).toEqual({
      inputPerMillionUsd: 0.2,
      outputPerMillionUsd: 1.6,
    });
  });

  it("a malformed price or model configuration stops start-up naming the variable", () => {
    expect(() => parseEnv({ PROVIDER_PRICES: "{not json" })).toThrow(
      /PROVIDER_PRICES: must be valid JSON/,
    );
    expect(() =>
      parseEnv({ PROVIDER_PRICES: JSON.stringify({ image: { x: { perImageUsd: -1 } } }) }),
    ).toThrow(/PROVIDER_PRICES/);
    expect(() => parseEnv({ REPLICATE_MODELS: JSON.stringify([{ id: "no-slash" }]) })).toThrow(
      /REPLICATE_MODELS/,
    );
  });

  it("labels OpenAI models the way OpenAI writes them", () => {
    expect(openAIModelLabel("gpt-4.1-nano")).toBe("GPT-4.1 nano");
    expect(openAIModelLabel("gpt-image-1-mini")).toBe("GPT Image 1 mini");
    expect(openAIModelLabel("gpt-4o")).toBe("GPT-4o");
    expect(openAIModelLabel("gpt-6.2-astra")).toBe("GPT-6.2 Astra");
    expect(openAIModelLabel("gpt-image-2.6-flare")).toBe("GPT Image 2.6 Flare");
  });
});
