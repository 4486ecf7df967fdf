import type { VoiceSpec } from "../../providers/types";
import { chooseVoice, narratorVoice } from "../../providers/voices/choose-voice";
import { voiceCatalogFor } from "../../providers/voices/voice-catalog";
import { voiceSpecSchema } from "../../providers/voices/voice-spec-schema";
import type { Blueprint } from "../../shows/documents";
import { type CharacterRow, dossierOf } from "../../shows/show-records";
import type { ShowSettings } from "../../shows/show-settings";

/**
 * A stored voice choice, when the show's speech provider has that voice. A voice is stored without
 * its provider, so one picked while the show spoke offline (an eSpeak voice) would be refused by a
 * paid API after the show moves to it, failing every line; such a choice waits unused (a move back
 * honours it) and the voice is cast as if none had been chosen.
 */
export function chosenVoice(stored: unknown, provider: string): VoiceSpec | null {
  const parsed = voiceSpecSchema.safeParse(stored);
  if (!parsed.success) {
    return null;
  }
  const catalog = voiceCatalogFor(provider);
  const known =
    catalog.length === 0 || catalog.some((voice) => voice.voiceId === parsed.data.voiceId);
  return known ? parsed.data : null;
}

/**
 * Who speaks in which voice: a character's chosen voice, else one cast from the dossier for the
 * show's speech provider; the narrator's from the settings, else one fitting the show.
 */
export function castVoices(
  cast: CharacterRow[],
  blueprint: Blueprint,
  settings: ShowSettings,
): (characterId: string | null) => VoiceSpec {
  const provider = settings.audio.provider;
  const voices = new Map<string, VoiceSpec>();
  const taken: VoiceSpec[] = [];
  cast.forEach((member, index) => {
    const voice =
      chosenVoice(member.voice, provider) ??
      chooseVoice(provider, dossierOf(member), index, undefined, { taken });
    taken.push(voice);
    voices.set(member.id, voice);
  });
  const narrator =
    chosenVoice(settings.narratorVoice, provider) ?? narratorVoice(provider, blueprint);
  return (characterId) => (characterId ? voices.get(characterId) : undefined) ?? narrator;
}
