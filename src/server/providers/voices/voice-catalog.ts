import type { VoiceOption } from "../types";
import { offlineVoiceCatalog } from "./offline-voices";
import { minimaxVoiceCatalog, openAIVoiceCatalog } from "./paid-voices";
import type { CatalogVoice } from "./voice-traits";

/** The voices a provider speaks with, as casting knows them. */
export function voiceCatalogFor(providerId: string): readonly CatalogVoice[] {
  switch (providerId) {
    case "offline":
      return offlineVoiceCatalog;
    case "openai":
      return openAIVoiceCatalog;
    case "replicate":
      return minimaxVoiceCatalog;
    default:
      return [];
  }
}

/** A catalog as a picker lists it. */
export const voiceOptionsOf = (catalog: readonly CatalogVoice[]): VoiceOption[] =>
  catalog.map(({ voiceId, label }) => ({ voiceId, label }));

/**
 * The catalog narrowed to the voices offered (a provider's `voices()`); offered voices the catalog
 * does not know (a configured model's) are castable as adults of any presentation.
 */
export function castableVoices(
  providerId: string,
  offered: readonly VoiceOption[] | undefined,
): readonly CatalogVoice[] {
  const catalog = voiceCatalogFor(providerId);
  if (!offered || offered.length === 0) {
    return catalog;
  }
  return offered.map(
    (option) =>
      catalog.find((entry) => entry.voiceId === option.voiceId) ?? {
        voiceId: option.voiceId,
        label: option.label,
        presentation: "neutral",
        ages: ["adult"],
        accent: "neutral",
        timbre: [],
      },
  );
}
