import type { VoiceSpec } from "../../providers/types";
import { chooseVoice, narratorVoice } from "../../providers/voices/choose-voice";
import { voiceSpecSchema } from "../../providers/voices/voice-spec-schema";
import type { Blueprint } from "../../shows/documents";
import { type CharacterRow, dossierOf } from "../../shows/show-records";
import type { ShowSettings } from "../../shows/show-settings";

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
    const chosen = voiceSpecSchema.safeParse(member.voice);
    const voice = chosen.success
      ? chosen.data
      : chooseVoice(provider, dossierOf(member), index, undefined, { taken });
    taken.push(voice);
    voices.set(member.id, voice);
  });
  const narrator = settings.narratorVoice ?? narratorVoice(provider, blueprint);
  return (characterId) => (characterId ? voices.get(characterId) : undefined) ?? narrator;
}
