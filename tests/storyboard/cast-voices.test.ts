import { describe, expect, it } from "vitest";
import { castVoices } from "../../src/server/pipeline/storyboard/cast-voices";
import { toStrictJsonSchema } from "../../src/server/providers/openai";
import { voiceCatalogFor } from "../../src/server/providers/voices/voice-catalog";
import { type Blueprint, blueprintSchema } from "../../src/server/shows/documents";
import type { CharacterRow } from "../../src/server/shows/show-records";
import { parseShowSettings } from "../../src/server/shows/show-settings";
import { sampleFromJsonSchema } from "../fakes/json-schema-sample";

const blueprint = blueprintSchema.parse(
  sampleFromJsonSchema(toStrictJsonSchema(blueprintSchema, "blueprint")),
) as Blueprint;

const member = (id: string, position: number, voice: unknown) =>
  ({
    id,
    position,
    name: id,
    seed: { name: id, role: "host", summary: "", vibe: "dry", keyVisualTrait: "a scarf" },
    dossier: null,
    voice,
  }) as unknown as CharacterRow;

/** A voice picked while the show spoke offline (an eSpeak voice), then speech moved to a paid API. */
const espeakVoice = { voiceId: "en-us+f3", pitch: 55, rate: 170, notes: "" };

describe("who speaks in which voice after the show changes its speech provider", () => {
  for (const provider of ["openai", "replicate"] as const) {
    it(`casts a ${provider} voice for a character and a narrator whose chosen voice was eSpeak's`, () => {
      const settings = parseShowSettings({
        audio: {
          provider,
          model: provider === "openai" ? "gpt-4o-mini-tts" : "minimax/speech-2.6-turbo",
        },
        narratorVoice: espeakVoice,
      });
      const voiceOf = castVoices([member("a", 0, espeakVoice)], blueprint, settings);
      const known = new Set(voiceCatalogFor(provider).map((voice) => voice.voiceId));
      // The provider refuses a voice it does not have: every line of theirs would fail.
      expect(known.has(voiceOf("a").voiceId)).toBe(true);
      expect(known.has(voiceOf(null).voiceId)).toBe(true);
    });
  }

  it("keeps a chosen voice the provider has", () => {
    const chosen = { voiceId: "coral", pitch: 50, rate: 175, notes: "wry" };
    const settings = parseShowSettings({
      audio: { provider: "openai", model: "gpt-4o-mini-tts" },
      narratorVoice: { ...chosen, voiceId: "onyx" },
    });
    const voiceOf = castVoices([member("a", 0, chosen)], blueprint, settings);
    expect(voiceOf("a")).toEqual(chosen);
    expect(voiceOf(null).voiceId).toBe("onyx");
  });
});
