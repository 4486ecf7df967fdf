import type { AudioProvider } from "../../types";
import type { EspeakEngine } from "./espeak-engine";
import { createOfflineSpeech } from "./offline-speech";

export interface OfflineAudioProviderOptions {
  /** The offline music bed (the score renderer), passed in where it is built. */
  compose?: AudioProvider["compose"];
  /** The eSpeak thread; the process's shared one by default. */
  engine?: EspeakEngine;
}

/** The offline audio adapter: eSpeak voices, and the procedural score when one is given. */
export function createOfflineAudioProvider(
  options: OfflineAudioProviderOptions = {},
): AudioProvider {
  const speech = createOfflineSpeech(options.engine ? { engine: options.engine } : {});
  return {
    id: "offline",
    voices: speech.voices,
    speak: speech.speak,
    ...(options.compose ? { compose: options.compose } : {}),
  };
}
